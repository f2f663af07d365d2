package jp.zairyu.console.gate;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import jp.zairyu.application.CallerAddress;
import jp.zairyu.application.EdgeAccess;
import jp.zairyu.domain.model.access.AccessDecision;
import jp.zairyu.web.EdgeGate;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The console's gate: only requests from the internal networks ({@code
 * zairyu.access.console-networks}, see {@link EdgeAccess}) reach the console; any other gets 403
 * and a short page, whatever it asks for (the login page and static resources too).
 */
@WebFilter(
    filterName = "ConsoleGate",
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST})
public class ConsoleGate extends EdgeGate {

  private static final long serialVersionUID = 1L;

  @Inject private EdgeAccess access;
  @Inject private CallerAddress caller;
  @Inject private MetricRegistry metrics;

  private String refusedPage;

  @Override
  public void init() {
    refusedPage = page("/WEB-INF/gate/refused.html");
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    List<String> forwarded = Collections.list(request.getHeaders(access.forwardingHeaderName()));
    AccessDecision decision = access.console(request.getRemoteAddr(), forwarded);
    if (decision.allowed()) {
      access.client(request.getRemoteAddr(), forwarded).ifPresent(caller::resolved);
      chain.doFilter(request, response);
      return;
    }
    countRefusal(metrics, "console", decision.refusal().name(), decision.origin());
    send(response, HttpServletResponse.SC_FORBIDDEN, refusedPage);
  }
}
