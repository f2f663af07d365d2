package jp.zairyu.domain.model.attachment;

import java.util.Locale;
import jp.zairyu.domain.model.RuleViolation;

/** The size limits of attachments and the refusal that says a file is too large. */
public final class UploadLimits {

  /** All attachments of one application together, the face photo included: 25 MB. */
  public static final long TOTAL_BYTES = 25L * 1024 * 1024;

  /** One face photo: 2 MB (our rule). */
  public static final long FACE_PHOTO_BYTES = 2L * 1024 * 1024;

  private UploadLimits() {}

  /** The most one file of this kind may have, whatever is attached already. */
  public static long maxBytes(AttachmentKind kind) {
    return kind == AttachmentKind.FACE_PHOTO ? FACE_PHOTO_BYTES : TOTAL_BYTES;
  }

  /** "The file is too large" with the limit that was exceeded. */
  public static RuleViolation tooLarge(long limitBytes) {
    return new RuleViolation(
        "attachment.too-large",
        "ファイルが大きすぎます。" + megabytes(limitBytes) + "以下のファイルにしてください。",
        "The file is too large. It may be at most " + megabytes(limitBytes) + ".");
  }

  /** "The file is too large" because the total would exceed 25 MB. */
  public static RuleViolation totalExceeded(long usedBytes) {
    return new RuleViolation(
        "attachment.total-too-large",
        "ファイルが大きすぎます。添付ファイルの合計は顔写真を含めて25 MBまでです（残り "
            + megabytes(Math.max(0, TOTAL_BYTES - usedBytes))
            + "）。",
        "The file is too large. All attachments together, the face photo included, may be at most"
            + " 25 MB ("
            + megabytes(Math.max(0, TOTAL_BYTES - usedBytes))
            + " left).");
  }

  /** A size for people: "1.5 MB", "25 MB", "0.3 MB". */
  public static String megabytes(long bytes) {
    double mb = bytes / (1024.0 * 1024.0);
    String s = String.format(Locale.ROOT, "%.1f", mb);
    return (s.endsWith(".0") ? s.substring(0, s.length() - 2) : s) + " MB";
  }
}
