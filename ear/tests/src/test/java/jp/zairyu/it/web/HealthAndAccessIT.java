package jp.zairyu.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import jp.zairyu.it.support.DeployedEar;
import jp.zairyu.it.support.TestPorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Over HTTP, as a client: readiness and what an anonymous visitor can reach. */
@ExtendWith(DeployedEar.class)
class HealthAndAccessIT {

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(TestPorts.baseUrl() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void readinessIsUpWithTheDatabaseAndTheBroker() throws Exception {
    HttpResponse<String> response = get("/health/ready");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("\"status\":\"UP\"")
        .contains("database")
        .contains("broker");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/portal/",
        "/portal/index.xhtml",
        "/portal/applications/edit.xhtml",
        "/portal/applications/view.xhtml?id=1",
        "/console/",
        "/console/index.xhtml",
        "/console/cases/view.xhtml?id=1"
      })
  void protectedPagesSendAnonymousVisitorsToTheirLogin(String path) throws Exception {
    HttpResponse<String> response = get(path);

    assertThat(response.statusCode()).isEqualTo(302);
    String app = path.substring(0, path.indexOf('/', 1));
    assertThat(response.headers().firstValue("Location"))
        .get()
        .asString()
        .contains(app + "/login.xhtml");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/portal/login.xhtml", "/console/login.xhtml"})
  void loginPagesAreJapaneseAndLabelled(String path) throws Exception {
    HttpResponse<String> response = get(path);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("lang=\"ja\"").contains("<label").contains("ログイン");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/portal/WEB-INF/web.xml",
        "/portal/WEB-INF/templates/layout.xhtml",
        // the shared templates of web-toolkit (EAR lib/), found by ViewResources for includes only
        "/portal/WEB-INF/templates/site.xhtml",
        "/console/WEB-INF/templates/messages.xhtml",
        "/console/jakarta.faces.resource/WEB-INF/templates/site.xhtml.xhtml",
        "/portal/jakarta.faces.resource/WEB-INF/templates/application-sections.xhtml.xhtml"
      })
  void deploymentDescriptorsAreNeverServed(String path) throws Exception {
    assertThat(get(path).statusCode()).isIn(403, 404);
  }
}
