package jp.zairyu.portal.applications;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import jp.zairyu.application.ApplicationSheet;
import jp.zairyu.application.ApplicationView;
import jp.zairyu.application.AttachmentService;
import jp.zairyu.application.DraftingService;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.application.ApplicationAction;
import jp.zairyu.domain.model.application.ApplicationState;
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

  /** The application as read for the page by its service; read again after every action. */
  private ApplicationView view;

  private boolean routingWatched;
  private java.util.List<AttachmentRow> attachments = java.util.List.of();

  public void load() {
    if (id == null) {
      return;
    }
    try {
      view = drafting.view(id);
      attachments = attachmentService.list(id).stream().map(AttachmentRow::of).toList();
      routingWatched = routingWatched || isRouting();
    } catch (RuleViolation notFound) {
      Messages.error(notFound);
    }
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
    return isDraft() ? view.filed().missingFields() : List.of();
  }

  /** Whether a draft still needs its face photo to be submitted. */
  public boolean isFacePhotoMissing() {
    return isDraft()
        && view.filed().needsFacePhoto()
        && attachments.stream().noneMatch(AttachmentRow::photo);
  }

  /** Whether the draft can be submitted from this page: nothing missing, photo included. */
  public boolean isSubmittable() {
    return isDraft() && offers("SUBMIT") && getMissing().isEmpty() && !isFacePhotoMissing();
  }

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
    return isFound() && view.state() == state;
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
    return isFound() && view.offers(ApplicationAction.valueOf(action));
  }

  public boolean isItemsReceived() {
    return isFound() && view.issuance().itemsReceivedAt() != null;
  }

  /** What to send, each line in Japanese and English (the fee slip with the fee). */
  public List<String> getItemsToSend() {
    return view.receiving().itemsToSend().stream()
        .map(
            i ->
                i == MailInItem.FEE_SLIP
                    ? i.labelJa() + "（" + feeJa() + "分） / " + i.labelEn() + " (" + feeEn() + ")"
                    : i.labelJa() + " / " + i.labelEn())
        .toList();
  }

  private String feeJa() {
    return String.format("%,d円", view.receiving().feeYen());
  }

  private String feeEn() {
    return String.format("¥%,d", view.receiving().feeYen());
  }

  public String getSentTracking() {
    return view.issuance().sentTrackingNumber();
  }

  public String getSentAt() {
    return Dates.format(view.issuance().sentRecordedAt());
  }

  public String getReceivedAt() {
    return Dates.format(view.issuance().itemsReceivedAt());
  }

  public boolean isDenied() {
    return in(ApplicationState.DENIED);
  }

  public String getDenialLabel() {
    return view.words().denialJa() + " / " + view.words().denialEn();
  }

  public String getDenialReason() {
    return view.decision().denialReason() == null ? "—" : view.decision().denialReason();
  }

  public String getDecidedAt() {
    return Dates.format(view.decision().decidedAt());
  }

  /** 許可 with the result at the window: the appointment notice. */
  public boolean isApprovedAtWindow() {
    return in(ApplicationState.APPROVED) && !view.receiving().electronicCoe();
  }

  /** The opening hours of the window of the application's bureau (bureau-windows.csv). */
  public String getWindowHoursJa() {
    return windowHours().map(jp.zairyu.domain.model.bureau.WindowHours::ja).orElse("—");
  }

  public String getWindowHoursEn() {
    return windowHours().map(jp.zairyu.domain.model.bureau.WindowHours::en).orElse("—");
  }

  private java.util.Optional<jp.zairyu.domain.model.bureau.WindowHours> windowHours() {
    return java.util.Optional.ofNullable(view.bureauCode())
        .flatMap(jp.zairyu.domain.model.bureau.BureauDirectory.standard()::byCode)
        .map(jp.zairyu.domain.model.bureau.Bureau::windowHours);
  }

  /** An electronic COE was issued (交付) and mailed as a PDF. */
  public boolean isElectronicCoeIssued() {
    return in(ApplicationState.APPROVED) && view.receiving().electronicCoe();
  }

  /** Whether the fee slip (手数料納付書) can be printed: while it is to be sent in with a fee. */
  public boolean isFeeSlipAvailable() {
    return isFound() && view.receiving().feeSlipDue();
  }

  public boolean isCardExpected() {
    return view.receiving().issuesResidenceCard();
  }

  public boolean isFeePayable() {
    return view.receiving().feeYen() > 0;
  }

  public String getFeeDue() {
    return feeJa() + " / " + feeEn();
  }

  public boolean isCompleted() {
    return in(ApplicationState.COMPLETED) && view.issuance().issuedAt() != null;
  }

  public String getIssuedCardNumber() {
    return view.issuance().issuedCardNumber();
  }

  public String getReturnTracking() {
    String tracking = view.issuance().returnTrackingNumber();
    return tracking == null ? "—" : tracking;
  }

  public String getIssuedAt() {
    return Dates.format(view.issuance().issuedAt());
  }

  /** The request for additional documents waiting for an answer, or null. */
  public ApplicationView.Request getOpenRequest() {
    return isFound() ? view.openRequest() : null;
  }

  public List<ApplicationView.Request> getDocumentRequests() {
    return view.documentRequests();
  }

  /** Correction requests (訂正の申出) sent for this application, oldest first. */
  public List<ApplicationView.Correction> getCorrectionRequests() {
    return isFound() ? view.corrections() : List.of();
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
    return view != null;
  }

  public boolean isDraft() {
    return isFound() && view.state() == ApplicationState.DRAFT;
  }

  public String getReceiptNumber() {
    return view.receiptNumber() == null ? "—" : view.receiptNumber();
  }

  public String getState() {
    return view.words().stateJa() + " / " + view.words().stateEn();
  }

  public String getStateCode() {
    return view.state().name();
  }

  public String getProcedure() {
    return view.words().procedureJa() + " / " + view.words().procedureEn();
  }

  /** The fee of everything filed (procedure and re-entry permit), from procedures.csv. */
  public String getFee() {
    int yen = view.filed().feeOnlineYen();
    return String.format("%,d円 / ¥%,d", yen, yen);
  }

  /** The add-ons filed with the procedure, or a dash. */
  public String getAddOns() {
    var filed = view.filed();
    var parts = new java.util.ArrayList<String>();
    switch (filed.reentry()) {
      case SINGLE -> parts.add("再入国許可（1回限り） / Re-entry permit (single)");
      case MULTIPLE -> parts.add("再入国許可（数次） / Re-entry permit (multiple)");
      default -> {}
    }
    if (filed.activityOutside()) {
      parts.add("資格外活動許可 / Activity outside status");
    }
    return parts.isEmpty() ? "—" : String.join("、", parts);
  }

  public String getResultReceipt() {
    return view.resultReceipt();
  }

  public String getApplicantEmail() {
    return orDash(view.filed().applicantEmail());
  }

  public String getCurrentStatus() {
    return orDash(view.filed().currentStatus());
  }

  public String getDesiredStatus() {
    return orDash(view.filed().desiredStatus());
  }

  public String getBureau() {
    return java.util.Optional.ofNullable(view.bureauCode())
        .flatMap(BureauDirectory.standard()::byCode)
        .map(b -> b.nameJa() + " / " + b.nameEn())
        .orElse(
            switch (view.state()) {
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
    return isFound() && view.state() == ApplicationState.SUBMITTED && view.bureauCode() == null;
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
    return Dates.format(view.submittedAt());
  }

  /** Every section of the form, read-only. */
  public List<ApplicationSheet.Section> getSections() {
    return isFound() ? view.sections() : null;
  }

  public ApplicationView.Person getApplicant() {
    return view.applicant();
  }

  public String getResidenceCardNumber() {
    return orDash(view.applicant().residenceCardNumber());
  }

  private static String orDash(String value) {
    return value == null ? "—" : value;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
