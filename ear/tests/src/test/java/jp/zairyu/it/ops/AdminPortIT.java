package jp.zairyu.it.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import jp.zairyu.devstack.RunningStack;
import jp.zairyu.devstack.StackSettings;
import jp.zairyu.it.support.TestPorts;
import jp.zairyu.it.support.TestStack;
import org.junit.jupiter.api.Test;

/**
 * Payara's admin port (console, REST, asadmin) of the test stack: nothing without the admin's
 * password, and even with it the database password is nowhere in clear: the recovery pool names a
 * password alias, and the application gets its secrets from the environment, not from system
 * properties. No deployment needed: the admin port is the server's.
 */
class AdminPortIT {

  private static final String ADMIN = "http://127.0.0.1:" + TestPorts.ADMIN;
  private static final String POOL_PROPERTIES =
      "/management/domain/resources/jdbc-connection-pool/zairyu-xa-recovery/property";
  private static final String SYSTEM_PROPERTIES =
      "/management/domain/servers/server/server/system-property";

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(String path, String authorization) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create(ADMIN + path))
            .header("Accept", "application/json")
            .timeout(Duration.ofSeconds(30));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theAdminRestInterfaceRefusesAnyoneWithoutThePassword() throws Exception {
    RunningStack stack = TestStack.running();

    assertThat(get("/management/domain", null).statusCode()).isEqualTo(401);
    assertThat(get(POOL_PROPERTIES, null).statusCode()).isEqualTo(401);
    assertThat(get(POOL_PROPERTIES, basic("admin", "")).statusCode()).isEqualTo(401);
    assertThat(get(POOL_PROPERTIES, basic("admin", "wrong-" + stack.adminPassword())).statusCode())
        .isEqualTo(401);
    assertThat(
            get("/management/domain", basic(stack.adminUser(), stack.adminPassword())).statusCode())
        .isEqualTo(200);
  }

  @Test
  void theDatabasePasswordIsNotShownInClear() throws Exception {
    RunningStack stack = TestStack.running();
    String admin = basic(stack.adminUser(), stack.adminPassword());

    HttpResponse<String> pool = get(POOL_PROPERTIES, admin);
    assertThat(pool.statusCode()).isEqualTo(200);
    assertThat(pool.body())
        .contains("\"name\":\"password\"")
        .contains("${ALIAS=zairyu-db-password}")
        .doesNotContain(
            "\"name\":\"password\",\"value\":\"" + StackSettings.DATABASE_PASSWORD + "\"");

    HttpResponse<String> systemProperties = get(SYSTEM_PROPERTIES, admin);
    assertThat(systemProperties.statusCode()).isEqualTo(200);
    assertThat(systemProperties.body())
        .contains("zairyu.db.url")
        .doesNotContain("zairyu.db.password")
        .doesNotContain("zairyu.audit.hmac-key")
        .doesNotContain("zairyu.totp.encryption-key");
  }
}
