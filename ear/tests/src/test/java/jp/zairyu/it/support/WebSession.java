package jp.zairyu.it.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor's cookie jar without a browser: anonymous, or logged in through the real login form
 * (JSF view state and all), following no redirects so that tests see where they lead.
 */
public final class WebSession {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final HttpClient http;

  /** The CSP nonce of the last page this visitor received, which a browser's form would post. */
  private String lastNonce;

  private WebSession() {
    http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public static WebSession anonymous() {
    return new WebSession();
  }

  /** Logged in to the portal with a 認証ID (accounts without two-step verification). */
  public static WebSession portal(String authId, String password) {
    WebSession s = new WebSession();
    s.logIn(
        "/portal/login.xhtml", "login", Map.of("login:authId", authId, "login:password", password));
    return s;
  }

  /** Logged in to the console with an officer's login ID. */
  public static WebSession console(String loginId, String password) {
    WebSession s = new WebSession();
    s.logIn(
        "/console/login.xhtml",
        "login",
        Map.of("login:loginId", loginId, "login:password", password));
    return s;
  }

  private void logIn(String page, String form, Map<String, String> fields) {
    HttpResponse<String> login = get(page);
    Matcher m = VIEW_STATE.matcher(login.body());
    if (!m.find()) {
      throw new IllegalStateException("No view state on " + page);
    }
    Map<String, String> params = new LinkedHashMap<>();
    params.put(form, form);
    params.putAll(fields);
    params.put(form + ":submit", "");
    params.put("jakarta.faces.ViewState", m.group(1));
    HttpResponse<String> response = post(page, params);
    if (response.statusCode() != 302 || !location(response).contains("index.xhtml")) {
      throw new IllegalStateException(
          "Login to " + page + " failed: " + response.statusCode() + " " + location(response));
    }
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(TestPorts.baseUrl() + path)).GET().build());
  }

  /**
   * A GET with request headers given as name, value, name, value… (e.g. the {@code Sec-Fetch-*}
   * headers a browser sends for a request another site made).
   */
  public HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestPorts.baseUrl() + path));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request.GET().build());
  }

  /** A form POST with request headers given as name, value, name, value… */
  public HttpResponse<String> post(String path, Map<String, String> params, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(TestPorts.baseUrl() + path))
            .header("Content-Type", "application/x-www-form-urlencoded");
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request.POST(HttpRequest.BodyPublishers.ofString(form(withNonce(params)))).build());
  }

  /**
   * The request parameter of PrimeFaces' CSP nonce. Its script adds it to every form of the page; a
   * form posted without it whose answer renders a page again fails ("CSP nonce mismatch"), so a
   * test posting forms by hand adds it from the page ({@link #nonce}).
   */
  public static final String NONCE_PARAM = "primefaces.nonce";

  private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

  /** The page's CSP nonce (from its policy), as PrimeFaces' script adds it to the page's forms. */
  public static java.util.Optional<String> nonce(HttpResponse<String> page) {
    return page.headers().allValues("Content-Security-Policy").stream()
        .map(NONCE::matcher)
        .filter(Matcher::find)
        .map(m -> m.group(1))
        .findFirst();
  }

  /** The JSF view state of a page's form (the first one on the page). */
  public static String viewState(HttpResponse<String> page) {
    Matcher m = VIEW_STATE.matcher(page.body());
    if (!m.find()) {
      throw new IllegalStateException("No view state on " + page.uri());
    }
    return m.group(1);
  }

  /** A GET whose body is kept as bytes (a PDF, an image). */
  public HttpResponse<byte[]> getBytes(String path) {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create(TestPorts.baseUrl() + path)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> post(String path, Map<String, String> params) {
    String body = form(withNonce(params));
    return send(
        HttpRequest.newBuilder(URI.create(TestPorts.baseUrl() + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /**
   * The form as PrimeFaces' script would post it: with the nonce of the page it came from, unless
   * the test gives one (or none: a form field of that name).
   */
  private Map<String, String> withNonce(Map<String, String> params) {
    if (lastNonce == null
        || !params.containsKey("jakarta.faces.ViewState")
        || params.containsKey(NONCE_PARAM)) {
      return params;
    }
    Map<String, String> withNonce = new LinkedHashMap<>(params);
    withNonce.put(NONCE_PARAM, lastNonce);
    return withNonce;
  }

  private static String form(Map<String, String> params) {
    return params.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      nonce(response).ifPresent(nonce -> lastNonce = nonce);
      return response;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static String location(HttpResponse<?> response) {
    return response.headers().firstValue("Location").orElse("");
  }
}
