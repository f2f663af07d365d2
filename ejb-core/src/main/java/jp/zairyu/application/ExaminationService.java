package jp.zairyu.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.zairyu.domain.model.account.Officer;
import jp.zairyu.domain.model.account.OfficerRepository;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.ApplicationRepository;
import jp.zairyu.domain.model.application.ApplicationState;

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
