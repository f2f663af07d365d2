package jp.zairyu.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.account.Officer;
import jp.zairyu.domain.model.account.OfficerRepository;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.ApplicationRepository;
import jp.zairyu.domain.model.application.ApplicationState;
import jp.zairyu.domain.model.application.AwaitingCase;
import jp.zairyu.domain.model.application.Caller;
import jp.zairyu.domain.model.application.DocumentRequest;
import jp.zairyu.domain.model.application.MailInItem;
import jp.zairyu.domain.model.application.ResidenceCardNumber;
import jp.zairyu.domain.model.application.TrackingNumber;
import jp.zairyu.domain.model.application.WindowCollector;
import jp.zairyu.domain.model.application.WorkQueue;

/**
 * The officer's use cases in the console, always within the officer's home bureau: an application
 * of another bureau is treated as not found.
 */
@Stateless
@DeclareRoles({Roles.EXAMINER, Roles.SUPERVISOR, Roles.ADMIN})
@RolesAllowed({Roles.EXAMINER, Roles.SUPERVISOR, Roles.ADMIN})
public class ExaminationService {

  static final int INTAKE_LIMIT = 200;

  @Resource private SessionContext session;
  @Inject private OfficerRepository officers;
  @Inject private ApplicationRepository applications;
  @Inject private ApplicationEvents events;
  @Inject private Clock clock;

  /** The officer's home bureau and name, for the console's header. */
  public Officer me() {
    return caller();
  }

  /** Submitted applications routed to the officer's bureau, oldest first. */
  public List<Application> intake() {
    return applications.intakeOf(caller().bureauCode(), INTAKE_LIMIT);
  }

  @CaseAction("VIEWED")
  public Application caseFile(long applicationId) {
    return ofMyBureau(applicationId, caller());
  }

  /**
   * The case as the console's case page shows it ({@link ApplicationView}), with the actions the
   * officer may take on it now; read in this call's transaction.
   */
  @CaseAction("VIEWED")
  public ApplicationView caseView(long applicationId) {
    Officer me = caller();
    return ApplicationView.of(
        ofMyBureau(applicationId, me), Caller.officer(me), LocalDate.now(clock));
  }

  /**
   * Approves (許可) the application, taking it for examination first if nobody has; the fact {@code
   * DecisionMade} is published with the decision, and its consumer has the practitioner notified.
   * With the result received by mail it then waits for issuance (発行待ち).
   */
  @CaseAction("APPROVED")
  public void approve(long applicationId) {
    approve(ofMyBureau(applicationId, caller()));
  }

  /**
   * As {@link #approve(long)}, refused when the case changed since the page read {@code version}.
   */
  @CaseAction("APPROVED")
  public void approve(long applicationId, long version) {
    approve(unchanged(ofMyBureau(applicationId, caller()), version));
  }

  private void approve(Application application) {
    Officer officer = caller();
    Instant now = clock.instant();
    if (application.state() == ApplicationState.SUBMITTED) {
      application.startExamination(officer, now);
    }
    application.approve(officer, now);
    events.decisionMade(application.id());
  }

  /**
   * Asks the practitioner for additional documents (追完) by a deadline, taking the application for
   * examination first if nobody has; the practitioner is told by mail.
   */
  @CaseAction("DOCUMENTS_REQUESTED")
  public void requestDocuments(long applicationId, String items, LocalDate due) {
    requestDocuments(ofMyBureau(applicationId, caller()), items, due);
  }

  /** As {@link #requestDocuments(long, String, LocalDate)}, refused when the case changed. */
  @CaseAction("DOCUMENTS_REQUESTED")
  public void requestDocuments(long applicationId, long version, String items, LocalDate due) {
    requestDocuments(unchanged(ofMyBureau(applicationId, caller()), version), items, due);
  }

  private void requestDocuments(Application application, String items, LocalDate due) {
    Officer officer = caller();
    Instant now = clock.instant();
    if (application.state() == ApplicationState.SUBMITTED) {
      application.startExamination(officer, now);
    }
    DocumentRequest request =
        application.requestDocuments(
            officer, items, due, LocalDate.ofInstant(now, clock.getZone()), now);
    applications.store(application); // the mail names the request by its id
    events.notificationRequested(
        application.id(), NotificationKind.DOCUMENTS_REQUESTED, request.id());
  }

  /**
   * A page of one of the bureau's work queues ({@link CaseRow}s, each with whether the caller may
   * assign it), and the query for the next page (or null).
   */
  public record QueuePage(List<CaseRow> rows, WorkQueue next) {}

