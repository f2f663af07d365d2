package jp.zairyu.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import jp.zairyu.it.support.DeployedEar;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 15, browser and transport, over HTTP: the headers of every kind of answer (page, resource,
 * download, error, refusal) of both WARs, the session cookies, and that no GET and no request
 * forged by another site changes anything (the console's timeout logout, the documents' audit, the
 * portal's keep-alive and logout). The test stack is plain HTTP: no Secure, no HSTS here (see
 * {@code HttpsSettingsIT}).
 */
@ExtendWith(DeployedEar.class)
class BrowserSecurityIT {

  /** What a browser sends for an image, object or fetch that a page of another site made. */
  private static final String[] FORGED_SUBRESOURCE = {
    "Sec-Fetch-Site", "cross-site", "Sec-Fetch-Mode", "no-cors", "Sec-Fetch-Dest", "image"
  };

  /** What a browser sends when a page of another site posts a form or navigates the window. */
  private static final String[] CROSS_SITE_NAVIGATION = {
    "Sec-Fetch-Site", "cross-site", "Sec-Fetch-Mode", "navigate", "Sec-Fetch-Dest", "document"
  };

  private static final String[] OWN_PAGE = {
    "Sec-Fetch-Site", "same-origin", "Sec-Fetch-Mode", "navigate", "Sec-Fetch-Dest", "document"
  };

  private static void assertCommonHeaders(HttpResponse<?> response) {
    var headers = response.headers();
    assertThat(headers.firstValue("X-Content-Type-Options"))
        .as(response.uri() + " nosniff")
        .hasValue("nosniff");
    assertThat(headers.firstValue("Referrer-Policy"))
        .as(response.uri() + " referrer")
        .hasValue("same-origin");
    assertThat(headers.firstValue("Server")).as(response.uri() + " Server").isEmpty();
    assertThat(headers.firstValue("X-Powered-By")).as(response.uri() + " X-Powered-By").isEmpty();
    assertThat(headers.firstValue("Strict-Transport-Security")).as("plain HTTP: no HSTS").isEmpty();
    List<String> policies = headers.allValues("Content-Security-Policy");
    assertThat(policies).as(response.uri() + " CSP").isNotEmpty();
    assertThat(String.join(" ", policies)).contains("frame-ancestors");
    for (String policy : policies) {
      assertThat(policy).as("no eval").doesNotContain("unsafe-eval");
      String scripts = directive(policy, "script-src");
      assertThat(scripts).as("script-src of " + policy).doesNotContain("unsafe-inline");
    }
  }

  private static String directive(String policy, String name) {
    for (String part : policy.split(";")) {
      if (part.strip().startsWith(name + " ")) {
        return part.strip();
      }
    }
    return "";
  }

