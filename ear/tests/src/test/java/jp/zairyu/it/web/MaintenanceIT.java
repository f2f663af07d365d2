package jp.zairyu.it.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import jp.zairyu.it.support.DeployedEar;
import jp.zairyu.it.support.MaintenanceWindows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Maintenance windows as the portal's visitors meet them: announced in advance on every page, then
 * a 503 maintenance page with Retry-After, while the console, health and static resources stay up.
 * The portal reads the windows every second here ({@code zairyu.maintenance.refresh-seconds=1}; 5
 * by default).
 */
class MaintenanceIT {

  @RegisterExtension
  static final DeployedEar ear =
      DeployedEar.withConfig(Map.of("zairyu.maintenance.refresh-seconds", "1"));

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private HttpResponse<String> get(String path) throws Exception {
    return EdgeAccessIT.get(http, path, null);
  }

  @AfterEach
  void removeWindows() throws Exception {
    MaintenanceWindows.removeAll();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> get("/portal/login.xhtml").statusCode() == 200);
  }

  @Test
  void anUpcomingWindowIsAnnouncedOnThePortal() throws Exception {
    Instant start = Instant.now().plus(Duration.ofDays(2));
    MaintenanceWindows.add(
        start, start.plus(Duration.ofHours(3)), "システム更新のため停止します。", "Closed for an upgrade.");

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              HttpResponse<String> page = get("/portal/login.xhtml");
              assertThat(page.statusCode()).isEqualTo(200);
              assertThat(page.body())
                  .contains("メンテナンスのお知らせ")
                  .contains("システム更新のため停止します。")
                  .contains("Closed for an upgrade.");
            });
  }

  @Test
  void duringTheWindowThePortalShowsTheMaintenancePageAndTheRestStaysUp() throws Exception {
    Instant now = Instant.now();
    MaintenanceWindows.add(
        now.minus(Duration.ofMinutes(1)),
        now.plus(Duration.ofHours(1)),
        "ただいま更新作業中です。",
        "An upgrade is in progress.");

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> get("/portal/login.xhtml").statusCode() == 503);
    HttpResponse<String> page = get("/portal/login.xhtml");

    assertThat(page.headers().firstValue("Retry-After"))
        .get()
        .satisfies(value -> assertThat(Long.parseLong(value)).isBetween(1L, 3600L));
    assertThat(page.body())
        .contains("<html lang=\"ja\">")
        .contains("ただいまメンテナンス中です")
        .contains("ただいま更新作業中です。")
        .contains("An upgrade is in progress.")
        .contains("保存済みの下書きはそのまま残っています");
    assertThat(get("/portal/").statusCode()).isIn(302, 503);
    assertThat(get("/portal/resources/css/zairyu.css").statusCode()).isEqualTo(200);
    assertThat(get("/console/login.xhtml").statusCode()).isEqualTo(200);
    assertThat(get("/health/ready").statusCode()).isEqualTo(200);
  }
}
