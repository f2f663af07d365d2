package jp.zairyu.domain.model.application;

import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.attachment.Attachment;
import jp.zairyu.domain.model.attachment.AttachmentKind;
import jp.zairyu.domain.model.attachment.CheckedFile;
import jp.zairyu.domain.model.attachment.DocumentType;
import jp.zairyu.domain.model.attachment.FileName;

/**
 * What may be attached to an application and removed from it: the face photo a JPEG, a document a
 * PDF of a type on the application's checklist ({@code documents.csv}), the whole set by its own
 * rules ({@link Attachments#admit}); once submitted, only what was added for the open request for
 * documents may be removed. The {@link Application} decides when ({@code ATTACH}, {@code DETACH}).
 */
final class AttachmentRules {

  private AttachmentRules() {}

  /**
   * The type of the document a checked file is attached as: the face photo a JPEG (no type), a
   * document a PDF of a type on the application's checklist.
   *
   * @param documentType a code of {@code documents.csv} for a document, null for the face photo
   * @return the code of the checklist's type, null for the face photo
   */
  static String documentType(
      Application application, AttachmentKind kind, String documentType, CheckedFile file) {
    String expected = kind == AttachmentKind.FACE_PHOTO ? CheckedFile.JPEG : CheckedFile.PDF;
    if (!expected.equals(file.mediaType())) {
      throw new IllegalArgumentException("A " + kind + " was checked as " + file.mediaType());
    }
    if (kind != AttachmentKind.DOCUMENT) {
      return null;
    }
    return application.form().documentChecklist(application.procedure()).stream()
        .map(DocumentType::code)
        .filter(c -> c.equals(documentType))
        .findFirst()
        .orElseThrow(
            () ->
                new RuleViolation(
                    "attachment.document-type",
                    "提出資料の種類を一覧から選んでください。",
                    "Choose the kind of document from the list."));
  }

  /** The name as the user gave it, sanitised (for display only). */
  static String fileName(AttachmentKind kind, String fileName) {
    return FileName.sanitise(
        fileName, kind == AttachmentKind.FACE_PHOTO ? "photo.jpg" : "document.pdf");
  }

  /**
   * Refuses to remove what is not this application's, or — once submitted — what the bureau already
   * has (anything but what was added for the open request for documents).
   */
  static void requireRemovable(Application application, Attachment attachment) {
    if (attachment.applicationId() != application.id()) {
      throw new IllegalArgumentException("Not an attachment of this application");
    }
    if (application.state() != ApplicationState.DRAFT
        && !application.documentRequests().addedForOpen(attachment)) {
      throw new RuleViolation(
          "attachment.submitted",
          "提出済みの添付ファイルは削除できません。",
          "A file already submitted to the bureau cannot be removed.");
    }
  }
}
