package jp.zairyu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** An administrator schedules maintenance in the console; examiners cannot. */
class MaintenanceSchedulingIT {

  @RegisterExtension static final Browsers browsers = new Browsers();

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

  private static LocalDateTime inJapan(long hoursFromNow) {
    return LocalDateTime.now(ZoneId.of("Asia/Tokyo"))
        .plusHours(hoursFromNow)
        .truncatedTo(ChronoUnit.MINUTES);
  }

  @Test
  void anAdministratorSchedulesAWindowAndIsToldWhatIsWrong() {
    LoginPage.console(browser, base).logIn(ConsoleFixtures.newAdmin(), Fixtures.DEMO_PASSWORD);
    new IntakePage(browser);
    assertThat(browser.findElements(By.partialLinkText("メンテナンス"))).hasSize(1);
    MaintenancePage page = MaintenancePage.open(browser, base);

    MaintenancePage refused =
        page.schedule(inJapan(48), inJapan(47), "停止します。", "Closed for maintenance.");
    assertThat(refused.messages())
        .anyMatch(m -> m.contains("終了日時は開始日時より後") && m.contains("after the start"));

    MaintenancePage past =
        refused.schedule(inJapan(-2), inJapan(1), "停止します。", "Closed for maintenance.");
    assertThat(past.messages()).anyMatch(m -> m.contains("過去") && m.contains("past"));

    MaintenancePage scheduled =
        past.schedule(inJapan(48), inJapan(50), "定期メンテナンスです。", "Regular maintenance.");
    assertThat(scheduled.messages()).anyMatch(m -> m.contains("予定しました"));
    assertThat(scheduled.scheduled()).contains("定期メンテナンスです。", "Regular maintenance.");

    browser.findElement(By.cssSelector("[id$=':cancel']")).click();
    assertThat(new AfterCancel(browser).text()).contains("予定されたメンテナンスはありません");
  }

  @Test
  void examinersCannotOpenTheMaintenancePage() {
    LoginPage.console(browser, base).logIn(Fixtures.TOKYO_EXAMINER, Fixtures.DEMO_PASSWORD);
    new IntakePage(browser);

    browser.get(base + "/console/admin/maintenance.xhtml");

    assertThat(browser.findElements(By.id("schedule:submit"))).isEmpty();
    assertThat(browser.findElements(By.partialLinkText("メンテナンス"))).isEmpty();
  }

  /** The maintenance page once it confirms the cancellation. */
  private static final class AfterCancel {
    private final WebDriver driver;

    AfterCancel(WebDriver driver) {
      this.driver = driver;
      new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30))
          .until(d -> d.getPageSource().contains("取り消しました"));
    }

    String text() {
      return driver.findElement(By.tagName("body")).getText();
    }
  }
}