  /** A page of a work queue of the officer's bureau (their own cases for {@code MINE}): a read. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public QueuePage queue(
      WorkQueue.Queue queue,
      String procedure,
      String status,
      String receiptPrefix,
      WorkQueue.Sort sort,
      WorkQueue.Cursor after,
      int pageSize) {
    Officer me = caller();
    WorkQueue query =
        new WorkQueue(
            me.bureauCode(),
            queue,
            me.id(),
            procedure,
            status,
            receiptPrefix,
            sort,
            after,
            pageSize);
    List<Application> rows = applications.queue(query, query.pageSize() + 1);
    Caller caller = Caller.officer(me);
    if (rows.size() > query.pageSize()) {
      List<Application> page = rows.subList(0, query.pageSize());
      return new QueuePage(
          page.stream().map(a -> CaseRow.of(a, caller)).toList(),
          query.after(page.get(page.size() - 1)));
    }
    return new QueuePage(rows.stream().map(a -> CaseRow.of(a, caller)).toList(), null);
  }

  /**
   * The examiner takes the oldest new submission of the bureau for examination. Two examiners
   * pressing at once get different cases (the row is claimed with SKIP LOCKED).
   *
   * @return the case taken, or empty when the intake queue is empty
   */
  public Optional<Long> takeNext() {
    Officer me = caller();
    Optional<Application> next = applications.claimOldestSubmitted(me.bureauCode());
    next.ifPresent(a -> a.startExamination(me, clock.instant()));
    return next.map(Application::id);
  }

  /** A supervisor assigns a case of the bureau to an examiner of the bureau. */
  @RolesAllowed(Roles.SUPERVISOR)
  @CaseAction("ASSIGNED")
  public void assign(long applicationId, String examinerLoginId) {
    Officer me = caller();
    Application application = ofMyBureau(applicationId, me);
    Officer examiner =
        officers
            .findByLoginId(examinerLoginId == null ? "" : examinerLoginId.strip())
            .filter(o -> o.worksAt(me.bureauCode()))
            .orElseThrow(
                () ->
                    new jp.zairyu.domain.model.RuleViolation(
                        "application.assign.unknown",
                        "この局の審査官を選んでください。",
                        "Choose an examiner of this bureau."));
    application.assignTo(examiner, me, clock.instant());
  }

  /** The examiners of the officer's bureau, for assignment. */
  public List<Officer> examinersOfMyBureau() {
    Officer me = caller();
    return officers.all().stream()
        .filter(o -> o.worksAt(me.bureauCode()))
        .filter(o -> o.active() && o.role() != jp.zairyu.domain.model.account.OfficerRole.ADMIN)
        .toList();
  }

  /** Takes a case for examination (審査中) as its examiner. */
  @CaseAction("TAKEN")
  public void take(long applicationId) {
    Officer me = caller();
    ofMyBureau(applicationId, me).startExamination(me, clock.instant());
  }

  /**
   * The examiner proposes to deny (不許可) with the reasons the practitioner will read, taking the
   * application for examination first if nobody has; a supervisor of the bureau decides.
   */
  @RolesAllowed({Roles.EXAMINER, Roles.SUPERVISOR})
  @CaseAction("DENIAL_PROPOSED")
  public void proposeDenial(long applicationId, long version, String reason) {
    Officer officer = caller();
    Application application = unchanged(ofMyBureau(applicationId, officer), version);
    Instant now = clock.instant();
    if (application.state() == ApplicationState.SUBMITTED) {
      application.startExamination(officer, now);
    }
    application.denials().propose(officer, reason, now);
  }

  /**
   * A supervisor of the bureau confirms the proposed denial: it is decided, the fact {@code
   * DecisionMade} is published and the practitioner and the foreign national are mailed the
   * reasons.
   */
  @RolesAllowed(Roles.SUPERVISOR)
  @CaseAction("DENIED")
  public void confirmDenial(long applicationId, long version) {
    Officer supervisor = caller();
    Application application = unchanged(ofMyBureau(applicationId, supervisor), version);
    application.confirmDenial(supervisor, clock.instant());
    events.decisionMade(application.id());
  }

  /** A supervisor sends the proposed denial back to the examiner with a note. */
  @RolesAllowed(Roles.SUPERVISOR)
  @CaseAction("DENIAL_RETURNED")
  public void returnDenial(long applicationId, long version, String note) {
    Officer supervisor = caller();
    unchanged(ofMyBureau(applicationId, supervisor), version)
        .denials()
        .sendBack(supervisor, note, clock.instant());
  }

  /**
   * Records the arrival of what the practitioner sent after an approval by mail; the fee stamps are
   * checked against the fee.
   */
  @RolesAllowed({Roles.EXAMINER, Roles.SUPERVISOR})
  @CaseAction("RECEIPT_RECORDED")
  public void recordReceipt(
      long applicationId, long version, Set<MailInItem> received, Integer feeStampsYen) {
    Officer officer = caller();
    unchanged(ofMyBureau(applicationId, officer), version)
        .mailIn()
        .recordReceipt(officer, received, feeStampsYen, clock.instant());
  }

  /**
   * Issues the result after the items arrived: a new residence card under a new number (when one is
   * issued), mailed back under the tracking number given (完了); the practitioner and the foreign
   * national are mailed.
   *
   * @return the new card's number, if a card was issued
   */
  @RolesAllowed({Roles.EXAMINER, Roles.SUPERVISOR})
  @CaseAction("ISSUED")
  public Optional<ResidenceCardNumber> issue(
      long applicationId, long version, String mailingTrackingNumber) {
    return issue(applicationId, version, mailingTrackingNumber, Set.of());
  }

