package jp.zairyu.domain.model.attachment;

import java.util.List;
import java.util.Optional;

public interface AttachmentRepository {

  /** Stores an attachment with its bytes (its id is assigned when this returns). */
  void add(Attachment attachment, byte[] content);

  Optional<Attachment> find(long id);

  /** The attachments of an application, oldest first, without their bytes. */
  List<Attachment> of(long applicationId);

  /** What the attachments of a practitioner's drafts take together, in bytes. */
  long draftBytesOf(long practitionerId);

  /** The bytes of an attachment. */
  Optional<byte[]> content(long attachmentId);

  /** Removes an attachment and its bytes. */
  void remove(Attachment attachment);
}
