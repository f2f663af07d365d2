package jp.zairyu.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.zairyu.domain.model.account.Officer;
import jp.zairyu.domain.model.account.OfficerRepository;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.ApplicationRepository;
import jp.zairyu.domain.model.application.ApplicationState;
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

  public Application caseFile(long applicationId) {
    return ofMyBureau(applicationId, caller());
  }

  /**
   * Approves (許可) the application, taking it for examination first if nobody has; the fact {@code
   * DecisionMade} is published with the decision, and its consumer has the practitioner notified.
   */
  public void approve(long applicationId) {
    Officer officer = caller();
    Application application = ofMyBureau(applicationId, officer);
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
  public void requestDocuments(long applicationId, String items, LocalDate due) {
    Officer officer = caller();
    Application application = ofMyBureau(applicationId, officer);
    Instant now = clock.instant();
    if (application.state() == ApplicationState.SUBMITTED) {
      application.startExamination(officer, now);
    }
    application.requestDocuments(
        officer, items, due, LocalDate.ofInstant(now, clock.getZone()), now);
    events.notificationRequested(application.id(), NotificationKind.DOCUMENTS_REQUESTED);
  }

  /** A page of one of the bureau's work queues, and the query for the next page (or null). */
  public record QueuePage(List<Application> rows, WorkQueue next) {}

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
    if (rows.size() > query.pageSize()) {
      List<Application> page = rows.subList(0, query.pageSize());
      return new QueuePage(List.copyOf(page), query.after(page.get(page.size() - 1)));
    }
    return new QueuePage(rows, null);
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
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
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
  public void take(long applicationId) {
    Officer me = caller();
    ofMyBureau(applicationId, me).startExamination(me, clock.instant());
  }

  private Application ofMyBureau(long applicationId, Officer officer) {
    return applications
        .find(applicationId)
        .filter(a -> a.bureauCode().filter(officer::worksAt).isPresent())
        .orElseThrow(NotFound::application);
  }

  private Officer caller() {
    String loginId = session.getCallerPrincipal().getName();
    return officers
        .findByLoginId(loginId)
        .orElseThrow(() -> new IllegalStateException("No officer for caller " + loginId));
  }
}
