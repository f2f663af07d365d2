package jp.zairyu.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import jp.zairyu.it.support.DeployedEar;
import jp.zairyu.it.support.TestPorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Behind a trusted proxy (the test itself on 127.0.0.1, with {@code
 * zairyu.access.trusted-proxies=127.0.0.1/32} in this deployment's configuration): the portal
 * serves Japanese clients and refuses foreign ones, IPv4 and IPv6; the console refuses clients
 * outside its networks; health stays reachable; refusals are counted.
 */
class EdgeAccessIT {

  @RegisterExtension
  static final DeployedEar ear =
      DeployedEar.withConfig(Map.of("zairyu.access.trusted-proxies", "127.0.0.1/32"));

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  static HttpResponse<String> get(HttpClient http, String path, String forwardedFor)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestPorts.baseUrl() + path));
    if (forwardedFor != null) {
      request.header("X-Forwarded-For", forwardedFor);
    }
    return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  @ParameterizedTest(name = "{0} from {1} -> {2}")
  @CsvSource({
    "/portal/login.xhtml, 133.11.0.1, 200",
    "/portal/login.xhtml, 2400:4050::1, 200",
    "/portal/login.xhtml, 8.8.8.8, 403",
    "/portal/login.xhtml, 2001:4860:4860::8888, 403",
    "/portal/login.xhtml, '203.0.113.9, 133.11.0.1', 200",
    "/portal/login.xhtml, '133.11.0.1, 8.8.8.8', 403",
    "/portal/login.xhtml, unknown, 403",
    "/portal/resources/css/zairyu.css, 8.8.8.8, 403",
    "/console/login.xhtml, 127.0.0.1, 200",
    "/console/login.xhtml, ::1, 200",
    "/console/login.xhtml, 133.11.0.1, 403",
    "/console/login.xhtml, 8.8.8.8, 403",
    "/health/ready, 8.8.8.8, 200"
  })
  void theClientIsTheRightMostAddressTheProxyRecorded(String path, String client, int status)
      throws Exception {
    assertThat(get(http, path, client).statusCode()).isEqualTo(status);
  }

  @Test
  void aForeignClientLearnsWhyInJapaneseAndEnglish() throws Exception {
    HttpResponse<String> response = get(http, "/portal/login.xhtml", "8.8.8.8");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("Content-Type")).get().asString().contains("UTF-8");
    assertThat(response.body())
        .contains("<html lang=\"ja\">")
        .contains("日本国外からはご利用いただけません")
        .contains("lang=\"en\"")
        .contains("Not available from outside Japan")
        .doesNotContain("8.8.8.8");
  }

  @Test
  void refusalsAreCountedByCountryWithoutAddresses() throws Exception {
    get(http, "/portal/login.xhtml", "2001:4860:4860::8888");
    get(http, "/console/login.xhtml", "133.11.0.1");

    String metrics = get(http, "/metrics?scope=application", null).body();

    assertThat(metrics)
        .containsPattern(
            "zairyu_access_refused_total\\{[^}]*country=\"US\"[^}]*front_end=\"portal\"")
        .containsPattern(
            "zairyu_access_refused_total\\{[^}]*country=\"JP\"[^}]*front_end=\"console\"")
        .doesNotContain("2001:4860");
  }
}
