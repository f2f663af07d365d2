package jp.zairyu.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The bytes of an attachment, in a table of their own so that listing attachments never reads them
 * (a lazy basic attribute would need weaving, which is off).
 */
@Entity
@Table(name = "attachment_content")
public class AttachmentContent {

  @Id
  @Column(name = "attachment_id")
  private Long attachmentId;

  @Column(name = "content", nullable = false, updatable = false)
  private byte[] content;

  protected AttachmentContent() {}

  AttachmentContent(long attachmentId, byte[] content) {
    this.attachmentId = attachmentId;
    this.content = content;
  }

  byte[] content() {
    return content;
  }
}
