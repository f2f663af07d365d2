package jp.zairyu.application;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.ApplicationAction;
import jp.zairyu.domain.model.attachment.Attachment;
import jp.zairyu.domain.model.attachment.AttachmentKind;
import jp.zairyu.domain.model.attachment.AttachmentRepository;
import jp.zairyu.domain.model.attachment.Attachments;
import jp.zairyu.domain.model.attachment.CheckedFile;
import jp.zairyu.domain.model.attachment.FacePhoto;
import jp.zairyu.domain.model.attachment.PdfDocument;
import jp.zairyu.domain.model.attachment.UploadLimits;

/**
 * The attachments of an application in the portal: attach, remove, list and download. Whoever may
 * see the application ({@link DraftingService#find}: its author or an administrator of the author's
 * office) may see its attachments; adding and removing them is a rule of the application itself
 * (only while it is a draft). Another practitioner's attachment is treated as not found.
 */
@Stateless
@DeclareRoles(Roles.PRACTITIONER)
@RolesAllowed(Roles.PRACTITIONER)
public class AttachmentService {

  @EJB private DraftingService drafting;
  @Inject private AttachmentRepository attachments;
  @Inject private Clock clock;
  @Inject private UploadCapacity capacity;

  /** The attachments of an application with its checklist, as the page shows them. */
  public record Overview(
      long applicationId,
      boolean editable,
      boolean draft,
      boolean facePhotoNeeded,
      List<Attachment> items,
      List<jp.zairyu.domain.model.attachment.DocumentType> checklist,
      long totalBytes) {}

  /** An attachment's bytes with what a download needs. */
  public record Download(String fileName, String mediaType, byte[] content) {}

  /**
   * Checks the file by its content and attaches it to a draft. Reads at most the limit of its kind
   * plus one byte: a bigger file is refused as too large without being buffered.
   *
   * @param documentType a code of {@code documents.csv} for a document, null for the face photo
   * @return the new attachment's id
   */
  public long attach(
      long applicationId,
      AttachmentKind kind,
      String documentType,
      String fileName,
      InputStream upload) {
    Application application = drafting.find(applicationId);
    Attachments existing = new Attachments(attachments.of(applicationId));
    long limit =
        Math.min(UploadLimits.maxBytes(kind), UploadLimits.TOTAL_BYTES - existing.totalBytes());
    byte[] content = readAtMost(upload, Math.max(0, limit), UploadLimits.maxBytes(kind), existing);
    CheckedFile file =
        kind == AttachmentKind.FACE_PHOTO
            ? FacePhoto.check(content, capacity.photoDecoding())
            : PdfDocument.check(content);
    if (application.state() == jp.zairyu.domain.model.application.ApplicationState.DRAFT) {
      capacity
          .draftAllowance()
          .admitAttachment(attachments.draftBytesOf(application.practitionerId()), file.size());
    }
    Attachment attachment =
        application.files().attach(kind, documentType, fileName, file, existing, clock.instant());
    attachments.add(attachment, content);
    return attachment.id();
  }

  /** Removes an attachment of a draft. */
  public void remove(long attachmentId) {
    Attachment attachment = visible(attachmentId);
    drafting.find(attachment.applicationId()).files().detach(attachment, clock.instant());
    attachments.remove(attachment);
  }

  public Overview overview(long applicationId) {
    Application application = drafting.find(applicationId);
    List<Attachment> items = attachments.of(applicationId);
    return new Overview(
        applicationId,
        application.allows(ApplicationAction.ATTACH),
        application.state() == jp.zairyu.domain.model.application.ApplicationState.DRAFT,
        application.form().needsFacePhoto(LocalDate.now(clock)),
        items,
        application.form().documentChecklist(application.procedure()),
        new Attachments(items).totalBytes());
  }

  /** The attachments of an application, oldest first. */
  public List<Attachment> list(long applicationId) {
    drafting.find(applicationId);
    return attachments.of(applicationId);
  }

  /** An attachment's bytes, for its download or the photo's preview. */
  public Download content(long attachmentId) {
    Attachment attachment = visible(attachmentId);
    byte[] content = attachments.content(attachmentId).orElseThrow(NotFound::attachment);
    return new Download(attachment.fileName(), attachment.mediaType(), content);
  }

  private Attachment visible(long attachmentId) {
    Attachment attachment = attachments.find(attachmentId).orElseThrow(NotFound::attachment);
    try {
      drafting.find(attachment.applicationId());
    } catch (RuleViolation notVisible) {
      throw NotFound.attachment();
    }
    return attachment;
  }

  /**
   * Reads the upload, never more than {@code limit} + 1 bytes.
   *
   * @param kindLimit the limit of the kind of file, for the message when it alone is too big
   */
  static byte[] readAtMost(InputStream in, long limit, long kindLimit, Attachments existing) {
    try (in) {
      byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (content.length > limit) {
        throw content.length > kindLimit
            ? UploadLimits.tooLarge(kindLimit)
            : UploadLimits.totalExceeded(existing.totalBytes());
      }
      return content;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the upload", e);
    }
  }
}
