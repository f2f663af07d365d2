package jp.zairyu.portal.applications;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import jp.zairyu.application.AttachmentService;
import jp.zairyu.application.DraftingService;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.application.Applicant;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.ApplicationState;
import jp.zairyu.domain.model.application.CorrectionRequest;
import jp.zairyu.domain.model.application.DocumentRequest;
import jp.zairyu.domain.model.application.MailInItem;
import jp.zairyu.domain.model.bureau.BureauDirectory;
import jp.zairyu.web.messages.Messages;

/** 申請内容の確認: one application of the practitioner, read-only, with its state. */
@Named
@ViewScoped
public class ApplicationPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private DraftingService drafting;
  @EJB private AttachmentService attachmentService;
  @Inject private SubmitDraftAction submission;

  private Long id;

  /** Read for the page; not kept with the view ({@link #application()}). */
  private transient Application application;

  private transient java.util.List<jp.zairyu.application.ApplicationSheet.Section> sections;
  private boolean found;
  private boolean routingWatched;
  private java.util.Set<jp.zairyu.domain.model.application.ApplicationAction> actions =
      java.util.Set.of();
  private java.util.List<AttachmentRow> attachments = java.util.List.of();

  public void load() {
    if (id == null) {
      return;
    }
    try {
      application = drafting.find(id);
      actions = drafting.actionsOn(application);
      sections = null;
      attachments = attachmentService.list(id).stream().map(AttachmentRow::of).toList();
      found = true;
      routingWatched = routingWatched || isRouting();
    } catch (RuleViolation notFound) {
      Messages.error(notFound);
    }
  }

  /**
   * The application the page shows. After a failover the view comes back on another instance of the
   * cluster without it (transient, issue 18): it is read again there, and the page keeps what it
   * showed (the actions it offered).
   */
  private Application application() {
    if (application == null && found) {
      try {
        application = drafting.find(id);
      } catch (RuleViolation gone) {
        found = false;
        actions = java.util.Set.of();
        Messages.error(gone);
      }
    }
    return application;
  }

  private String withdrawalReason;

  /**
   * 入管庁に申請を行う from the draft's own page, beside the check list ({@link #getMissing()}, the face
   * photo): {@link SubmitDraftAction}; a refusal stays on this page with its message.
   */
  public String submit() {
    String outcome = submission.submit(id);
    if (outcome == null) {
      load();
    }
    return outcome;
  }

  /** What a draft still lacks for submission (both languages), as step 6 lists it. */
  public List<String> getMissing() {
    return isDraft() ? application().completeness().missingFields() : List.of();
  }

  /** Whether a draft still needs its face photo to be submitted. */
  public boolean isFacePhotoMissing() {
    return isDraft()
        && application().form().needsFacePhoto(java.time.LocalDate.now(JAPAN))
        && attachments.stream().noneMatch(AttachmentRow::photo);
  }

  /** Whether the draft can be submitted from this page: nothing missing, photo included. */
  public boolean isSubmittable() {
    return isDraft() && offers("SUBMIT") && getMissing().isEmpty() && !isFacePhotoMissing();
  }

  private static final java.time.ZoneId JAPAN = java.time.ZoneId.of("Asia/Tokyo");

  /**
   * Withdraws the application (取下げ) with the reason given; shown again through a redirect, so
   * reloading the page sends nothing twice.
   */
  public String withdraw() {
    try {
      drafting.withdraw(id, withdrawalReason);
      Messages.info("申請を取り下げました。", "The application has been withdrawn.");
      return "/applications/view?faces-redirect=true&id=" + id;
    } catch (RuleViolation e) {
      Messages.error(e);
      load();
      return null;
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

  private String trackingNumber;

  /**
   * Records that the card, the fee slip and the return envelope were sent (発行待ち), with the tracking
   * number; shown again through a redirect.
   */
  public String recordSending() {
    try {
      drafting.recordSending(id, trackingNumber);
      Messages.info(
          "発送を記録しました。入管局での受領をお待ちください。",
          "The sending has been recorded. The bureau will record its arrival.");
      return "/applications/view?faces-redirect=true&id=" + id;
    } catch (RuleViolation e) {
      Messages.error(e);
      load();
      return null;
    }
  }

  public String getTrackingNumber() {
    return trackingNumber;
  }

  public void setTrackingNumber(String trackingNumber) {
    this.trackingNumber = trackingNumber;
  }

  private boolean in(ApplicationState state) {
    return isFound() && application().state() == state;
  }

  /** 発行待ち: what to send, and the form to record the sending. */
  public boolean isAwaitingIssuance() {
    return in(ApplicationState.APPROVED_AWAITING_ISSUANCE);
  }

  /** Whether the sending can still be recorded or corrected (the bureau has not received yet). */
  public boolean isSendingRecordable() {
    return offers("RECORD_SENDING");
  }

  /**
   * Whether the application offers the caller this action ({@code ApplicationAction} by name): the
   * page renders the actions the aggregate's transition table offers, and decides none itself.
   */
  public boolean offers(String action) {
    return isFound()
        && actions.contains(jp.zairyu.domain.model.application.ApplicationAction.valueOf(action));
  }

  public boolean isItemsReceived() {
    return isFound() && application().issuance().itemsReceivedAt().isPresent();
  }

  /** What to send, each line in Japanese and English (the fee slip with the fee). */
  public List<String> getItemsToSend() {
    return application().receiving().itemsToSend().stream()
        .map(
            i ->
                i == MailInItem.FEE_SLIP
                    ? i.labelJa() + "（" + feeJa() + "分） / " + i.labelEn() + " (" + feeEn() + ")"
                    : i.labelJa() + " / " + i.labelEn())
        .toList();
  }

  private String feeJa() {
    return String.format("%,d円", application().receiving().feeYen());
  }

  private String feeEn() {
    return String.format("¥%,d", application().receiving().feeYen());
  }

  public String getSentTracking() {
    return application().issuance().sentTrackingNumber().map(Object::toString).orElse(null);
  }

  public String getSentAt() {
    return application().issuance().sentRecordedAt().map(Dates::format).orElse("—");
  }

  public String getReceivedAt() {
    return application().issuance().itemsReceivedAt().map(Dates::format).orElse("—");
  }

  public boolean isDenied() {
    return in(ApplicationState.DENIED);
  }

  public String getDenialLabel() {
    return application().wording().denialJa() + " / " + application().wording().denialEn();
  }

  public String getDenialReason() {
    return application().decision().denialReason().orElse("—");
  }

  public String getDecidedAt() {
    return application().decision().decidedAt().map(Dates::format).orElse("—");
  }

  /** 許可 with the result at the window: the appointment notice. */
  public boolean isApprovedAtWindow() {
    return in(ApplicationState.APPROVED) && !application().receiving().electronicCoe();
  }

  /** The opening hours of the window of the application's bureau (bureau-windows.csv). */
  public String getWindowHoursJa() {
    return windowHours().map(jp.zairyu.domain.model.bureau.WindowHours::ja).orElse("—");
  }

  public String getWindowHoursEn() {
    return windowHours().map(jp.zairyu.domain.model.bureau.WindowHours::en).orElse("—");
  }

  private java.util.Optional<jp.zairyu.domain.model.bureau.WindowHours> windowHours() {
    return application()
        .bureauCode()
        .flatMap(jp.zairyu.domain.model.bureau.BureauDirectory.standard()::byCode)
        .map(jp.zairyu.domain.model.bureau.Bureau::windowHours);
  }

  /** An electronic COE was issued (交付) and mailed as a PDF. */
  public boolean isElectronicCoeIssued() {
    return in(ApplicationState.APPROVED) && application().receiving().electronicCoe();
  }

  /** Whether the fee slip (手数料納付書) can be printed: while it is to be sent in with a fee. */
  public boolean isFeeSlipAvailable() {
    return isFound() && application().feeSlipDue();
  }

  public boolean isCardExpected() {
    return application().procedure().issuesResidenceCard();
  }

  public boolean isFeePayable() {
    return application().receiving().feeYen() > 0;
  }

  public String getFeeDue() {
    return feeJa() + " / " + feeEn();
  }

  public boolean isCompleted() {
    return in(ApplicationState.COMPLETED) && application().issuance().issuedAt().isPresent();
  }

  public String getIssuedCardNumber() {
    return application().issuance().issuedCardNumber().map(Object::toString).orElse(null);
  }

  public String getReturnTracking() {
    return application().issuance().returnTrackingNumber().map(Object::toString).orElse("—");
  }

  public String getIssuedAt() {
    return application().issuance().issuedAt().map(Dates::format).orElse("—");
  }

  /** The request for additional documents waiting for an answer, or null. */
  public DocumentRequest getOpenRequest() {
    return isFound() ? application().documentRequests().open().orElse(null) : null;
  }

  public List<DocumentRequest> getDocumentRequests() {
    return application().documentRequests().all();
  }

  /** Correction requests (訂正の申出) sent for this application, oldest first. */
  public List<CorrectionRequest> getCorrectionRequests() {
    return isFound() ? application().corrections().all() : List.of();
  }

  /**
   * Whether the practitioner may still send a correction request (after submission, before the
   * decision).
   */
  public boolean isCorrectable() {
    return offers("REQUEST_CORRECTION");
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
    return offers("WITHDRAW");
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
    return found && application() != null;
  }

  public boolean isDraft() {
    return isFound()
        && application().state() == jp.zairyu.domain.model.application.ApplicationState.DRAFT;
  }

  public String getReceiptNumber() {
    return application().receiptNumber().map(Object::toString).orElse("—");
  }

  public String getState() {
    return application().wording().stateJa() + " / " + application().wording().stateEn();
  }

  public String getStateCode() {
    return application().state().name();
  }

  public String getProcedure() {
    return application().procedure().nameJa() + " / " + application().procedure().nameEn();
  }

  /** The fee of everything filed (procedure and re-entry permit), from procedures.csv. */
  public String getFee() {
    int yen = application().filing().feeOnlineYen();
    return String.format("%,d円 / ¥%,d", yen, yen);
  }

  /** The add-ons filed with the procedure, or a dash. */
  public String getAddOns() {
    var filing = application().filing();
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
    return jp.zairyu.application.ApplicationSheet.resultReceipt(application());
  }

  public String getApplicantEmail() {
    return application().form().applicantEmail().orElse("—");
  }

  public String getCurrentStatus() {
    return application()
        .form()
        .currentStatus()
        .map(s -> s.labelJa() + " / " + s.status().nameEn())
        .orElse("—");
  }

  public String getDesiredStatus() {
    return application()
        .form()
        .desiredStatus()
        .map(s -> s.labelJa() + " / " + s.status().nameEn())
        .orElse("—");
  }

  public String getBureau() {
    return application()
        .bureauCode()
        .flatMap(BureauDirectory.standard()::byCode)
        .map(b -> b.nameJa() + " / " + b.nameEn())
        .orElse(
            switch (application().state()) {
              case SUBMITTED -> "振分け中 / Being routed";
              case DRAFT -> "—（申請後に決まります） / Decided once submitted";
              default -> "—";
            });
  }

  /**
   * Whether the application is submitted and not yet routed to its bureau: routing follows the
   * submission by a message (a moment later), so the page asks again every two seconds until the
   * bureau is known (p:poll) and never keeps showing 振分け中 once it is.
   */
  public boolean isRouting() {
    return isFound()
        && application().state() == ApplicationState.SUBMITTED
        && application().bureauCode().isEmpty();
  }

  /** Whether the page was opened while the application was being routed (it renders the poll). */
  public boolean isRoutingWatched() {
    return routingWatched;
  }

  /** The poll's listener: reads the application again while it is being routed. */
  public void refreshRouting() {
    if (isRouting()) {
      load();
    }
  }

  public String getSubmittedAt() {
    return application().submittedAt().map(Dates::format).orElse("—");
  }

  /** Every section of the form, read-only. */
  /** Every section of the form, built once per load (the page's repeat reads it several times). */
  public java.util.List<jp.zairyu.application.ApplicationSheet.Section> getSections() {
    if (sections == null && application() != null) {
      sections = jp.zairyu.application.ApplicationSheet.of(application());
    }
    return sections;
  }

  public Applicant getApplicant() {
    return application().form().applicant();
  }

  public String getResidenceCardNumber() {
    return application().form().applicant().residenceCardNumber().map(Object::toString).orElse("—");
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
