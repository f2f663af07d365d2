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
  private final CookieManager cookies = new CookieManager();

  /** The CSP nonce of the last page this visitor received, which a browser's form would post. */
  private String lastNonce;

  private WebSession() {
    http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public static WebSession anonymous() {
    return new WebSession();
  }

  /**
   * Logged in to the portal through the load balancer of a clustered stack, pinned to one instance
   * by the balancer's cookie set beforehand (HAProxy sends a request carrying it to that instance
   * while it is up).
   */
  public static WebSession portalOn(
      String cookie, String instance, String authId, String password) {
    WebSession s = new WebSession();
    s.pin(cookie, instance);
    s.logIn(
        "/portal/login.xhtml", "login", Map.of("login:authId", authId, "login:password", password));
    return s;
  }

  /**
   * Logged in to the console through the load balancer of a clustered stack, pinned to one instance
   * like {@link #portalOn} (an officer without a second factor).
   */
  public static WebSession consoleOn(
      String cookie, String instance, String loginId, String password) {
    WebSession s = new WebSession();
    s.pin(cookie, instance);
    s.logIn(
        "/console/login.xhtml",
        "login",
        Map.of("login:loginId", loginId, "login:password", password, "login:code", ""));
    return s;
  }

  /** Logged in to the portal with a 認証ID (accounts without two-step verification). */
  public static WebSession portal(String authId, String password) {
    WebSession s = new WebSession();
    s.logIn(
        "/portal/login.xhtml", "login", Map.of("login:authId", authId, "login:password", password));
    return s;
  }

  /**
   * Logged in to the console with an officer's login ID (a demo ADMIN with the code of the demo
   * authenticator, {@link OfficerCodes}).
   */
  public static WebSession console(String loginId, String password) {
    return console(
        loginId, password, OfficerCodes.needsCode(loginId) ? OfficerCodes.next(loginId) : "");
  }

  /** Logged in to the console with the login ID, password and authenticator code given. */
  public static WebSession console(String loginId, String password, String code) {
    WebSession s = new WebSession();
    s.logIn(
        "/console/login.xhtml",
        "login",
        Map.of("login:loginId", loginId, "login:password", password, "login:code", code));
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
    // logged in: sent on to the home page (or an ADMIN without a second factor to enrol one)
    if (response.statusCode() != 302 || location(response).contains("login.xhtml")) {
      throw new IllegalStateException(
          "Login to " + page + " failed: " + response.statusCode() + " " + location(response));
    }
  }

  /**
   * Holds the balancer's cookie naming {@code instance}, as a browser would after the balancer set
   * it: the JDK's cookie manager stores a received cookie under the request's host as its domain,
   * so the pin has that domain too, and the balancer's next {@code Set-Cookie} (another instance,
   * after a failover) replaces it instead of being stored beside it.
   */
  private void pin(String cookie, String instance) {
    URI base = URI.create(TestPorts.baseUrl() + "/");
    var pin = new java.net.HttpCookie(cookie, instance);
    pin.setPath("/");
    pin.setDomain(base.getHost());
    pin.setVersion(0);
    cookies.getCookieStore().add(base, pin);
  }

  /** The value of a cookie this visitor holds (e.g. the load balancer's), if any. */
  public java.util.Optional<String> cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals(name))
        .map(java.net.HttpCookie::getValue)
        .findFirst();
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

  /** The view state of a page's first form, for a post that follows it. */
  public static String viewState(String page) {
    Matcher m = VIEW_STATE.matcher(page);
    if (!m.find()) {
      throw new IllegalStateException("No view state on the page");
    }
    return m.group(1);
  }

  /** A form post whose body is already URL-encoded (it may hold bytes no browser would send). */
  public HttpResponse<String> postEncoded(String path, String body) {
    if (lastNonce != null
        && body.contains("jakarta.faces.ViewState=")
        && !body.contains(NONCE_PARAM + "=")) {
      body += "&" + NONCE_PARAM + "=" + URLEncoder.encode(lastNonce, StandardCharsets.UTF_8);
    }
    return send(
        HttpRequest.newBuilder(URI.create(TestPorts.baseUrl() + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /**
   * A multipart post, as a form with {@code enctype="multipart/form-data"} sends it without the
   * page's script: the fields, then one file.
   */
  public HttpResponse<String> postMultipart(
      String path, Map<String, String> fields, String fileField, String fileName, byte[] file) {
    return postMultipart(
        path, fields, fileField, fileName, "application/octet-stream", file, false);
  }

  /**
   * The same, sent in chunks (without a Content-Length) when {@code chunked}, as a client that
   * streams the file does.
   */
  public HttpResponse<String> postMultipart(
      String path,
      Map<String, String> fields,
      String fileField,
      String fileName,
      byte[] file,
      boolean chunked) {
    return postMultipart(
        path, fields, fileField, fileName, "application/octet-stream", file, chunked);
  }

  /** A multipart post (an upload) with the given text fields and one file of the type given. */
  public HttpResponse<String> postMultipart(
      String path,
      Map<String, String> fields,
      String fileField,
      String fileName,
      String mediaType,
      byte[] content) {
    return postMultipart(path, fields, fileField, fileName, mediaType, content, false);
  }

  private HttpResponse<String> postMultipart(
      String path,
      Map<String, String> fields,
      String fileField,
      String fileName,
      String mediaType,
      byte[] content,
      boolean chunked) {
    String boundary = "----zairyu" + Long.toHexString(System.nanoTime());
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream(content.length + 4096);
    java.util.function.Consumer<String> text =
        t -> body.writeBytes(t.getBytes(StandardCharsets.UTF_8));
    withNonce(fields)
        .forEach(
            (name, value) ->
                text.accept(
                    "--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + name
                        + "\"\r\n\r\n"
                        + value
                        + "\r\n"));
    text.accept(
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + fileField
            + "\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: "
            + mediaType
            + "\r\n\r\n");
    body.writeBytes(content);
    text.accept("\r\n--" + boundary + "--\r\n");
    byte[] bytes = body.toByteArray();
    return send(
        HttpRequest.newBuilder(URI.create(TestPorts.baseUrl() + path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(
                chunked
                    ? HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(bytes))
                    : HttpRequest.BodyPublishers.ofByteArray(bytes))
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
