package jp.zairyu.domain.model.application;

import java.time.Instant;
import jp.zairyu.domain.model.attachment.Attachment;
import jp.zairyu.domain.model.attachment.AttachmentKind;
import jp.zairyu.domain.model.attachment.Attachments;
import jp.zairyu.domain.model.attachment.CheckedFile;

/**
 * The files attached to an application, attached and removed as {@code application.files()}: while
 * it is a draft, and while documents are requested (追完待ち). Each step asks the {@link Application}
 * first whether its transition table allows it now ({@code ATTACH}, {@code DETACH}), checks the
 * file by {@link AttachmentRules} and stamps the application's {@code updatedAt}, so two uploads at
 * once meet its optimistic lock. The files themselves are rows of their own ({@link Attachment}),
 * stored by the service.
 */
public final class AttachedFiles {

  private final Application application;

  AttachedFiles(Application application) {
    this.application = application;
  }

  /**
   * Attaches a checked file. The face photo must be a JPEG, a document a PDF of a type on this
   * application's checklist; the whole set keeps its rules ({@link Attachments#admit}). Touches the
   * application, so the total cannot be exceeded by a race.
   *
   * @param documentType a code of {@code documents.csv} for a document, null for the face photo
   * @param fileName the name as the user gave it (sanitised here; for display only)
   * @return the attachment to store with the file's bytes
   */
  public Attachment attach(
      AttachmentKind kind,
      String documentType,
      String fileName,
      CheckedFile file,
      Attachments existing,
      Instant now) {
    Lifecycle.require(application.state(), ApplicationAction.ATTACH);
    String type = AttachmentRules.documentType(application, kind, documentType, file);
    existing.admit(kind, type, file);
    application.touch(now);
    return new Attachment(
        application.id(), kind, type, AttachmentRules.fileName(kind, fileName), file, now);
  }

  /**
   * Removes an attachment of this application: any while it is a draft; while additional documents
   * are requested (追完待ち), only those added for the open request (what the bureau already has
   * stays).
   */
  public void detach(Attachment attachment, Instant now) {
    Lifecycle.require(application.state(), ApplicationAction.DETACH);
    AttachmentRules.requireRemovable(application, attachment);
    application.touch(now);
  }
}
