package jp.zairyu.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import jp.zairyu.it.support.DeployedEar;
import jp.zairyu.it.support.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * With {@code zairyu.web.https=true} (the production default; the test stack is plain HTTP behind
 * it, as behind a proxy that ends TLS): every answer carries HSTS and the session cookies are
 * Secure.
 */
class HttpsSettingsIT {

  @RegisterExtension
  static final DeployedEar ear =
      DeployedEar.withConfig(
          Map.of(
              "zairyu.web.https", "true",
              // so that a forwarded address from abroad meets the portal's gate
              "zairyu.access.trusted-proxies", "127.0.0.1/32"));

  @ParameterizedTest
  @ValueSource(strings = {"/portal/login.xhtml", "/console/login.xhtml"})
  void pagesCarryHstsAndSecureSessionCookies(String path) {
    HttpResponse<String> page = WebSession.anonymous().get(path);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
    assertThat(BrowserSecurityIT.sessionCookie(page)).containsIgnoringCase("Secure");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/portal/resources/js/session-timeout.js",
        "/console/resources/no-such.css",
        "/console/jakarta.faces.resource/js/idle-timeout.js.xhtml"
      })
  void everyOtherAnswerCarriesHstsToo(String path) {
    HttpResponse<String> answer = WebSession.anonymous().get(path);

    assertThat(answer.headers().firstValue("Strict-Transport-Security"))
        .hasValue("max-age=31536000");
  }

  @Test
  void theGatesRefusalCarriesTheHeadersToo() {
    HttpResponse<String> refused =
        WebSession.anonymous().get("/portal/login.xhtml", "X-Forwarded-For", "8.8.8.8");

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.headers().firstValue("Strict-Transport-Security")).isPresent();
    assertThat(refused.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(refused.headers().allValues("Content-Security-Policy"))
        .anyMatch(policy -> policy.contains("frame-ancestors 'none'"));
  }
}
