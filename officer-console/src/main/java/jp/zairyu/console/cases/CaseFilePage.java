package jp.zairyu.console.cases;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.zairyu.application.CaseFileService;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.attachment.Attachment;
import jp.zairyu.domain.model.attachment.AttachmentKind;
import jp.zairyu.domain.model.attachment.CheckedFile;
import jp.zairyu.domain.model.attachment.DocumentType;
import jp.zairyu.web.messages.Messages;

/**
 * The case view's notes between officers (internal: the portal never reads them) and the files the
 * practitioner attached, shown inline through {@link CaseDocument}. Beside {@link CasePage} on the
 * same page, for the same case ({@code id}).
 */
@Named
@ViewScoped
public class CaseFilePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CaseFileService caseFiles;

  private Long id;
  private boolean found;
  private List<CaseFileService.Note> notes = List.of();
  private List<File> files = List.of();
  private String noteText;

  /** A file as the case view shows it (kept with the view, so serializable). */
  public record File(long id, String label, String fileName, boolean photo, String sizeLabel)
      implements Serializable {}

  public void load() {
    found = false;
    if (id == null) {
      return;
    }
    try {
      notes = caseFiles.notes(id);
      files = caseFiles.attachments(id).stream().map(CaseFilePage::file).toList();
      found = true;
    } catch (RuleViolation notFound) {
      // CasePage says so on the same page.
      notes = List.of();
      files = List.of();
    }
  }

  private static File file(Attachment a) {
    boolean photo = CheckedFile.JPEG.equals(a.mediaType());
    String label =
        a.kind() == AttachmentKind.FACE_PHOTO
            ? a.kind().labelJa() + " / " + a.kind().labelEn()
            : a.documentType().flatMap(DocumentType::byCode).map(DocumentType::label).orElse("");
    return new File(
        a.id(), label, a.fileName(), photo, String.format("%,d KB", (a.size() + 1023) / 1024));
  }

  /** Adds the note and shows the case again through a redirect (PRG). */
  public String addNote() {
    try {
      caseFiles.addNote(id, noteText);
      Messages.info("メモを追加しました。", "The note has been added.");
      return "/cases/view?faces-redirect=true&id=" + id;
    } catch (RuleViolation refused) {
      Messages.error(refused);
    } catch (EJBAccessException forbidden) {
      Messages.error("この操作を行う権限がありません。", "Your role does not allow this action.");
    }
    load();
    return null;
  }

  /** Where the case view reads a file inline. */
  public String src(File file) {
    return jakarta.faces.context.FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestContextPath()
        + "/cases/document?case="
        + id
        + "&id="
        + file.id();
  }

  public boolean isFound() {
    return found;
  }

  public List<CaseFileService.Note> getNotes() {
    return notes;
  }

  public List<File> getFiles() {
    return files;
  }

  public String format(java.time.Instant instant) {
    return instant == null ? "—" : IntakePage.TIME.format(instant);
  }

  public int getMaxLength() {
    return jp.zairyu.domain.model.application.CaseNote.MAX_LENGTH;
  }

  public String getNoteText() {
    return noteText;
  }

  public void setNoteText(String noteText) {
    this.noteText = noteText;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