  @ParameterizedTest
  @ValueSource(strings = {"/portal/login.xhtml", "/console/login.xhtml"})
  void pagesHaveAStrictPolicyWithANonceAndAreNeverFramed(String path) {
    HttpResponse<String> page = WebSession.anonymous().get(path);

    assertThat(page.statusCode()).isEqualTo(200);
    assertCommonHeaders(page);
    String policy = String.join("; ", page.headers().allValues("Content-Security-Policy"));
    assertThat(policy)
        .contains("frame-ancestors 'none'")
        .containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=]+'")
        .contains("object-src 'none'");
    // every script of the page carries the nonce; no handler attribute is left inline
    String nonce = WebSession.nonce(page).orElseThrow();
    assertThat(page.body())
        .doesNotContainPattern("<script(?![^>]*nonce=\"" + nonce.replace("+", "\\+") + "\")");
    assertThat(page.body())
        .doesNotContainPattern("\\son(click|change|submit|load|keyup|keydown|blur|focus)=");
    // and the nonce is new on every request
    assertThat(WebSession.nonce(WebSession.anonymous().get(path))).isNotEqualTo(nonce);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/portal/jakarta.faces.resource/core.js.xhtml?ln=primefaces",
        "/portal/jakarta.faces.resource/css/zairyu.css.xhtml",
        "/portal/jakarta.faces.resource/css/base.css.xhtml",
        "/console/jakarta.faces.resource/css/base.css.xhtml",
        "/portal/resources/js/session-timeout.js",
        "/console/jakarta.faces.resource/js/idle-timeout.js.xhtml",
        "/console/resources/css/zairyu.css"
      })
  void resourcesHaveTheHeadersAndTheFallbackPolicy(String path) {
    HttpResponse<String> resource = WebSession.anonymous().get(path);

    assertThat(resource.statusCode()).isEqualTo(200);
    assertCommonHeaders(resource);
    assertThat(resource.headers().allValues("Content-Security-Policy"))
        .contains(
            "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
                + " frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/portal/resources/no-such-file.js", "/console/resources/no-such.css"})
  void notFoundAnswersNameNoServer(String path) {
    HttpResponse<String> missing = WebSession.anonymous().get(path);

    assertThat(missing.statusCode()).isEqualTo(404);
    assertCommonHeaders(missing);
    assertThat(missing.body()).doesNotContain("Payara").doesNotContain("GlassFish");
  }

  @Test
  void answersOutsideBothApplicationsNameNoServerEither() {
    HttpResponse<String> missing = WebSession.anonymous().get("/no-such-application/page");

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Server")).isEmpty();
    assertThat(missing.headers().firstValue("X-Powered-By")).isEmpty();
    assertThat(missing.body()).doesNotContain("Payara").doesNotContain("GlassFish");
  }

  @Test
  void downloadsKeepTheirOwnPolicyAndRefusalsHaveTheHeaders() {
    WebSession lawyer = WebSession.portal(Fixtures.LAWYER_AUTH_ID, Fixtures.DEMO_PASSWORD);
    HttpResponse<String> notTheirs = lawyer.get("/portal/applications/attachment?id=999999999");
    assertThat(notTheirs.statusCode()).isEqualTo(404);
    assertCommonHeaders(notTheirs);

    WebSession examiner = WebSession.console(Fixtures.TOKYO_EXAMINER, Fixtures.DEMO_PASSWORD);
    HttpResponse<String> document =
        examiner.get("/console/cases/document?case=999999999&id=1", OWN_PAGE);
    assertThat(document.statusCode()).isEqualTo(404);
    assertCommonHeaders(document);
  }

  @Test
  void sessionCookiesAreHttpOnlyLaxInThePortalAndStrictInTheConsole() {
    String portal = sessionCookie(WebSession.anonymous().get("/portal/login.xhtml"));
    assertThat(portal)
        .contains("HttpOnly")
        .containsIgnoringCase("SameSite=Lax")
        .doesNotContainIgnoringCase("Secure;")
        .doesNotEndWith("Secure");

    String console = sessionCookie(WebSession.anonymous().get("/console/login.xhtml"));
    assertThat(console)
        .contains("HttpOnly")
        .containsIgnoringCase("SameSite=Strict")
        .doesNotContainIgnoringCase("Secure;")
        .doesNotEndWith("Secure");
  }

  static String sessionCookie(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
  }

  @Test
  void anotherSiteCannotLoadTheConsolesDocumentsNorItsPages() {
    WebSession examiner = WebSession.console(Fixtures.TOKYO_EXAMINER, Fixtures.DEMO_PASSWORD);

    for (String path :
        List.of(
            "/console/cases/document?case=1&id=1",
            "/console/cases/application.pdf?id=1",
            "/console/cases/view.xhtml?id=1",
            "/console/index.xhtml")) {
      HttpResponse<String> forged = examiner.get(path, FORGED_SUBRESOURCE);
      assertThat(forged.statusCode()).as(path).isEqualTo(403);
      assertThat(forged.body()).contains("他のサイト").contains("other sites");
      assertCommonHeaders(forged);
    }
    // the session is untouched and the console's own pages still work
    assertThat(examiner.get("/console/index.xhtml", OWN_PAGE).statusCode()).isEqualTo(200);
  }

  @Test
  void theIdleTimeoutLogoutEndsTheSessionOnlyWhenTheConsolesOwnPageAsks() {
    WebSession examiner = WebSession.console(Fixtures.TOKYO_EXAMINER, Fixtures.DEMO_PASSWORD);

    HttpResponse<String> forged =
        examiner.get("/console/login.xhtml?reason=timeout", CROSS_SITE_NAVIGATION);
    assertThat(forged.statusCode()).isEqualTo(302);
    assertThat(WebSession.location(forged)).endsWith("/console/index.xhtml");
    assertThat(examiner.get("/console/index.xhtml", OWN_PAGE).statusCode())
        .as("still logged in")
        .isEqualTo(200);

    HttpResponse<String> own = examiner.get("/console/login.xhtml?reason=timeout", OWN_PAGE);
    assertThat(own.statusCode()).isEqualTo(302);
    assertThat(WebSession.location(own)).contains("/console/login.xhtml?reason=timeout");
    HttpResponse<String> after = examiner.get("/console/index.xhtml", OWN_PAGE);
    assertThat(after.statusCode()).isEqualTo(302);
    assertThat(WebSession.location(after)).contains("/console/login.xhtml");
  }

  @Test
  void thePortalsKeepAliveIsAPostOfItsOwnPages() {
    WebSession lawyer = WebSession.portal(Fixtures.LAWYER_AUTH_ID, Fixtures.DEMO_PASSWORD);

    assertThat(lawyer.get("/portal/session/keepalive").statusCode()).isEqualTo(405);
    assertThat(lawyer.post("/portal/session/keepalive", Map.of(), FORGED_SUBRESOURCE).statusCode())
        .isEqualTo(403);
    assertThat(lawyer.post("/portal/session/keepalive", Map.of(), OWN_PAGE).statusCode())
        .isEqualTo(204);
  }

  @Test
  void aFormPostedWithoutItsPagesNonceIsABadRequestWithAMessage() {
    WebSession visitor = WebSession.anonymous();
    HttpResponse<String> login = visitor.get("/portal/login.xhtml", OWN_PAGE);
    Map<String, String> wrongPassword =
        Map.of(
            "login",
            "login",
            "login:authId",
            "Z999999990", // an ID nobody has: the failed login locks no account
            "login:password",
            "not the password",
            "login:submit",
            "",
            "jakarta.faces.ViewState",
            WebSession.viewState(login),
            WebSession.NONCE_PARAM,
            "");

    HttpResponse<String> answer = visitor.post("/portal/login.xhtml", wrongPassword, OWN_PAGE);

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("受け付けられません").contains("cannot be accepted");
    assertCommonHeaders(answer);
  }

  @ParameterizedTest
  @ValueSource(strings = {"portal", "console"})
  void logoutIsAPostWithTheViewStateThatNoOtherSiteCanForge(String app) {
    WebSession session =
        app.equals("portal")
            ? WebSession.portal(Fixtures.LAWYER_AUTH_ID, Fixtures.DEMO_PASSWORD)
            : WebSession.console(Fixtures.TOKYO_EXAMINER, Fixtures.DEMO_PASSWORD);
    String index = "/" + app + "/index.xhtml";
    HttpResponse<String> page = session.get(index, OWN_PAGE);
    assertThat(page.statusCode()).isEqualTo(200);
    Map<String, String> logout =
        Map.of(
            "logoutForm",
            "logoutForm",
            "logoutForm:logout",
            "ログアウト / Log out",
            "jakarta.faces.ViewState",
            WebSession.viewState(page),
            WebSession.NONCE_PARAM,
            WebSession.nonce(page).orElseThrow());

    // the same form, posted by a page of another site: refused, the session lives on
    assertThat(session.post(index, logout, CROSS_SITE_NAVIGATION).statusCode()).isEqualTo(403);
    assertThat(session.get(index, OWN_PAGE).statusCode()).isEqualTo(200);
    // a GET of the login page ends nothing either
    session.get("/" + app + "/login.xhtml", OWN_PAGE);
    assertThat(session.get(index, OWN_PAGE).statusCode()).isEqualTo(200);

    // posted by the page itself: logged out
    HttpResponse<String> out = session.post(index, logout, OWN_PAGE);
    assertThat(out.statusCode()).isEqualTo(302);
    assertThat(WebSession.location(out)).contains("/" + app + "/login.xhtml");
    assertThat(session.get(index, OWN_PAGE).statusCode()).isEqualTo(302);
  }
}
