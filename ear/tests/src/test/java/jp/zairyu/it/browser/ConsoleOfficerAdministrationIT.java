package jp.zairyu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import jp.zairyu.it.browser.pages.IntakePage;
import jp.zairyu.it.browser.pages.LoginPage;
import jp.zairyu.it.browser.pages.NewOfficerPage;
import jp.zairyu.it.browser.pages.OfficerAccountPage;
import jp.zairyu.it.browser.pages.OfficerAccountsPage;
import jp.zairyu.it.support.ConsoleFixtures;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.TestPorts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Officer accounts in the console, in real browsers: the ADMIN creates an officer, who logs in; the
 * ADMIN disables the account, the officer's open session ends and the officer can no longer log in;
 * enabling and a password reset let the officer back in; two ADMINs acting on the same account are
 * told of the conflict. Each page state is checked with axe-core as well.
 */
class ConsoleOfficerAdministrationIT {

  @RegisterExtension static final Browsers browsers = new Browsers();

  private static final String PASSWORD = "Kasumi#2026gaseki";
  private static final String NEW_PASSWORD = "Shinjuku!2027nishi";

  private final String base = TestPorts.baseUrl();
  private WebDriver admin;
  private WebDriver other;

  @BeforeEach
  void openBrowsers() {
    admin = browsers.of("admin");
    other = browsers.of("other");
  }

  private static void assertAccessible(WebDriver browser, String state) {
    assertThat(Accessibility.scan(browser, state)).hasNoViolations();
  }

  private static java.util.List<String> messages(WebDriver browser) {
    return browser.findElements(By.cssSelector(".ui-messages li")).stream()
        .map(org.openqa.selenium.WebElement::getText)
        .toList();
  }

  /** Logs in an ADMIN of the test's own. */
  private OfficerAccountsPage logInAsAdmin(WebDriver browser) {
    return logInAsAdmin(browser, ConsoleFixtures.newAdmin());
  }

  private OfficerAccountsPage logInAsAdmin(WebDriver browser, String adminLogin) {
    LoginPage.console(browser, base).logIn(adminLogin, Fixtures.DEMO_PASSWORD);
    new IntakePage(browser);
    browser.findElement(By.id("navOfficers")).click();
    return new OfficerAccountsPage(browser);
  }

  private String createOfficer(OfficerAccountsPage list, String loginId) {
    OfficerAccountsPage created =
        list.add().fill(loginId, "試験 職員", "OSAKA", "EXAMINER", PASSWORD).create();
    assertThat(created.messages()).anyMatch(m -> m.contains("作成しました"));
    return loginId;
  }

