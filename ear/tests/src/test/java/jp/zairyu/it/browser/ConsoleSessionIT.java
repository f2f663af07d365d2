package jp.zairyu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import jp.zairyu.it.browser.pages.IdleWarning;
import jp.zairyu.it.browser.pages.IntakePage;
import jp.zairyu.it.browser.pages.LoginPage;
import jp.zairyu.it.support.ConsoleFixtures;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.TestPorts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console's session in a real browser: the idle-timeout warning (shown before the session
 * expires, keyboard-usable, Continue keeps the session, the end of the countdown logs out) and the
 * page an officer meets when the role does not allow a page (403), each checked with axe-core.
 */
class ConsoleSessionIT {

  @RegisterExtension static final Browsers browsers = new Browsers();

  private final String base = TestPorts.baseUrl();
  private WebDriver browser;

  @BeforeEach
  void openBrowser() {
    browser = browsers.of("browser");
  }

  // the warning's buttons and the keep-alive work under the Content-Security-Policy: Browsers
  // fails a test whose browser reported a violation

  private void assertAccessible(String state) {
    assertThat(Accessibility.scan(browser, state)).hasNoViolations();
  }

  @Test
  void theIdleWarningAppearsWithFocusAndContinueKeepsTheSession() {
    LoginPage.console(browser, base).logIn(Fixtures.TOKYO_EXAMINER, Fixtures.DEMO_PASSWORD);
    new IntakePage(browser);
    IdleWarning warning = new IdleWarning(browser);
    assertThat(warning.shown()).isFalse();
    WebElement box = browser.findElement(By.id("idleWarning"));
    assertThat(box.getAttribute("data-timeout")).isEqualTo("1800");
    assertThat(box.getAttribute("data-warn")).isEqualTo("300");

    warning.shorten(60, 58).awaitShown();
    assertThat(warning.dialog().getAttribute("role")).isEqualTo("alertdialog");
    assertThat(warning.dialog().getAttribute("aria-modal")).isEqualTo("true");
    assertThat(warning.focusedId()).isEqualTo("idleContinue");
    assertThat(warning.countdown()).matches("0:5\\d");
    assertAccessible("intake queue, idle warning open");

    warning.continueWithKeyboard();
    assertThat(warning.shown()).isFalse();
    // The ping was a real request of the session, which still works.
    browser.navigate().refresh();
    new IntakePage(browser);
  }

  @Test
  void whenTheCountdownEndsTheOfficerIsLoggedOutAndToldWhy() {
    LoginPage.console(browser, base).logIn(Fixtures.TOKYO_EXAMINER, Fixtures.DEMO_PASSWORD);
    new IntakePage(browser);

    new IdleWarning(browser).shorten(5, 4).awaitShown();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.urlContains("reason=timeout"));
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-warn")));
    assertThat(browser.findElement(By.cssSelector(".ui-messages-warn")).getText())
        .contains("ログアウトしました")
        .contains("logged out");
    assertAccessible("console login, after the idle timeout");

    browser.get(base + "/console/index.xhtml");
    assertThat(browser.getCurrentUrl()).contains("/console/login.xhtml");
  }

  @Test
  void anExaminerOpeningAnAdminPageGetsTheBilingualForbiddenPage() {
    LoginPage.console(browser, base).logIn(Fixtures.TOKYO_EXAMINER, Fixtures.DEMO_PASSWORD);
    new IntakePage(browser);
    assertThat(browser.findElements(By.id("navRegistrations"))).isEmpty();

    browser.get(base + "/console/admin/officers/index.xhtml");
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .contains("権限がありません")
        .contains("not allowed");
    assertAccessible("forbidden page (403) for an examiner");

    browser.get(base + "/console/registrations/index.xhtml");
    assertThat(browser.findElement(By.id("forbidden")).getText()).contains("役割");
  }

  @Test
  void aSupervisorSeesTheReviewButNotTheAdministration() {
    LoginPage.console(browser, base)
        .logIn(ConsoleFixtures.TOKYO_SUPERVISOR, Fixtures.DEMO_PASSWORD);
    new IntakePage(browser);
    assertThat(browser.findElements(By.id("navRegistrations"))).hasSize(1);
    assertThat(browser.findElements(By.id("navOfficers"))).isEmpty();
    assertAccessible("intake queue of a supervisor, with the review in the menu");
  }
}
