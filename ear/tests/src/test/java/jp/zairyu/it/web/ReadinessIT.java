package jp.zairyu.it.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import jp.zairyu.devstack.RunningStack;
import jp.zairyu.it.support.DeployedEar;
import jp.zairyu.it.support.TestPorts;
import jp.zairyu.it.support.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Readiness follows the database and the broker: 503 while one is away, 200 once it is back. */
@ExtendWith(DeployedEar.class)
class ReadinessIT {

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> ready() throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(TestPorts.baseUrl() + "/health/ready"))
            .timeout(Duration.ofSeconds(30))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void notReadyWhileTheBrokerIsDownAndReadyOnceItIsBack() throws Exception {
    RunningStack stack = TestStack.running();
    await().atMost(Duration.ofSeconds(30)).until(() -> ready().statusCode() == 200);

    try (RunningStack.Outage outage = stack.brokerOutage()) {
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofSeconds(1))
          .until(() -> ready().statusCode() == 503);
      HttpResponse<String> down = ready();
      assertThat(down.body()).contains("\"status\":\"DOWN\"").contains("broker");
      assertThat(down.body()).containsPattern("\"name\":\"database\",\"status\":\"UP\"");
    }

    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> ready().statusCode() == 200);
  }

  @Test
  void notReadyWhileTheDatabaseIsDownAndReadyOnceItIsBack() throws Exception {
    RunningStack stack = TestStack.running();
    await().atMost(Duration.ofSeconds(30)).until(() -> ready().statusCode() == 200);

    try (RunningStack.Outage outage = stack.databaseOutage()) {
      await()
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofSeconds(1))
          .until(() -> ready().statusCode() == 503);
      HttpResponse<String> down = ready();
      assertThat(down.body()).contains("\"status\":\"DOWN\"");
      assertThat(down.body()).containsPattern("\"name\":\"database\",\"status\":\"DOWN\"");
      assertThat(down.body()).containsPattern("\"name\":\"broker\",\"status\":\"UP\"");
    }

    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> ready().statusCode() == 200);
  }
}
