package jp.zairyu.web;

import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * What the portal's and the console's gates share: their static pages ({@code /WEB-INF/gate/…} of
 * each WAR), the count of refusals ({@value #REFUSALS}, by front end, reason and origin) and how a
 * refusal is sent. Each WAR's gate asks the application's {@code EdgeAccess} whom to let in.
 */
public abstract class EdgeGate extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The counter of requests refused at the edge. */
  public static final String REFUSALS = "zairyu.access.refused";

  /** A page of the WAR, read once at start. */
  protected String page(String path) {
    try (InputStream in = getServletContext().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Counts a refusal of {@code frontEnd} for {@code reason} from {@code origin}. */
  protected static void countRefusal(
      MetricRegistry metrics, String frontEnd, String reason, String origin) {
    metrics
        .counter(
            Metadata.builder()
                .withName(REFUSALS)
                .withDescription("Requests refused at the edge, by front end, reason and origin")
                .build(),
            new Tag("front_end", frontEnd),
            new Tag("reason", reason),
            new Tag("country", origin))
        .inc();
  }

  /** Sends one of the gate's pages with its status, never cached. */
  protected static void send(HttpServletResponse response, int status, String page)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(page);
  }
}
