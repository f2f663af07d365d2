package jp.zairyu.domain.model.attachment;

/** What an attachment is for. */
public enum AttachmentKind {
  /** The applicant's face photo (JPEG). */
  FACE_PHOTO("顔写真", "Face photo"),
  /** A document of the checklist (PDF). */
  DOCUMENT("提出資料", "Document");

  private final String labelJa;
  private final String labelEn;

  AttachmentKind(String labelJa, String labelEn) {
    this.labelJa = labelJa;
    this.labelEn = labelEn;
  }

  public String labelJa() {
    return labelJa;
  }

  public String labelEn() {
    return labelEn;
  }
}
