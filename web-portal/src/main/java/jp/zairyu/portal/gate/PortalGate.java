package jp.zairyu.portal.gate;

import static jp.zairyu.web.Html.escape;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import jp.zairyu.application.CallerAddress;
import jp.zairyu.application.EdgeAccess;
import jp.zairyu.application.MaintenanceNotice;
import jp.zairyu.application.MaintenanceSchedule;
import jp.zairyu.domain.model.access.AccessDecision;
import jp.zairyu.web.EdgeGate;
import jp.zairyu.web.StaticResources;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The portal's gate, before every request: a request from outside Japan gets 403 and a page that
 * explains why (see {@link EdgeAccess}); while a maintenance window is in force every page gets 503
 * with {@code Retry-After} and the maintenance page (static resources still load). It affects web
 * requests only: drafts stay stored and the message-driven beans go on processing submissions.
 *
 * <p>Readiness ({@code /health}) and metrics ({@code /metrics}) are served by the server outside
 * this module, so neither this gate nor maintenance ever hides them from the load balancer.
 */
@WebFilter(
    filterName = "PortalGate",
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST})
public class PortalGate extends EdgeGate {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));

  @Inject private EdgeAccess access;
  @Inject private CallerAddress caller;
  @Inject private MaintenanceSchedule maintenance;
  @Inject private MetricRegistry metrics;

  private String refusedPage;
  private String maintenancePage;

  @Override
  public void init() {
    refusedPage = page("/WEB-INF/gate/refused.html");
    maintenancePage = page("/WEB-INF/gate/maintenance.html");
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    List<String> forwarded = Collections.list(request.getHeaders(access.forwardingHeaderName()));
    AccessDecision decision = access.portal(request.getRemoteAddr(), forwarded);
    if (!decision.allowed()) {
      countRefusal(metrics, "portal", decision.refusal().name(), decision.origin());
      send(response, HttpServletResponse.SC_FORBIDDEN, refusedPage);
      return;
    }
    if (!StaticResources.requested(request)) {
      access.client(request.getRemoteAddr(), forwarded).ifPresent(caller::resolved);
      Optional<MaintenanceNotice> window = maintenance.inForce();
      if (window.isPresent()) {
        closedForMaintenance(request, response, window.get());
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private void closedForMaintenance(
      HttpServletRequest request, HttpServletResponse response, MaintenanceNotice window)
      throws IOException {
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      // an AJAX request of an open page: make the browser load the maintenance page
      response.setContentType("text/xml;charset=UTF-8");
      response.setHeader("Cache-Control", "no-store");
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + escape(request.getContextPath() + "/")
                  + "\"/></partial-response>");
      return;
    }
    long seconds = Math.max(1, Duration.between(Instant.now(), window.endsAt()).toSeconds());
    response.setHeader("Retry-After", Long.toString(seconds));
    send(
        response,
        HttpServletResponse.SC_SERVICE_UNAVAILABLE,
        maintenancePage
            .replace("{{START}}", escape(TIME.format(window.startsAt())))
            .replace("{{END}}", escape(TIME.format(window.endsAt())))
            .replace("{{MESSAGE_JA}}", escape(window.messageJa()))
            .replace("{{MESSAGE_EN}}", escape(window.messageEn())));
  }
}
