package jp.zairyu.it.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.openqa.selenium.HasCapabilities;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.json.Json;

/**
 * What Chromium's own PDF viewer made of the PDFs the page shows, asked over the DevTools protocol.
 * A screenshot cannot tell: headless Chromium paints the viewer's dark background but not the
 * pages. Each PDF shown (in an {@code object}, a frame or a tab) gets a frame of the viewer
 * extension ({@code chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html}) whose {@code
 * pdf-viewer} element says whether the document loaded: {@code success}, {@code failed}, or {@code
 * loading}. A PDF the browser refuses to show (a sandboxed frame, {@code frame-ancestors} that
 * exclude the page) gets no viewer at all. The viewer's state is Chromium's internal API: if a
 * later Chromium renames it, this answers {@code "unknown"} and the test says so.
 */
public final class PdfViewer {

  private static final String VIEWER = "chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/";
  private static final String STATE =
      "(() => { const v = document.querySelector('pdf-viewer');"
          + " return v ? String(v.loadState_ ?? 'unknown') + ' ' + String(v.docLength_ ?? '?')"
          + " : 'no viewer'; })()";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private PdfViewer() {}

  /**
   * Waits (up to 30 s) until every PDF viewer of the browser has finished loading and returns their
   * states as "state pages", e.g. {@code ["success 1"]}; empty when no PDF is shown.
   */
  public static List<String> states(WebDriver driver) {
    List<String> states = new ArrayList<>();
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              states.clear();
              states.addAll(read(driver));
              return !states.isEmpty() && states.stream().noneMatch(s -> s.startsWith("loading"));
            });
    return states;
  }

  /** The viewers' states now, without waiting (empty when the browser shows no PDF). */
  public static List<String> read(WebDriver driver) throws Exception {
    List<String> states = new ArrayList<>();
    for (Map<String, Object> target : targets(driver)) {
      if (String.valueOf(target.get("url")).startsWith(VIEWER)) {
        states.add(evaluate(String.valueOf(target.get("webSocketDebuggerUrl"))));
      }
    }
    return states;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> targets(WebDriver driver) throws Exception {
    Map<String, Object> options =
        (Map<String, Object>)
            ((HasCapabilities) driver).getCapabilities().getCapability("goog:chromeOptions");
    String address = String.valueOf(options.get("debuggerAddress"));
    String list =
        HTTP.send(
                HttpRequest.newBuilder(URI.create("http://" + address + "/json/list")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    return new Json().toType(list, Json.LIST_OF_MAPS_TYPE);
  }

  private static String evaluate(String webSocketUrl) throws Exception {
    CompletableFuture<String> answer = new CompletableFuture<>();
    WebSocket socket =
        HTTP.newWebSocketBuilder()
            .buildAsync(
                URI.create(webSocketUrl),
                new WebSocket.Listener() {
                  private final StringBuilder text = new StringBuilder();

                  @Override
                  public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                    text.append(data);
                    if (last) {
                      answer.complete(text.toString());
                      text.setLength(0);
                    }
                    ws.request(1);
                    return null;
                  }
                })
            .get(10, TimeUnit.SECONDS);
    try {
      socket
          .sendText(
              new Json()
                  .toJson(
                      Map.of(
                          "id",
                          1,
                          "method",
                          "Runtime.evaluate",
                          "params",
                          Map.of("expression", STATE, "returnByValue", true))),
              true)
          .get(10, TimeUnit.SECONDS);
      Map<String, Object> reply =
          new Json().toType(answer.get(10, TimeUnit.SECONDS), Json.MAP_TYPE);
      Object result = reply.get("result");
      if (result instanceof Map<?, ?> outer && outer.get("result") instanceof Map<?, ?> inner) {
        return String.valueOf(inner.get("value"));
      }
      return "unknown " + reply;
    } finally {
      socket.abort();
    }
  }
}