  /**
   * As {@link #issue(long, long, String)}, the officer confirming what is enclosed in place of a
   * passport sticker (by procedure code: {@code ACTIVITY_OUTSIDE} for its 資格外活動許可書); the mails say
   * what was sent.
   */
  @RolesAllowed({Roles.EXAMINER, Roles.SUPERVISOR})
  @CaseAction("ISSUED")
  public Optional<ResidenceCardNumber> issue(
      long applicationId, long version, String mailingTrackingNumber, Set<String> enclosed) {
    Officer officer = caller();
    Application application = unchanged(ofMyBureau(applicationId, officer), version);
    TrackingNumber mailing = TrackingNumber.parse(mailingTrackingNumber);
    ResidenceCardNumber card = null;
    if (application.procedure().issuesResidenceCard()) {
      card = ResidenceCardNumber.issue(applications.nextResidenceCardSerial(), RANDOM);
    }
    application.issue(officer, card, mailing, enclosed, clock.instant());
    events.notificationRequested(application.id(), NotificationKind.ISSUED);
    events.notificationRequested(application.id(), NotificationKind.APPLICANT_ISSUED);
    return Optional.ofNullable(card);
  }

  /**
   * Records the handing over of a result received at the window (許可 → 完了): a new residence card
   * under a new number (when one is issued), the day and who came; the practitioner and the foreign
   * national are mailed. Nothing is stored when any of it is refused.
   *
   * @return the new card's number, if a card was issued
   */
  @RolesAllowed({Roles.EXAMINER, Roles.SUPERVISOR})
  @CaseAction("HANDED_OVER")
  public Optional<ResidenceCardNumber> handOver(
      long applicationId,
      long version,
      LocalDate on,
      String collectorName,
      WindowCollector capacity) {
    Officer officer = caller();
    Application application = unchanged(ofMyBureau(applicationId, officer), version);
    ResidenceCardNumber card = null;
    if (application.procedure().issuesResidenceCard()) {
      card = ResidenceCardNumber.issue(applications.nextResidenceCardSerial(), RANDOM);
    }
    Instant now = clock.instant();
    application.handOver(
        officer, card, on, collectorName, capacity, LocalDate.ofInstant(now, JAPAN), now);
    events.notificationRequested(application.id(), NotificationKind.HANDED_OVER);
    events.notificationRequested(application.id(), NotificationKind.APPLICANT_HANDED_OVER);
    return Optional.ofNullable(card);
  }

  private static final java.time.ZoneId JAPAN = java.time.ZoneId.of("Asia/Tokyo");

  /**
   * Acknowledges a practitioner's correction request (訂正の申出) on a case of the officer's bureau: the
   * officer has read it. Acknowledging twice changes nothing.
   */
  @CaseAction("CORRECTION_ACKNOWLEDGED")
  public void acknowledgeCorrection(long applicationId, long requestId) {
    Officer me = caller();
    ofMyBureau(applicationId, me).corrections().acknowledge(requestId, me, clock.instant());
  }

  /**
   * Cases of the bureau waiting for an officer beyond the queues: a denial to confirm, issuance, or
   * a practitioner's correction request nobody has read yet; each oldest first, a case once.
   */
  public List<CaseRow.Awaiting> awaitingOfficers() {
    Officer me = caller();
    String bureau = me.bureauCode();
    Map<Long, AwaitingCase> cases = new LinkedHashMap<>();
    applications
        .awaitingOfficersOf(bureau, INTAKE_LIMIT)
        .forEach(c -> cases.put(c.application().id(), c));
    applications
        .withOpenCorrectionsOf(bureau, INTAKE_LIMIT)
        .forEach(c -> cases.putIfAbsent(c.application().id(), c));
    Caller caller = Caller.officer(me);
    return cases.values().stream().map(c -> CaseRow.Awaiting.of(c, caller)).toList();
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  /** Refuses to act on a case that changed since the page read it (another officer acted first). */
  private static Application unchanged(Application application, long version) {
    if (application.version() != version) {
      throw new RuleViolation("application.changed", CONFLICT_JA, CONFLICT_EN);
    }
    return application;
  }

  /** What an officer reads when another officer acted on the same case first. */
  public static final String CONFLICT_JA = "他の職員が先に更新しました。最新の内容を再表示しています。";

  public static final String CONFLICT_EN =
      "Another officer changed this case first; it has been reloaded.";

  private Application ofMyBureau(long applicationId, Officer officer) {
    return applications
        .find(applicationId)
        .filter(a -> a.routing().bureauCode().filter(officer::worksAt).isPresent())
        .orElseThrow(NotFound::application);
  }

  private Officer caller() {
    String loginId = session.getCallerPrincipal().getName();
    return officers
        .findByLoginId(loginId)
        .orElseThrow(() -> new IllegalStateException("No officer for caller " + loginId));
  }
}
