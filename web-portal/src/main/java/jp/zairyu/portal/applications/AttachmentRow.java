package jp.zairyu.portal.applications;

import java.io.Serializable;
import jp.zairyu.domain.model.attachment.Attachment;
import jp.zairyu.domain.model.attachment.AttachmentKind;
import jp.zairyu.domain.model.attachment.DocumentType;
import jp.zairyu.domain.model.attachment.UploadLimits;

/** One attachment as a table row shows it. */
public record AttachmentRow(
    long id, boolean photo, String label, String fileName, String size, String uploaded)
    implements Serializable {

  static AttachmentRow of(Attachment a) {
    String label =
        a.kind() == AttachmentKind.FACE_PHOTO
            ? "顔写真 / Face photo"
            : a.documentType().flatMap(DocumentType::byCode).map(DocumentType::label).orElse("—");
    String size =
        size(a.size())
            + a.width().map(w -> "（" + w + " × " + a.height().orElse(0) + " px）").orElse("");
    return new AttachmentRow(
        a.id(),
        a.kind() == AttachmentKind.FACE_PHOTO,
        label,
        a.fileName(),
        size,
        Dates.format(a.uploadedAt()));
  }

  /** "0 KB" for nothing, "1 KB" for a few bytes, "820 KB", "3.4 MB". */
  static String size(long bytes) {
    if (bytes <= 0) {
      return "0 KB";
    }
    return bytes < 1024 * 1024
        ? Math.max(1, Math.round(bytes / 1024.0)) + " KB"
        : UploadLimits.megabytes(bytes);
  }
}
