package jp.zairyu.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import jp.zairyu.it.support.DeployedEar;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Without trusted proxies (the production default) a client's own {@code X-Forwarded-For} changes
 * nothing: the test stack's loopback client is allowed (allow-local is on for the stack) whatever
 * the header claims.
 */
@ExtendWith(DeployedEar.class)
class ForwardedHeaderIgnoredIT {

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @ParameterizedTest(name = "{0} claiming {1} -> 200")
  @CsvSource({
    "/portal/login.xhtml, 8.8.8.8",
    "/portal/login.xhtml, 2001:4860:4860::8888",
    "/portal/login.xhtml, garbage",
    "/console/login.xhtml, 8.8.8.8",
    "/console/login.xhtml, 2001:4860:4860::8888"
  })
  void theHeaderIsIgnored(String path, String claimed) throws Exception {
    assertThat(EdgeAccessIT.get(http, path, claimed).statusCode()).isEqualTo(200);
  }
}