  @Test
  void theAdminCreatesAnOfficerWhoLogsInThenDisablesItAndTheSessionAndLoginEnd() {
    OfficerAccountsPage list = logInAsAdmin(admin);
    assertAccessible(admin, "officer accounts");

    NewOfficerPage form = list.add();
    assertAccessible(admin, "new officer, empty");
    String loginId = "it." + ConsoleFixtures.uniqueToken();
    NewOfficerPage refused =
        form.fill("X!", "試験 職員", "OSAKA", "EXAMINER", PASSWORD).createRefused();
    assertThat(refused.messages()).anyMatch(m -> m.contains("ログインID"));
    assertAccessible(admin, "new officer, refused login ID");
    NewOfficerPage weak =
        refused.fill(loginId, "試験 職員", "OSAKA", "EXAMINER", "short").createRefused();
    assertThat(weak.messages()).anyMatch(m -> m.contains("8文字以上32文字以下"));

    OfficerAccountsPage created =
        weak.fill(loginId, "試験 職員", "OSAKA", "EXAMINER", PASSWORD).create();
    assertThat(created.messages()).anyMatch(m -> m.contains(loginId) && m.contains("作成しました"));
    assertThat(String.join(" | ", created.row(loginId)))
        .contains("試験 職員")
        .contains("大阪出入国在留管理局")
        .contains("審査官")
        .contains("有効");
    assertAccessible(admin, "officer accounts, one just created");

    // The new officer logs in and works in the Osaka bureau.
    LoginPage.console(other, base).logIn(loginId, PASSWORD);
    assertThat(new IntakePage(other).bureau()).contains("大阪出入国在留管理局");
    assertThat(other.findElements(By.id("navOfficers"))).isEmpty();

    // The ADMIN disables the account: the open session ends within seconds.
    OfficerAccountPage account = created.open(loginId);
    assertAccessible(admin, "officer account");
    OfficerAccountPage disabled = account.disable();
    assertThat(disabled.messages()).anyMatch(m -> m.contains("無効にしました"));
    assertThat(disabled.active()).isFalse();

    new WebDriverWait(other, Duration.ofSeconds(40))
        .pollingEvery(Duration.ofSeconds(2))
        .until(
            d -> {
              d.navigate().refresh();
              return d.getCurrentUrl().contains("reason=ended");
            });
    assertThat(messages(other)).anyMatch(m -> m.contains("利用できなくなった"));
    assertAccessible(other, "console login, session ended");
    other.get(base + "/console/index.xhtml");
    assertThat(other.getCurrentUrl()).contains("/console/login.xhtml");

    // … and it can no longer log in.
    LoginPage.console(other, base).logInRefused(loginId, PASSWORD);

    // Enabled again, with a new password: the officer is back.
    OfficerAccountPage enabled = disabled.enable();
    assertThat(enabled.active()).isTrue();
    OfficerAccountPage reset = enabled.resetPassword(NEW_PASSWORD);
    assertThat(reset.messages()).anyMatch(m -> m.contains("パスワードを再設定しました"));
    LoginPage.console(other, base).logInRefused(loginId, PASSWORD);
    LoginPage.console(other, base).logIn(loginId, NEW_PASSWORD);
    new IntakePage(other);

    // Role and bureau change.
    OfficerAccountPage promoted = reset.assign("SUPERVISOR", "TOKYO");
    assertThat(promoted.role()).contains("統括審査官");
    assertThat(promoted.bureau()).contains("東京出入国在留管理局");
    // … which ends the session opened before it at its next request (issue 15)
    other.get(base + "/console/index.xhtml");
    assertThat(other.getCurrentUrl()).contains("/console/login.xhtml?reason=ended");
    LoginPage.console(other, base).logIn(loginId, NEW_PASSWORD);
    assertThat(new IntakePage(other).bureau()).contains("東京出入国在留管理局");
  }

  @Test
  void twoAdminsChangingTheSameOfficerAreToldOfTheConflict() {
    String loginId = createOfficer(logInAsAdmin(admin), "it." + ConsoleFixtures.uniqueToken());
    OfficerAccountPage first = new OfficerAccountsPage(admin).open(loginId);
    String url = admin.getCurrentUrl();

    logInAsAdmin(other);
    OfficerAccountPage second = OfficerAccountPage.open(other, url);

    first.assign("SUPERVISOR", "OSAKA");
    OfficerAccountPage conflict = second.disable();

    assertThat(conflict.messages())
        .anyMatch(m -> m.contains("他の管理者が変更しました"))
        .anyMatch(m -> m.contains("Another administrator changed this officer"));
    assertThat(conflict.active()).isTrue();
    assertThat(conflict.role()).contains("統括審査官");
    assertAccessible(other, "officer account, conflicting change refused");

    // After looking at the current state, the second ADMIN can act.
    assertThat(conflict.disable().active()).isFalse();
  }

  @Test
  void anAdminCannotDisableItself() {
    String adminLogin = ConsoleFixtures.newAdmin();
    OfficerAccountsPage list = logInAsAdmin(admin, adminLogin);
    OfficerAccountPage self = list.open(adminLogin);
    OfficerAccountPage refused = self.disable();
    assertThat(refused.messages()).anyMatch(m -> m.contains("自分自身は無効にできません"));
    assertThat(refused.active()).isTrue();
  }
}
