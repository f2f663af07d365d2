package jp.zairyu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import jp.zairyu.it.browser.pages.IntakePage;
import jp.zairyu.it.browser.pages.LoginPage;
import jp.zairyu.it.browser.pages.MaintenancePage;
import jp.zairyu.it.support.ConsoleFixtures;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.MaintenanceWindows;
import jp.zairyu.it.support.TestPorts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;

/**
 * The pages of the edge, as a browser shows them, have no WCAG 2.1 A/AA violation axe-core finds:
 * the refusal pages of both front ends (the browser claims a foreign address through {@code
 * X-Forwarded-For}, believed because this deployment trusts 127.0.0.1 as a proxy), the portal's
 * announcement of maintenance and its maintenance page, and the console's maintenance page.
 */
class GatePagesAccessibilityIT {

  @RegisterExtension
  static final Browsers browsers =
      Browsers.onEarWithConfig(
          Map.of(
              "zairyu.access.trusted-proxies", "127.0.0.1/32",
              "zairyu.maintenance.refresh-seconds", "1"));

  private final String base = TestPorts.baseUrl();
  private WebDriver browser;

  @BeforeEach
  void openBrowser() {
    browser = browsers.of("browser");
  }

  @AfterEach
  void removeWindows() throws Exception {
    MaintenanceWindows.removeAll();
  }

  private void assertAccessible(String state) {
    assertThat(Accessibility.scan(browser, state)).hasNoViolations();
  }

  /** Every request of the browser from now on carries this X-Forwarded-For. */
  private void claimToComeFrom(String address) {
    HasCdp cdp = (HasCdp) browser;
    cdp.executeCdpCommand("Network.enable", Map.of());
    cdp.executeCdpCommand(
        "Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For", address)));
  }

  @Test
  void refusalPagesOfBothFrontEnds() {
    claimToComeFrom("8.8.8.8");

    browser.get(base + "/portal/login.xhtml");
    assertThat(browser.getPageSource()).contains("日本国外からはご利用いただけません");
    assertAccessible("portal, refused outside Japan");

    browser.get(base + "/console/login.xhtml");
    assertThat(browser.getPageSource()).contains("アクセスできません");
    assertAccessible("console, refused outside the internal network");
  }

  @Test
  void maintenanceAnnouncedThenInForce() throws Exception {
    claimToComeFrom("133.11.0.1");
    Instant now = Instant.now();
    MaintenanceWindows.add(
        now.plus(Duration.ofDays(1)),
        now.plus(Duration.ofDays(1)).plus(Duration.ofHours(2)),
        "定期メンテナンスのため停止します。",
        "Closed for regular maintenance.");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> {
              browser.get(base + "/portal/login.xhtml");
              return browser.getPageSource().contains("定期メンテナンスのため停止します。");
            });
    assertAccessible("portal login with a maintenance announcement");

    MaintenanceWindows.add(
        now.minus(Duration.ofMinutes(1)),
        now.plus(Duration.ofHours(1)),
        "更新作業中です。",
        "An upgrade is in progress.");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> {
              browser.get(base + "/portal/login.xhtml");
              return browser.getPageSource().contains("ただいまメンテナンス中です");
            });
    assertAccessible("portal maintenance page");
  }

  @Test
  void consoleMaintenancePageEmptyRefusedAndWithAWindow() {
    LoginPage.console(browser, base).logIn(ConsoleFixtures.newAdmin(), Fixtures.DEMO_PASSWORD);
    new IntakePage(browser);
    assertAccessible("console intake as an administrator");

    MaintenancePage page = MaintenancePage.open(browser, base);
    assertAccessible("console maintenance, empty");

    LocalDateTime start =
        LocalDateTime.now(ZoneId.of("Asia/Tokyo")).plusDays(3).truncatedTo(ChronoUnit.MINUTES);
    MaintenancePage refused = page.schedule(start, start.minusHours(1), "停止", "Closed");
    assertThat(refused.messages()).isNotEmpty();
    assertAccessible("console maintenance, refused");

    MaintenancePage scheduled = refused.schedule(start, start.plusHours(2), "停止", "Closed");
    assertThat(scheduled.scheduled()).contains("停止");
    assertAccessible("console maintenance, with a window");
  }
}
