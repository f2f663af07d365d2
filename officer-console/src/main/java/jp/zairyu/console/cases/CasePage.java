package jp.zairyu.console.cases;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import jp.zairyu.application.ApplicationSheet;
import jp.zairyu.application.ApplicationView;
import jp.zairyu.application.ExaminationService;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.application.ApplicationAction;
import jp.zairyu.domain.model.application.ApplicationState;
import jp.zairyu.domain.model.application.MailInItem;
import jp.zairyu.domain.model.application.ReceivingRules;
import jp.zairyu.domain.model.application.WindowCollector;
import jp.zairyu.web.messages.Conflicts;
import jp.zairyu.web.messages.Messages;

/**
 * 審査: one case of the officer's bureau, with the decision (approval, or a denial proposed by the
 * examiner and confirmed by a supervisor) and, after an approval by mail, the issuance steps. Every
 * action names the version of the case the page showed: when another officer acted first, the
 * officer is told and the case is shown again as it is now.
 */
@Named
@ViewScoped
public class CasePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ExaminationService examination;

  private Long id;
  private Long myId;

  /** The case as read for the page by its service; read again after every action. */
  private ApplicationView view;

  private IssuanceFacts issuance;
  private String requestItems;
  private LocalDate requestDue;
  private String denialReason;
  private String returnNote;
  private boolean cardReceived;
  private boolean feeSlipReceived;
  private boolean envelopeReceived;
  private Integer feeStampsYen;
  private String mailingTrackingNumber;
  private List<String> enclosed = new java.util.ArrayList<>();
  private LocalDate handedOverOn;
  private String collectorName;
  private WindowCollector collectorCapacity;

  public void load() {
    if (id == null) {
      return;
    }
    try {
      myId = examination.me().id();
      view = examination.caseView(id);
      issuance = IssuanceFacts.of(view);
      if (handedOverOn == null) {
        handedOverOn = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
      }
    } catch (RuleViolation notFound) {
      view = null;
      issuance = null;
      Messages.error(notFound);
    }
  }

  /** Approves; the case is shown again through a redirect, so reloading repeats nothing. */
  public String approve() {
    boolean electronic = view != null && view.receiving().electronicCoe();
    boolean byMail = view != null && view.receiving().byMail();
    String ja;
    String en;
    if (electronic) {
      ja = "交付しました。在留資格認定証明書（電子）を申請者に電子メールで送ります。";
      en =
          "Issued. The practitioner will be sent the electronic certificate of eligibility by e-mail.";
    } else if (byMail) {
      ja = "許可しました。申請者に郵送での受領手続を通知します。";
      en = "Approved. The practitioner will be told what to send for the result by post.";
    } else {
      ja = "許可しました。申請者に通知します（窓口での受領）。";
      en = "Approved. The practitioner will be notified (result at the window).";
    }
    return act(() -> examination.approve(id, version()), ja, en);
  }

  /**
   * Asks the practitioner for additional documents (追完) by the deadline given; the case is shown
   * again through a redirect, so reloading the page does not ask twice.
   */
  public String requestDocuments() {
    return act(
        () -> examination.requestDocuments(id, version(), requestItems, requestDue),
        "追完を求めました。申請者に通知します。",
        "Additional documents requested. The practitioner will be notified.");
  }

  /** Proposes a denial with its reasons; a supervisor decides. */
  public String proposeDenial() {
    return act(
        () -> examination.proposeDenial(id, version(), denialReason),
        denialLabelJa() + "を起案しました。統括審査官の決裁を待っています。",
        "Denial proposed. It waits for a supervisor's confirmation.");
  }

  /** A supervisor confirms the proposed denial: decided, the people concerned are mailed. */
  public String confirmDenial() {
    return act(
        () -> examination.confirmDenial(id, version()),
        denialLabelJa() + "を決定しました。申請者と申請人に理由を通知します。",
        "Denial confirmed. The practitioner and the applicant will be told the reasons.");
  }

  /** A supervisor sends the proposed denial back to the examiner. */
  public String returnDenial() {
    return act(
        () -> examination.returnDenial(id, version(), returnNote),
        "起案を差し戻しました。",
        "The proposal has been sent back to the examiner.");
  }

  /** Records what arrived by mail; the fee stamps are checked against the fee. */
  public String recordReceipt() {
    Set<MailInItem> received = EnumSet.noneOf(MailInItem.class);
    if (cardReceived) {
      received.add(MailInItem.RESIDENCE_CARD);
    }
    if (feeSlipReceived) {
      received.add(MailInItem.FEE_SLIP);
    }
    if (envelopeReceived) {
      received.add(MailInItem.RETURN_ENVELOPE);
    }
    return act(
        () -> examination.recordReceipt(id, version(), received, feeStampsYen),
        "受領を記録しました。交付できます。",
        "Receipt recorded. The result can now be issued.");
  }

  /** Issues the new card (or the certificate) and records its mailing: 完了. */
  public String issue() {
    return act(
        () ->
            confirmCard(
                examination.issue(id, version(), mailingTrackingNumber, Set.copyOf(enclosed)),
                "証明書を発送し、手続を完了しました。",
                "The certificate has been mailed; the procedure is complete.",
                "在留カードを交付し、発送を記録しました。新しい在留カード番号: ",
                "The residence card has been issued and its mailing recorded. New card number: "),
        null,
        null);
  }

  /**
   * Records the handing over of a result received at the window (許可 → 完了): the day, who came and in
   * what capacity; a new card is issued when the procedure issues one.
   */
  public String handOver() {
    return act(
        () ->
            confirmCard(
                examination.handOver(id, version(), handedOverOn, collectorName, collectorCapacity),
                "窓口での受け渡しを記録し、手続を完了しました。申請者と申請人に通知します。",
                "The handing over at the window is recorded; the procedure is complete. The"
                    + " practitioner and the applicant will be notified.",
                "在留カードを交付し、窓口での受け渡しを記録しました。新しい在留カード番号: ",
                "The residence card has been issued and its handing over at the window recorded."
                    + " New card number: "),
        null,
        null);
  }

  /** Confirms an issuing action: with the new card's number when it issued one. */
  private static void confirmCard(
      java.util.Optional<?> card, String doneJa, String doneEn, String issuedJa, String issuedEn) {
    card.ifPresentOrElse(
        number -> Messages.info(issuedJa + number, issuedEn + number),
        () -> Messages.info(doneJa, doneEn));
  }

  /** Marks a correction request (訂正の申出) of the practitioner as read; shown again by redirect. */
  public String acknowledgeCorrection(long requestId) {
    return act(
        () -> examination.acknowledgeCorrection(id, requestId),
        "訂正の申出を確認済みにしました。",
        "The correction request is marked as read.");
  }

  /**
   * Runs an action of the service; on success confirms (when {@code okJa} is given) and shows the
   * case again through a redirect. A refusal, a conflict with another officer or a missing role is
   * said on the page, which shows the case as it is now.
   */
  private String act(Runnable action, String okJa, String okEn) {
    try {
      action.run();
      if (okJa != null) {
        Messages.info(okJa, okEn);
      }
      return self();
    } catch (RuleViolation violation) {
      Messages.error(violation);
    } catch (EJBAccessException forbidden) {
      Messages.error("この操作を行う権限がありません。", "Your role does not allow this action.");
    } catch (EJBException failure) {
      if (!Conflicts.isConcurrentChange(failure)) {
        throw failure;
      }
      Messages.error(ExaminationService.CONFLICT_JA, ExaminationService.CONFLICT_EN);
    }
    load();
    return null;
  }

  /** The version of the case the page showed, which its actions name. */
  private long version() {
    return view == null ? 0 : view.version();
  }

  private String self() {
    return "/cases/view?faces-redirect=true&id=" + id;
  }

  // --- what the page shows, and which actions it offers ---

  public boolean isFound() {
    return view != null;
  }

  /**
   * Whether the application offers the caller this action ({@code ApplicationAction} by name): the
   * page renders the actions the aggregate's transition table offers, and decides none itself.
   */
  public boolean offers(String action) {
    return isFound() && view.offers(ApplicationAction.valueOf(action));
  }

  /** The denial waiting for a supervisor, or null. */
  public ApplicationView.Denial getPendingDenial() {
    return isFound() && view.state() == ApplicationState.UNDER_REVIEW ? view.pendingDenial() : null;
  }

  /** Whether the pending denial is the caller's own (they wait for another supervisor). */
  public boolean isOwnPendingDenial() {
    ApplicationView.Denial pending = getPendingDenial();
    return pending != null && Objects.equals(pending.proposedBy(), myId);
  }

  /** The issuance steps of the case as the page shows them (null when no case was found). */
  public IssuanceFacts getIssuance() {
    return issuance;
  }

  public List<ApplicationView.Denial> getDenialProposals() {
    return view.denials();
  }

  /** What replaces a passport sticker in the return envelope (資格外活動許可書), to confirm. */
  public List<ReceivingRules.MailedDocument> getMailedDocuments() {
    return isFound() ? view.receiving().mailedDocuments() : List.of();
  }

  public WindowCollector[] getCollectorCapacities() {
    return WindowCollector.values();
  }

  public String capacityLabel(WindowCollector c) {
    return c.labelJa() + " / " + c.labelEn();
  }

  public String getDenialReasonDecided() {
    return view.decision().denialReason();
  }

  public String getDecidedAt() {
    return format(view.decision().decidedAt());
  }

  public String denialLabelJa() {
    return view == null ? "不許可" : view.words().denialJa();
  }

  public String getDenialLabelJa() {
    return denialLabelJa();
  }

  public String getDenialLabelEn() {
    return view == null ? "denial" : view.words().denialEn();
  }

  public String outcome(ApplicationView.Denial p) {
    return switch (p.outcome()) {
      case PENDING -> "決裁待ち / Waiting for a supervisor";
      case CONFIRMED -> "決定 / Confirmed";
      case RETURNED -> "差戻し / Sent back";
    };
  }

  public boolean isMine(ApplicationView.Denial p) {
    return Objects.equals(p.proposedBy(), myId);
  }

  public List<ApplicationView.Request> getDocumentRequests() {
    return view.documentRequests();
  }

  /** The practitioner's correction requests (訂正の申出), oldest first. */
  public List<ApplicationView.Correction> getCorrectionRequests() {
    return isFound() ? view.corrections() : List.of();
  }

  public String format(java.time.Instant instant) {
    return instant == null ? "—" : IntakePage.TIME.format(instant);
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

  public String getResultReceipt() {
    return view.resultReceipt();
  }

  public String getSubmittedAt() {
    return format(view.submittedAt());
  }

  /** Every section of the form, read-only (application-sections.xhtml). */
  public List<ApplicationSheet.Section> getSections() {
    return isFound() ? view.sections() : null;
  }

  public ApplicationView.Person getApplicant() {
    return view.applicant();
  }

  public String getResidenceCardNumber() {
    return view.applicant().residenceCardNumber() == null
        ? "—"
        : view.applicant().residenceCardNumber();
  }

  // --- form fields ---

  public String getRequestItems() {
    return requestItems;
  }

  public void setRequestItems(String requestItems) {
    this.requestItems = requestItems;
  }

  public LocalDate getRequestDue() {
    return requestDue;
  }

  public void setRequestDue(LocalDate requestDue) {
    this.requestDue = requestDue;
  }

  public String getDenialReason() {
    return denialReason;
  }

  public void setDenialReason(String denialReason) {
    this.denialReason = denialReason;
  }

  public String getReturnNote() {
    return returnNote;
  }

  public void setReturnNote(String returnNote) {
    this.returnNote = returnNote;
  }

  public boolean isCardReceived() {
    return cardReceived;
  }

  public void setCardReceived(boolean cardReceived) {
    this.cardReceived = cardReceived;
  }

  public boolean isFeeSlipReceived() {
    return feeSlipReceived;
  }

  public void setFeeSlipReceived(boolean feeSlipReceived) {
    this.feeSlipReceived = feeSlipReceived;
  }

  public boolean isEnvelopeReceived() {
    return envelopeReceived;
  }

  public void setEnvelopeReceived(boolean envelopeReceived) {
    this.envelopeReceived = envelopeReceived;
  }

  public Integer getFeeStampsYen() {
    return feeStampsYen;
  }

  public void setFeeStampsYen(Integer feeStampsYen) {
    this.feeStampsYen = feeStampsYen;
  }

  public String getMailingTrackingNumber() {
    return mailingTrackingNumber;
  }

  public void setMailingTrackingNumber(String mailingTrackingNumber) {
    this.mailingTrackingNumber = mailingTrackingNumber;
  }

  public List<String> getEnclosed() {
    return enclosed;
  }

  public void setEnclosed(List<String> enclosed) {
    this.enclosed = enclosed == null ? new java.util.ArrayList<>() : enclosed;
  }

  public LocalDate getHandedOverOn() {
    return handedOverOn;
  }

  public void setHandedOverOn(LocalDate handedOverOn) {
    this.handedOverOn = handedOverOn;
  }

  public String getCollectorName() {
    return collectorName;
  }

  public void setCollectorName(String collectorName) {
    this.collectorName = collectorName;
  }

  public WindowCollector getCollectorCapacity() {
    return collectorCapacity;
  }

  public void setCollectorCapacity(WindowCollector collectorCapacity) {
    this.collectorCapacity = collectorCapacity;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
