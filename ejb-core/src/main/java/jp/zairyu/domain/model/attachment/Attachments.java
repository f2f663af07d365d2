package jp.zairyu.domain.model.attachment;

import java.util.List;
import jp.zairyu.domain.model.RuleViolation;

/**
 * The attachments one application has: their total against the 25 MB limit (face photo included),
 * at most one face photo, and never the same file twice for one document of the checklist (one scan
 * may serve two documents: a passport page that is also the proof of identity).
 */
public record Attachments(List<Attachment> items) {

  public Attachments {
    items = List.copyOf(items);
  }

  public long totalBytes() {
    return items.stream().mapToLong(Attachment::size).sum();
  }

  public boolean hasFacePhoto() {
    return items.stream().anyMatch(a -> a.kind() == AttachmentKind.FACE_PHOTO);
  }

  /** Whether a document of this type is attached. */
  public boolean has(String documentType) {
    return items.stream().anyMatch(a -> a.documentType().filter(documentType::equals).isPresent());
  }

  /**
   * Refuses a file that would break the rules of the whole set.
   *
   * @param documentType the document of the checklist it is for (null for the face photo)
   */
  public void admit(AttachmentKind kind, String documentType, CheckedFile file) {
    if (kind == AttachmentKind.FACE_PHOTO && hasFacePhoto()) {
      throw new RuleViolation(
          "attachment.photo.one",
          "顔写真は1枚だけ添付できます。差し替えるには、先に今の顔写真を削除してください。",
          "Only one face photo can be attached. Remove the current one to replace it.");
    }
    if (items.stream()
        .anyMatch(
            a ->
                a.sha256().equals(file.sha256())
                    && a.kind() == kind
                    && java.util.Objects.equals(a.documentType().orElse(null), documentType))) {
      throw new RuleViolation(
          "attachment.duplicate",
          "同じファイルがこの種類の資料として既に添付されています（別の種類の資料には同じファイルを添付できます）。",
          "The same file is already attached as this kind of document (it may be attached for"
              + " another kind).");
    }
    if (totalBytes() + file.size() > UploadLimits.TOTAL_BYTES) {
      throw UploadLimits.totalExceeded(totalBytes());
    }
  }
}
