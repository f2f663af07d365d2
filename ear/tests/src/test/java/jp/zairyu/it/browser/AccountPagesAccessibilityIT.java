package jp.zairyu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import jp.zairyu.domain.model.account.Totp;
import jp.zairyu.it.browser.pages.ApplicationsPage;
import jp.zairyu.it.browser.pages.LoginPage;
import jp.zairyu.it.browser.pages.OfficePage;
import jp.zairyu.it.browser.pages.RegistrationPage;
import jp.zairyu.it.browser.pages.SecurityPage;
import jp.zairyu.it.support.Accounts;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.TestPorts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** axe-core (WCAG 2.1 A/AA) on the account pages of the portal, in the states users meet. */
class AccountPagesAccessibilityIT {

  @RegisterExtension static final Browsers browsers = new Browsers();

  private final String base = TestPorts.baseUrl();
  private WebDriver browser;

  @BeforeEach
  void openBrowser() {
    browser = browsers.of("browser");
  }

  private void assertAccessible(String state) {
    assertThat(Accessibility.scan(browser, state)).hasNoViolations();
  }

  @Test
  void registrationPages() {
    RegistrationPage page = RegistrationPage.open(browser, base);
    assertAccessible("registration, no kind chosen");
    page.kind("LAWYER_SCRIVENER");
    assertAccessible("registration, lawyer");
    page.kind("RELATIVE");
    assertAccessible("registration, relative");
    page.kind("LAWYER_SCRIVENER")
        .person("", "やまだ", "taro@example")
        .certificate("123", LocalDate.of(2029, 3, 31), "")
        .submit();
    assertThat(new RegistrationPage(browser).messages()).hasSizeGreaterThan(3);
    assertAccessible("registration, refused field by field");

    browser.get(base + "/portal/registration/sent.xhtml");
    assertAccessible("registration, sent");
    browser.get(base + "/portal/registration/password.xhtml?token=not-a-token");
    assertAccessible("first password, invalid link");
    browser.get(base + "/portal/password/forgot.xhtml");
    assertAccessible("forgot password");
    browser.get(base + "/portal/password/reset.xhtml?token=not-a-token");
    assertAccessible("reset password, invalid link");
    browser.get(base + "/portal/account/confirm-email.xhtml?token=x");
    assertAccessible("confirm mail address");
  }

  @Test
  void accountSecurityAndOfficePagesOfALoggedInUser() {
    String authId = Accounts.newLawyer();
    LoginPage.portal(browser, base).logIn(authId, Fixtures.DEMO_PASSWORD);
    new ApplicationsPage(browser);
    browser.get(base + "/portal/account/index.xhtml");
    assertAccessible("account details");

    SecurityPage security = SecurityPage.open(browser, base);
    assertAccessible("security, two-step off");
    String secret = security.beginEnrolment();
    assertAccessible("security, enrolling with the QR code");
    security.confirm(Totp.code(secret, Totp.step(Instant.now())));
    assertThat(security.recoveryCodes()).hasSize(10);
    assertAccessible("security, recovery codes shown");

    OfficePage office = OfficePage.open(browser, base);
    assertAccessible("office, none yet");
    office.found(Fixtures.uniqueName("A11Y事務所"));
    assertAccessible("office, administrator with one member");

    ((JavascriptExecutor) browser)
        .executeScript("document.getElementById('session-warning').hidden = false;");
    assertAccessible("session timeout warning");
    ((JavascriptExecutor) browser)
        .executeScript("document.getElementById('session-warning').hidden = true;");

    browser.findElement(org.openqa.selenium.By.id("logoutForm:logout")).click();
    LoginPage login = LoginPage.portal(browser, base);
    login.logIn(authId, Fixtures.DEMO_PASSWORD);
    assertThat(login.asksForCode()).isTrue();
    assertAccessible("login, second step");
  }
}
