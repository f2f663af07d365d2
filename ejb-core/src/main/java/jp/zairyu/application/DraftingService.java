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
import jp.zairyu.domain.model.account.Practitioner;
import jp.zairyu.domain.model.account.PractitionerRepository;
import jp.zairyu.domain.model.application.Applicant;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.ApplicationRepository;
import jp.zairyu.domain.model.application.Procedure;
import jp.zairyu.domain.model.application.ReceiptNumber;

/**
 * The practitioner's use cases in the portal: draft, revise, submit and follow their own
 * applications. The caller is always the logged-in practitioner; another practitioner's application
 * is treated as not found.
 */
@Stateless
@DeclareRoles(Roles.PRACTITIONER)
@RolesAllowed(Roles.PRACTITIONER)
public class DraftingService {

  static final int LIST_LIMIT = 200;

  @Resource private SessionContext session;
  @Inject private PractitionerRepository practitioners;
  @Inject private ApplicationRepository applications;
  @Inject private ApplicationEvents events;
  @Inject private Clock clock;

  /** Starts an extension of period of stay (在留期間更新) draft; returns its id. */
  public long startExtension(ApplicantDetails details) {
    Instant now = clock.instant();
    Application draft =
        Application.draft(
            caller().id(),
            Procedure.byCode(Procedure.EXTENSION).orElseThrow(),
            applicant(details),
            now);
    applications.add(draft);
    return draft.id();
  }

  public void revise(long applicationId, ApplicantDetails details) {
    owned(applicationId).revise(applicant(details), clock.instant());
  }

  /**
   * Submits the draft. The receipt number and the {@code ApplicationSubmitted} message are
   * committed together with the new state, or not at all.
   */
  public ReceiptNumber submit(long applicationId) {
    Application application = owned(applicationId);
    Instant now = clock.instant();
    ReceiptNumber receipt =
        applications.nextReceiptNumber(LocalDate.ofInstant(now, clock.getZone()).getYear());
    application.submit(receipt, now);
    events.applicationSubmitted(application.id());
    events.notificationRequested(application.id(), NotificationKind.RECEIVED);
    return receipt;
  }

  /**
   * An application the caller may see: their own, or — for an office administrator — one of a
   * member of the same office. Changing it stays with its author ({@link #owned}).
   */
  public Application find(long applicationId) {
    Practitioner me = caller();
    return applications
        .find(applicationId)
        .filter(a -> a.isOwnedBy(me.id()) || administersAuthorOf(me, a))
        .orElseThrow(NotFound::application);
  }

  private boolean administersAuthorOf(Practitioner me, Application a) {
    return me.officeAdministrator()
        && me.officeId().isPresent()
        && practitioners
            .find(a.practitionerId())
            .flatMap(Practitioner::officeId)
            .equals(me.officeId());
  }

  public List<Application> mine() {
    return applications.ownedBy(caller().id(), LIST_LIMIT);
  }

  private Applicant applicant(ApplicantDetails d) {
    return new Applicant(
        d.fullName(),
        d.nationality(),
        d.dateOfBirth(),
        d.residenceCardNumber(),
        d.prefecture(),
        d.addressLine(),
        LocalDate.now(clock));
  }

  private Application owned(long applicationId) {
    long owner = caller().id();
    return applications
        .find(applicationId)
        .filter(a -> a.isOwnedBy(owner))
        .orElseThrow(NotFound::application);
  }

  private Practitioner caller() {
    String authId = session.getCallerPrincipal().getName();
    return practitioners
        .findByAuthId(authId)
        .orElseThrow(() -> new IllegalStateException("No practitioner for caller " + authId));
  }
}
