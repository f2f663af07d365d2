package jp.zairyu.console.gate;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import jp.zairyu.application.CallerAddress;
import jp.zairyu.application.EdgeAccess;
import jp.zairyu.domain.model.access.AccessDecision;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The console's gate: only requests from the internal networks ({@code
 * zairyu.access.console-networks}, see {@link EdgeAccess}) reach the console; any other gets 403
 * and a short page, whatever it asks for (the login page and static resources too).
 */
@WebFilter(
    filterName = "ConsoleGate",
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST})
public class ConsoleGate extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject private EdgeAccess access;
  @Inject private CallerAddress caller;
  @Inject private MetricRegistry metrics;

  private String refusedPage;

  @Override
  public void init() {
    try (InputStream in = getServletContext().getResourceAsStream("/WEB-INF/gate/refused.html")) {
      if (in == null) {
        throw new IllegalStateException("Missing /WEB-INF/gate/refused.html");
      }
      refusedPage = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
    metrics
        .counter(
            Metadata.builder()
                .withName("zairyu.access.refused")
                .withDescription("Requests refused at the edge, by front end, reason and origin")
                .build(),
            new Tag("front_end", "console"),
            new Tag("reason", decision.refusal().name()),
            new Tag("country", decision.origin()))
        .inc();
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(refusedPage);
  }
}
