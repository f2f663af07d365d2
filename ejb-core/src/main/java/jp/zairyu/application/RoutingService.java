package jp.zairyu.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.ApplicationRepository;
import jp.zairyu.domain.model.bureau.Bureau;
import jp.zairyu.domain.model.bureau.BureauDirectory;

/**
 * Routes a submitted application to the intake queue of its competent regional bureau, and asks for
 * its receipt mails (to the practitioner and to the foreign national) in the same local commit: the
 * bureau has received the application, so it is now "受け付けました". A submission thus writes one fact
 * ({@code ApplicationSubmitted}) and the routing one more ({@code NotificationRequested} for both
 * mails), instead of the submission writing three.
 */
@Stateless
@PermitAll
public class RoutingService {

  private static final Logger LOG = Logger.getLogger(RoutingService.class.getName());

  /** The receipt mails of a routed application: the practitioner's, then the foreign national's. */
  static final List<NotificationKind> RECEIPT_MAILS =
      List.of(NotificationKind.RECEIVED, NotificationKind.APPLICANT_RECEIVED);

  @Inject private ApplicationRepository applications;
  @Inject private Clock clock;
  @Inject private ApplicationEvents events;

  /**
   * Idempotent: routing an application that is already routed changes nothing and asks for nothing
   * (its receipt mails were asked for in the commit that routed it).
   */
  public void route(long applicationId) {
    Application application =
        applications.findForRouting(applicationId).orElseThrow(NotFound::application);
    Bureau bureau = application.routing().competentBureau(BureauDirectory.standard());
    if (application.routeTo(bureau, clock.instant())) {
      // FINE: one line per submission on the hottest path; the routing is on the case itself
      LOG.fine(() -> "Application " + applicationId + " routed to " + bureau.code());
      events.notificationsRequested(applicationId, RECEIPT_MAILS);
    }
  }
}
