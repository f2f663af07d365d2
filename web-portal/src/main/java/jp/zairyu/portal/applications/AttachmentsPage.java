package jp.zairyu.portal.applications;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import jp.zairyu.application.AttachmentService;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.attachment.AttachmentKind;
import jp.zairyu.domain.model.attachment.FacePhoto;
import jp.zairyu.domain.model.attachment.UploadLimits;
import jp.zairyu.web.messages.Messages;

/**
 * 添付ファイル: the face photo and the documents of one application, with the checklist of its status.
 * Uploads and removals while it is a draft; read-only afterwards.
 */
@Named
@ViewScoped
public class AttachmentsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AttachmentService attachments;

  private Long id;
  private boolean found;
  private boolean editable;
  private boolean draft;
  private boolean facePhotoNeeded;
  private long totalBytes;
  private List<AttachmentRow> rows = List.of();
  private List<ChecklistRow> checklist = List.of();
  private String documentType;
  private transient Part photo;
  private transient Part document;

  /** One document of the checklist and whether it is attached. */
  public record ChecklistRow(String code, String label, boolean required, boolean attached)
      implements Serializable {}

  public void load() {
    found = false;
    Object refused =
        jakarta.faces.context.FacesContext.getCurrentInstance()
            .getExternalContext()
            .getSessionMap()
            .remove(OversizeUploads.REFUSAL);
    if (refused instanceof String[] message && message.length == 2) {
      Messages.error(message[0], message[1]);
    }
    if (id == null) {
      Messages.error("申請が見つかりません。", "The application was not found.");
      return;
    }
    try {
      AttachmentService.Overview overview = attachments.overview(id);
      editable = overview.editable();
      draft = overview.draft();
      facePhotoNeeded = overview.facePhotoNeeded();
      totalBytes = overview.totalBytes();
      rows = overview.items().stream().map(AttachmentRow::of).toList();
      checklist =
          overview.checklist().stream()
              .map(
                  d ->
                      new ChecklistRow(
                          d.code(),
                          d.label(),
                          d.required(),
                          overview.items().stream()
                              .anyMatch(
                                  a -> a.documentType().filter(d.code()::equals).isPresent())))
              .toList();
      if (documentType == null && !checklist.isEmpty()) {
        documentType =
            checklist.stream()
                .filter(c -> !c.attached())
                .findFirst()
                .orElse(checklist.get(0))
                .code();
      }
      found = true;
    } catch (RuleViolation e) {
      Messages.error(e);
    }
  }

  public void uploadPhoto() {
    upload(AttachmentKind.FACE_PHOTO, null, photo);
    photo = null;
  }

  public void uploadDocument() {
    upload(AttachmentKind.DOCUMENT, documentType, document);
    document = null;
  }

  private void upload(AttachmentKind kind, String type, Part part) {
    if (part == null || (part.getSize() == 0 && blank(part.getSubmittedFileName()))) {
      Messages.error("ファイルを選んでください。", "Choose a file.");
      return;
    }
    try (InputStream in = part.getInputStream()) {
      attachments.attach(id, kind, type, part.getSubmittedFileName(), in);
      Messages.ok(
          kind.labelJa() + "を添付しました。",
          kind.labelEn() + " attached: " + part.getSubmittedFileName());
    } catch (RuleViolation e) {
      Messages.error(e);
    } catch (IOException e) {
      Messages.error(
          "ファイルを受け取れませんでした。もう一度お試しください。", "The file could not be received. Please try again.");
    } finally {
      try {
        part.delete();
      } catch (IOException ignored) {
        // a temporary file the container removes itself
      }
      load();
    }
  }

  public void remove(long attachmentId) {
    try {
      attachments.remove(attachmentId);
      Messages.ok("添付ファイルを削除しました。", "The attachment has been removed.");
    } catch (RuleViolation e) {
      Messages.error(e);
    }
    load();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public AttachmentRow getFacePhoto() {
    return rows.stream().filter(AttachmentRow::photo).findFirst().orElse(null);
  }

  public List<AttachmentRow> getRows() {
    return rows;
  }

  public List<ChecklistRow> getChecklist() {
    return checklist;
  }

  public String getTotal() {
    return AttachmentRow.size(totalBytes)
        + " / "
        + UploadLimits.megabytes(UploadLimits.TOTAL_BYTES);
  }

  public long getTotalBytes() {
    return totalBytes;
  }

  public long getTotalLimit() {
    return UploadLimits.TOTAL_BYTES;
  }

  public long getRemainingBytes() {
    return Math.max(0, UploadLimits.TOTAL_BYTES - totalBytes);
  }

  public long getPhotoLimit() {
    return UploadLimits.FACE_PHOTO_BYTES;
  }

  public String getPhotoRule() {
    return "JPEG、横" + FacePhoto.MIN_WIDTH + "×縦" + FacePhoto.MIN_HEIGHT + "ピクセル以上、縦横比 3：4、2 MBまで";
  }

  public String getPhotoRuleEn() {
    return "JPEG, at least "
        + FacePhoto.MIN_WIDTH
        + " × "
        + FacePhoto.MIN_HEIGHT
        + " px (width × height), proportions 3 : 4, at most 2 MB";
  }

  public boolean isFound() {
    return found;
  }

  /** A draft (else: additional documents for a request, or read-only). */
  public boolean isDraft() {
    return found && draft;
  }

  public boolean isEditable() {
    return found && editable;
  }

  public boolean isFacePhotoNeeded() {
    return facePhotoNeeded;
  }

  public boolean isFacePhotoMissing() {
    return facePhotoNeeded && getFacePhoto() == null;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getDocumentType() {
    return documentType;
  }

  public void setDocumentType(String documentType) {
    this.documentType = documentType;
  }

  public Part getPhoto() {
    return photo;
  }

  public void setPhoto(Part photo) {
    this.photo = photo;
  }

  public Part getDocument() {
    return document;
  }

  public void setDocument(Part document) {
    this.document = document;
  }
}
