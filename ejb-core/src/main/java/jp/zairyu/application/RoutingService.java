package jp.zairyu.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.ApplicationRepository;
import jp.zairyu.domain.model.bureau.Bureau;
import jp.zairyu.domain.model.bureau.BureauDirectory;

/** Routes a submitted application to the intake queue of its competent regional bureau. */
@Stateless
@PermitAll
public class RoutingService {

  private static final Logger LOG = Logger.getLogger(RoutingService.class.getName());

  @Inject private ApplicationRepository applications;
  @Inject private Clock clock;

  /** Idempotent: routing an application that is already routed changes nothing. */
  public void route(long applicationId) {
    Application application =
        applications.findForRouting(applicationId).orElseThrow(NotFound::application);
    Bureau bureau = application.competentBureau(BureauDirectory.standard());
    if (application.routeTo(bureau, clock.instant())) {
      // FINE: one line per submission on the hottest path; the routing is on the case itself
      LOG.fine(() -> "Application " + applicationId + " routed to " + bureau.code());
    }
  }
}
