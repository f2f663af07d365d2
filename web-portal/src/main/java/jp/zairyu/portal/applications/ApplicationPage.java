package jp.zairyu.portal.applications;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import jp.zairyu.application.AttachmentService;
import jp.zairyu.application.DraftingService;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.application.Applicant;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.DocumentRequest;
import jp.zairyu.domain.model.bureau.BureauDirectory;
import jp.zairyu.portal.Messages;

/** 申請内容の確認: one application of the practitioner, read-only, with its state. */
@Named
@ViewScoped
public class ApplicationPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private DraftingService drafting;
  @EJB private AttachmentService attachmentService;

  private Long id;
  private transient Application application;
  private boolean found;
  private java.util.List<AttachmentRow> attachments = java.util.List.of();

  public void load() {
    if (id == null) {
      return;
    }
    try {
      application = drafting.find(id);
      attachments = attachmentService.list(id).stream().map(AttachmentRow::of).toList();
      found = true;
    } catch (RuleViolation notFound) {
      Messages.error(notFound);
    }
  }

  private String withdrawalReason;

  /** Withdraws the application (取下げ) with the reason given. */
  public void withdraw() {
    try {
      drafting.withdraw(id, withdrawalReason);
      Messages.ok("申請を取り下げました。", "The application has been withdrawn.");
      withdrawalReason = null;
      load();
    } catch (RuleViolation e) {
      Messages.error(e);
      load();
    }
  }

  private String answerNote;

  /**
   * Answers the open request for additional documents (追完): the examiner takes it from here. The
   * application is shown again through a redirect, so reloading the page sends nothing twice.
   */
  public String answerDocuments() {
    try {
      drafting.answerDocumentRequest(id, answerNote);
      Messages.info(
          "追完を提出しました。審査が再開されます。", "Your answer has been sent; the examination continues.");
      return "/applications/view?faces-redirect=true&id=" + id;
    } catch (RuleViolation e) {
      Messages.error(e);
      load();
      return null;
    }
  }

  /** The request for additional documents waiting for an answer, or null. */
  public DocumentRequest getOpenRequest() {
    return isFound() ? application.openDocumentRequest().orElse(null) : null;
  }

  public List<DocumentRequest> getDocumentRequests() {
    return application.documentRequests();
  }

  public String format(Instant instant) {
    return instant == null ? "—" : Dates.format(instant);
  }

  public String getAnswerNote() {
    return answerNote;
  }

  public void setAnswerNote(String answerNote) {
    this.answerNote = answerNote;
  }

  public boolean isWithdrawable() {
    return isFound() && application.withdrawable() && application.isOwnedBy(ownerId());
  }

  private long ownerId() {
    return application.practitionerId();
  }

  /** The attachments, read-only (download links). */
  public java.util.List<AttachmentRow> getAttachments() {
    return attachments;
  }

  public String getWithdrawalReason() {
    return withdrawalReason;
  }

  public void setWithdrawalReason(String withdrawalReason) {
    this.withdrawalReason = withdrawalReason;
  }

  public boolean isFound() {
    return found && application != null;
  }

  public boolean isDraft() {
    return isFound()
        && application.state() == jp.zairyu.domain.model.application.ApplicationState.DRAFT;
  }

  public String getReceiptNumber() {
    return application.receiptNumber().map(Object::toString).orElse("—");
  }

  public String getState() {
    return application.state().labelJa() + " / " + application.state().labelEn();
  }

  public String getStateCode() {
    return application.state().name();
  }

  public String getProcedure() {
    return application.procedure().nameJa() + " / " + application.procedure().nameEn();
  }

  /** The fee of everything filed (procedure and re-entry permit), from procedures.csv. */
  public String getFee() {
    int yen = application.filing().feeOnlineYen();
    return String.format("%,d円 / ¥%,d", yen, yen);
  }

  /** The add-ons filed with the procedure, or a dash. */
  public String getAddOns() {
    var filing = application.filing();
    var parts = new java.util.ArrayList<String>();
    switch (filing.reentry()) {
      case SINGLE -> parts.add("再入国許可（1回限り） / Re-entry permit (single)");
      case MULTIPLE -> parts.add("再入国許可（数次） / Re-entry permit (multiple)");
      default -> {}
    }
    if (filing.activityOutside()) {
      parts.add("資格外活動許可 / Activity outside status");
    }
    return parts.isEmpty() ? "—" : String.join("、", parts);
  }

  public String getResultReceipt() {
    return application
        .resultReceipt()
        .map(
            r ->
                r == jp.zairyu.domain.model.application.ResultReceipt.MAIL
                    ? "郵送 / By mail"
                    : "窓口 / At the window")
        .orElse("—");
  }

  public String getApplicantEmail() {
    return application.applicantEmail().orElse("—");
  }

  public String getCurrentStatus() {
    return application
        .currentStatus()
        .map(s -> s.labelJa() + " / " + s.status().nameEn())
        .orElse("—");
  }

  public String getDesiredStatus() {
    return application
        .desiredStatus()
        .map(s -> s.labelJa() + " / " + s.status().nameEn())
        .orElse("—");
  }

  public String getBureau() {
    return application
        .bureauCode()
        .flatMap(BureauDirectory.standard()::byCode)
        .map(b -> b.nameJa() + " / " + b.nameEn())
        .orElse("振分け中 / Being routed");
  }

  public String getSubmittedAt() {
    return application.submittedAt().map(Dates::format).orElse("—");
  }

  public Applicant getApplicant() {
    return application.applicant();
  }

  public String getResidenceCardNumber() {
    return application.applicant().residenceCardNumber().map(Object::toString).orElse("—");
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
