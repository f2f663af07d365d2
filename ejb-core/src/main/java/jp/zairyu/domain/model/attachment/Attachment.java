package jp.zairyu.domain.model.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One file attached to an application, without its bytes (those are read only to download it). Made
 * only by {@link jp.zairyu.domain.model.application.AttachedFiles#attach}, which decides whether it
 * may be attached.
 */
@Entity
@Table(name = "attachment")
public class Attachment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false, updatable = false)
  private long applicationId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false)
  private AttachmentKind kind;

  @Column(name = "document_type", updatable = false)
  private String documentType;

  @Column(name = "file_name", nullable = false, updatable = false)
  private String fileName;

  @Column(name = "media_type", nullable = false, updatable = false)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long size;

  @Column(name = "sha256", nullable = false, updatable = false)
  private String sha256;

  @Column(name = "width_px", updatable = false)
  private Integer width;

  @Column(name = "height_px", updatable = false)
  private Integer height;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private Instant uploadedAt;

  protected Attachment() {}

  /**
   * @param documentType a code of {@code documents.csv}, or null for the face photo
   * @param fileName the name as given, already sanitised
   */
  public Attachment(
      long applicationId,
      AttachmentKind kind,
      String documentType,
      String fileName,
      CheckedFile file,
      Instant uploadedAt) {
    this.applicationId = applicationId;
    this.kind = Objects.requireNonNull(kind);
    this.documentType = documentType;
    this.fileName = Objects.requireNonNull(fileName);
    this.mediaType = file.mediaType();
    this.size = file.size();
    this.sha256 = file.sha256();
    this.width = file.width();
    this.height = file.height();
    this.uploadedAt = uploadedAt;
  }

  public Long id() {
    return id;
  }

  public long applicationId() {
    return applicationId;
  }

  public AttachmentKind kind() {
    return kind;
  }

  public Optional<String> documentType() {
    return Optional.ofNullable(documentType);
  }

  public String fileName() {
    return fileName;
  }

  public String mediaType() {
    return mediaType;
  }

  public long size() {
    return size;
  }

  public String sha256() {
    return sha256;
  }

  public Optional<Integer> width() {
    return Optional.ofNullable(width);
  }

  public Optional<Integer> height() {
    return Optional.ofNullable(height);
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }
}
