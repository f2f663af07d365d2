package jp.zairyu.domain.model.application;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.account.Officer;
import jp.zairyu.domain.model.attachment.Attachments;
import jp.zairyu.domain.model.bureau.Bureau;

/**
 * The aggregate root of a residence application: its content while it is a draft and its life after
 * submission. Every change of state goes through a method of this class, which enforces the state
 * machine of {@code application-states.csv}.
 */
@Entity
@Table(name = "application")
public class Application {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "practitioner_id", nullable = false)
  private long practitionerId;

  @Column(name = "procedure_code", nullable = false, updatable = false)
  private String procedureCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false)
  private ApplicationState state;

  @Column(name = "receipt_number")
  private String receiptNumber;

  @Column(name = "bureau_code")
  private String bureauCode;

  @Column(name = "examiner_id")
  private Long examinerId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "routed_at")
  private Instant routedAt;

  @Column(name = "withdrawal_reason")
  private String withdrawalReason;

  @OneToMany(mappedBy = "application", cascade = CascadeType.ALL)
  @OrderBy("requestedAt")
  private List<DocumentRequest> documentRequests = new ArrayList<>();

  @OneToMany(mappedBy = "application", cascade = CascadeType.ALL)
  @OrderBy("proposedAt")
  private List<DenialProposal> denialProposals = new ArrayList<>();

  @OneToMany(mappedBy = "application", cascade = CascadeType.ALL)
  @OrderBy("requestedAt")
  private List<CorrectionRequest> correctionRequests = new ArrayList<>();

  /** When, by whom and why it was decided (null while nothing is). */
  @Embedded private Decision decision;

  /** Issuance by mail: sending, arrival, result (null while none of it happened). */
  @Embedded private Issuance issuance;

  /** The official form's content (only a draft's may change). */
  @Embedded private FormContent form;

  @Version private long version;

  /** The procedure of {@link #procedureCode}, with its rules (the catalog it was drafted from). */
  @jakarta.persistence.Transient private transient Procedure procedure;

  protected Application() {}

  private Application(long practitionerId, Procedure procedure, Applicant applicant, Instant now) {
    this.practitionerId = practitionerId;
    this.procedureCode = procedure.code();
    this.procedure = procedure;
    this.form = new FormContent(applicant);
    this.state = ApplicationState.DRAFT;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Starts a draft (作成中) of a procedure that can be filed on its own. */
  public static Application draft(
      long practitionerId, Procedure procedure, Applicant applicant, Instant now) {
    if (!procedure.standalone()) {
      throw new RuleViolation(
          "application.procedure-not-standalone",
          procedure.nameJa() + "は変更・更新・取得の申請と同時にのみ申請できます。",
          procedure.nameEn()
              + " can only be filed together with a change, extension or acquisition.");
    }
    return new Application(practitionerId, procedure, applicant, now);
  }

  /**
   * Refuses the filing on {@code today} by a user of {@code userKind} that the rules of who may
   * file forbid: a relative only for an applicant under 16 on the day of filing or with the
   * declaration and its reason ({@link RelativeFiling}). The service checks this before it takes a
   * receipt number.
   */
  public void checkFiler(String userKind, LocalDate today) {
    Lifecycle.require(state, ApplicationAction.SUBMIT);
    RelativeFiling.check(filing(), userKind, form(), today);
  }

  /** What is filed, with its add-ons. */
  public Filing filing() {
    return form().filing(procedure());
  }

  /**
   * How the result is received, read from the form: by mail or at the window, what is mailed with
   * it, what is sent in after an approval by mail and the fee.
   */
  public Receiving receiving() {
    return new Receiving(filing(), form().resultReceipt().orElse(null));
  }

  /**
   * The official form's content, to read: what is filed, the statuses, the applicant and the rest.
   */
  public FormContent form() {
    if (form == null) {
      form = new FormContent(new Applicant());
    }
    return form;
  }

  /**
   * The form to edit, handed out only while it is a draft ({@code application.state.revise}
   * otherwise); each of its changes stamps {@link #updatedAt()}.
   */
  public EditableForm edit() {
    formToEdit();
    return new EditableForm(this);
  }

  /** The form, once more checked to be a draft's (an {@link EditableForm} may be held). */
  FormContent formToEdit() {
    Lifecycle.require(state, ApplicationAction.REVISE);
    return form();
  }

  /** Records a change made now. */
  void touch(Instant now) {
    this.updatedAt = now;
  }

  /** The files attached to it, to attach and remove as it allows ({@link AttachedFiles}). */
  public AttachedFiles files() {
    return new AttachedFiles(this);
  }

  /**
   * Whether the {@link Lifecycle} table lets the action be taken from the current state (by
   * someone): {@code ATTACH} while it is a draft or documents are requested (追完), {@code WITHDRAW}
   * and {@code REQUEST_CORRECTION} once submitted and until the decision… Who may take it now is
   * {@link #actionsFor}.
   */
  public boolean allows(ApplicationAction action) {
    return Lifecycle.allows(state, action);
  }

  /**
   * Submits the draft ('入管庁に申請を行う'): its form must be complete ({@link #completeness}); it receives
   * its receipt number and can no longer be edited. The service checks the attachments before
   * ({@link #checkComplete(LocalDate, Attachments)}).
   */
  public void submit(ReceiptNumber receipt, Instant now) {
    checkComplete(LocalDate.ofInstant(now, JAPAN));
    this.receiptNumber = Objects.requireNonNull(receipt).value();
    moveTo(ApplicationAction.SUBMIT, ApplicationState.SUBMITTED);
    this.submittedAt = now;
    this.updatedAt = now;
  }

  static final java.time.ZoneId JAPAN = java.time.ZoneId.of("Asia/Tokyo");

  /**
   * Refuses a draft that cannot be submitted yet ({@link Completeness}): every missing field of the
   * form is named, and the face photo is required when the domain asks for one; a service checks
   * this before it takes a receipt number.
   *
   * @param today the date in Japan
   */
  public void checkComplete(LocalDate today, Attachments attachments) {
    Lifecycle.require(state, ApplicationAction.SUBMIT);
    completeness().check(today, attachments);
  }

  /** The form's completeness and its dates on {@code today} (without the attachments). */
  void checkComplete(LocalDate today) {
    Lifecycle.require(state, ApplicationAction.SUBMIT);
    completeness().check(today);
  }

  /** What the form still lacks to be submitted: missing fields, required fields, the face photo. */
  public Completeness completeness() {
    return new Completeness(procedure(), form());
  }

  /**
   * The practitioner withdraws (取下げ) a submitted application before the decision, giving the reason
   * the bureau reads.
   */
  public void withdraw(String reason, Instant now) {
    if (!allows(ApplicationAction.WITHDRAW)) {
      throw new RuleViolation(
          "application.state.withdraw",
          "申請の状態が「" + state.labelJa() + "」のため、取り下げることはできません。",
          "This application cannot be withdrawn while it is '" + state.labelEn() + "'.");
    }
    String r = reason == null ? "" : reason.strip();
    if (r.isEmpty() || r.length() > 500) {
      throw new RuleViolation(
          "application.withdrawal-reason",
          "取下げの理由を500文字以内で入力してください。",
          "Give the reason for the withdrawal (at most 500 characters).");
    }
    this.withdrawalReason = r;
    moveTo(ApplicationAction.WITHDRAW, ApplicationState.WITHDRAWN);
    this.updatedAt = now;
  }

  public Optional<String> withdrawalReason() {
    return Optional.ofNullable(withdrawalReason);
  }

  /**
   * The correction requests (訂正の申出), oldest first: the practitioner sends one, an officer
   * acknowledges it ({@link CorrectionRequests#request}, {@link CorrectionRequests#acknowledge}).
   */
  public CorrectionRequests corrections() {
    return new CorrectionRequests(this, correctionRequests);
  }

  /**
   * Where it is examined and by whom: the competent bureau, the bureau it was routed to and when,
   * the examiner.
   */
  public Routing routing() {
    return new Routing(this);
  }

  /** The bureau it was routed to, or null ({@link Routing} reads each column when asked). */
  String routedBureau() {
    return bureauCode;
  }

  /** The case's examiner, or null. */
  Long examiner() {
    return examinerId;
  }

  /** When it was routed, or null. */
  Instant routedAt() {
    return routedAt;
  }

  /**
   * Puts the submitted application in the intake queue of a bureau.
   *
   * @return false if it was already routed there (a repeated routing changes nothing)
   */
  public boolean routeTo(Bureau bureau, Instant now) {
    if (routing().alreadyRoutedTo(bureau)) {
      return false;
    }
    Lifecycle.require(state, ApplicationAction.ROUTE);
    this.bureauCode = bureau.code();
    this.routedAt = now;
    this.updatedAt = now;
    return true;
  }

  /** An examiner of the competent bureau takes the application for examination (審査中). */
  public void startExamination(Officer examiner, Instant now) {
    requireOfficer(ApplicationAction.TAKE, examiner);
    this.examinerId = examiner.id();
    moveTo(ApplicationAction.TAKE, ApplicationState.UNDER_REVIEW);
    this.updatedAt = now;
  }

  /**
   * A supervisor of the competent bureau assigns the application to an examiner of the bureau: a
   * new submission goes under examination (審査中), a case under examination changes hands.
   */
  public void assignTo(Officer examiner, Officer supervisor, Instant now) {
    CaseOfficers.requireAssignable(examiner, supervisor);
    requireCompetent(supervisor);
    requireCompetent(examiner);
    Lifecycle.require(state, ApplicationAction.ASSIGN);
    this.examinerId = examiner.id();
    moveTo(ApplicationAction.ASSIGN, ApplicationState.UNDER_REVIEW);
    this.updatedAt = now;
  }

  /**
   * The examiner approves (許可; 交付 for a COE) the application, in one step. With the result received
   * by mail it waits for the card, the fee slip and the return envelope (発行待ち); at the window it is
   * approved (許可) and the applicant is asked to come; an electronic COE is approved (交付) and
   * mailed.
   */
  public void approve(Officer examiner, Instant now) {
    requireOfficer(ApplicationAction.APPROVE, examiner);
    requireExaminer(examiner);
    requireNoPendingDenial();
    moveTo(
        ApplicationAction.APPROVE,
        receiving().byMail() && !receiving().electronicCoe()
            ? ApplicationState.APPROVED_AWAITING_ISSUANCE
            : ApplicationState.APPROVED);
    this.decision = Decision.approval(examiner.id(), now);
    this.updatedAt = now;
  }

  /**
   * A supervisor of the bureau confirms the pending proposal: the application is denied (不許可), with
   * the proposal's reasons. The examiner who proposed it cannot confirm it.
   */
  public void confirmDenial(Officer supervisor, Instant now) {
    requireOfficer(ApplicationAction.CONFIRM_DENIAL, supervisor);
    DenialProposal proposal = denials().pendingFor(supervisor);
    proposal.confirm(supervisor.id(), now);
    moveTo(ApplicationAction.CONFIRM_DENIAL, ApplicationState.DENIED);
    this.decision = Decision.denial(supervisor.id(), proposal.reason(), now);
    this.updatedAt = now;
  }

  private void requireNoPendingDenial() {
    denials().requireNonePending();
  }

  /**
   * The proposals to deny, oldest first, and the pending one: the examiner proposes, a supervisor
   * sends back ({@link DenialProposals#propose}, {@link DenialProposals#sendBack}); confirming is
   * {@link #confirmDenial}.
   */
  public DenialProposals denials() {
    return new DenialProposals(this, denialProposals);
  }

  /** When, by whom and why it was decided (empty while nothing is). */
  public Decision decision() {
    return decision == null ? Decision.none() : decision;
  }

  /** How its state and decision read for its procedure (交付 / 不交付 for a COE). */
  public Wording wording() {
    return new Wording(procedure(), state);
  }

  // --- Issuance by mail (発行待ち → 完了) ---

  /**
   * What the practitioner sends in after an approval by mail and its arrival at the bureau: the fee
   * slip due, the sending, the receipt ({@link MailIn}).
   */
  public MailIn mailIn() {
    return new MailIn(this);
  }

  /**
   * Issues the result and records its mailing in the return envelope (完了): the new residence card
   * under {@code newCard} when one is issued (else null), and the tracking number of the mailing,
   * the officer confirming what is enclosed in place of a passport sticker: every one of {@link
   * Receiving#mailedDocuments()} (the 資格外活動許可書 of permission for activity outside status) by its
   * procedure code, and nothing else (none: an empty set). Only after the items have arrived.
   */
  public void issue(
      Officer officer,
      ResidenceCardNumber newCard,
      TrackingNumber mailing,
      java.util.Set<String> enclosed,
      Instant now) {
    requireOfficer(ApplicationAction.ISSUE, officer);
    issuanceToRecord()
        .issue(
            officer.id(),
            procedure().issuesResidenceCard(),
            newCard,
            mailing,
            receiving().mailedDocuments(),
            enclosed,
            now);
    moveTo(ApplicationAction.ISSUE, ApplicationState.COMPLETED);
    this.updatedAt = now;
  }

  /**
   * The result received at the window is handed over (許可 → 完了): the new residence card under {@code
   * newCard} when one is issued (else null), on the day given (not after today, not before the
   * decision), to the person who came in their capacity. Nothing is stored when any of it is wrong.
   *
   * @param today today in Japan
   */
  public void handOver(
      Officer officer,
      ResidenceCardNumber newCard,
      LocalDate on,
      String collectorName,
      WindowCollector capacity,
      LocalDate today,
      Instant now) {
    requireOfficer(ApplicationAction.HAND_OVER, officer);
    if (receiving().byMail()) {
      throw new RuleViolation(
          "application.handover.by-mail",
          "この申請の結果は郵送（電子交付）で受け取るため、窓口での受け渡しは記録できません。",
          "The result of this application is received by mail (electronically): no handing over at"
              + " the window is recorded.");
    }
    issuanceToRecord()
        .handOver(
            officer.id(),
            procedure().issuesResidenceCard(),
            newCard,
            on,
            collectorName,
            capacity,
            decision().decidedOn().orElse(null),
            today,
            now);
    moveTo(ApplicationAction.HAND_OVER, ApplicationState.COMPLETED);
    this.updatedAt = now;
  }

  /** Issuance by mail: the sending, the arrival of the items, the result mailed back. */
  public Issuance issuance() {
    return issuance == null ? new Issuance() : issuance;
  }

  /** The issuance to record a step in (created with the first one). */
  Issuance issuanceToRecord() {
    if (issuance == null) {
      issuance = new Issuance();
    }
    return issuance;
  }

  /** The version optimistic locking compares (what a page read, to detect a concurrent change). */
  public long version() {
    return version;
  }

  /**
   * The examiner asks for additional documents (追完): the application waits for the practitioner
   * (追完待ち) until they answer.
   *
   * @param items what is missing, as the practitioner will read it
   * @param due the last day for the answer: after today, at most {@value
   *     DocumentRequests#LONGEST_DEADLINE_DAYS} days ahead
   * @param today today in Japan
   * @return the new request (its id once stored)
   */
  public DocumentRequest requestDocuments(
      Officer examiner, String items, LocalDate due, LocalDate today, Instant now) {
    requireOfficer(ApplicationAction.REQUEST_DOCUMENTS, examiner);
    requireExaminer(examiner);
    requireNoPendingDenial();
    DocumentRequest request = documentRequests().ask(this, examiner.id(), items, due, today, now);
    moveTo(ApplicationAction.REQUEST_DOCUMENTS, ApplicationState.AWAITING_DOCUMENTS);
    this.updatedAt = now;
    return request;
  }

  /**
   * The practitioner answers the open request for additional documents (the documents themselves
   * are attached before); the application goes back to the examiner (審査中).
   *
   * @param note an optional message to the examiner, at most 1,000 characters
   */
  public void answerDocumentRequest(String note, Attachments attachments, Instant now) {
    Lifecycle.require(state, ApplicationAction.ANSWER_DOCUMENTS);
    documentRequests().answer(note, attachments, now);
    moveTo(ApplicationAction.ANSWER_DOCUMENTS, ApplicationState.UNDER_REVIEW);
    this.updatedAt = now;
  }

  /** The requests for additional documents (追完), oldest first, and the open one. */
  public DocumentRequests documentRequests() {
    return new DocumentRequests(documentRequests);
  }

  /** Only the case's examiner acts as its examiner. */
  void requireExaminer(Officer examiner) {
    CaseOfficers.requireExaminer(examiner, examinerId);
  }

  /** Officers act on a case only with an examining role and only in its bureau. */
  void requireCompetent(Officer officer) {
    CaseOfficers.requireCompetent(officer, bureauCode);
  }

  /**
   * The row of the transition table for the action from the current state, taken by an officer who
   * may act on the case (the parts' officer steps ask it first).
   */
  void requireOfficer(ApplicationAction action, Officer officer) {
    Lifecycle.require(state, action);
    requireCompetent(officer);
  }

  /** Moves along the row of the transition table for this action (the target one of its own). */
  private void moveTo(ApplicationAction action, ApplicationState target) {
    if (!Lifecycle.require(state, action).to().contains(target)) {
      throw new IllegalStateException(action + " does not lead from " + state + " to " + target);
    }
    this.state = target;
  }

  /**
   * The actions this caller may take now: the rows of the {@link Lifecycle} table from the current
   * state for someone like the caller, where the aggregate's own conditions hold ({@link
   * CallerActions}).
   */
  public java.util.Set<ApplicationAction> actionsFor(Caller caller) {
    return new CallerActions(this).all(caller);
  }

  /** Whether this one action is offered to the caller now (as {@link #actionsFor}, alone). */
  public boolean offers(ApplicationAction action, Caller caller) {
    return new CallerActions(this).offers(action, caller);
  }

  /**
   * The office administrator hands the case to another member of the office; the new author sees it
   * from now on. The state is not touched.
   */
  public void reassignTo(long practitioner, Instant now) {
    this.practitionerId = practitioner;
    this.updatedAt = now;
  }

  public boolean isOwnedBy(long practitioner) {
    return practitionerId == practitioner;
  }

  public Long id() {
    return id;
  }

  public long practitionerId() {
    return practitionerId;
  }

  /** The procedure filed, with its rules ({@code procedure-rules.csv}). */
  public Procedure procedure() {
    if (procedure == null) {
      procedure = Procedure.byCode(procedureCode).orElseThrow();
    }
    return procedure;
  }

  public ApplicationState state() {
    return state;
  }

  public Optional<ReceiptNumber> receiptNumber() {
    return Optional.ofNullable(receiptNumber).map(ReceiptNumber::new);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Optional<Instant> submittedAt() {
    return Optional.ofNullable(submittedAt);
  }
}
