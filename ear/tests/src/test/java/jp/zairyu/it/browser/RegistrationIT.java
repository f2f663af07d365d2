package jp.zairyu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.zairyu.domain.model.account.Totp;
import jp.zairyu.it.browser.pages.ApplicationsPage;
import jp.zairyu.it.browser.pages.LoginPage;
import jp.zairyu.it.browser.pages.PasswordPage;
import jp.zairyu.it.browser.pages.RegistrationPage;
import jp.zairyu.it.browser.pages.SecurityPage;
import jp.zairyu.it.support.Accounts;
import jp.zairyu.it.support.Database;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.Mailbox;
import jp.zairyu.it.support.TestPorts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Registration as a new user meets it, in a real browser: register, open the approval mail, set a
 * password, receive the 認証ID, log in, enrol two-step verification and log in again with it; a
 * registration the registry does not confirm goes to review; a duplicate is refused by mail.
 */
class RegistrationIT {

  private static final Pattern LINK =
      Pattern.compile("(http\\S+(?:token|invitation)=[A-Za-z0-9_-]+)");
  private static final String PASSWORD = "Gyosei#2027";

  @RegisterExtension static final Browsers browsers = new Browsers();

  private final String base = TestPorts.baseUrl();
  private WebDriver browser;

  @BeforeEach
  void openBrowser() {
    browser = browsers.of("browser");
  }

  static String uniqueEmail(String prefix) {
    return prefix + "-" + Long.toString(System.nanoTime(), 36) + "@example.jp";
  }

  static String link(Mailbox.Mail mail) {
    Matcher m = LINK.matcher(mail.body());
    assertThat(m.find()).as("a link in: " + mail.body()).isTrue();
    return m.group(1);
  }

  static Mailbox.Mail awaitSubject(String email, String subjectPart) {
    return org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(60))
        .pollInterval(java.time.Duration.ofMillis(250))
        .until(
            () -> Mailbox.of(email).matching(m -> m.subject().contains(subjectPart)),
            l -> !l.isEmpty())
        .get(0);
  }

  @Test
  void aLawyerMatchingTheRegistrySetsAPasswordGetsTheAuthIdAndLogsInWithTwoSteps() {
    String certificate = Database.uniqueCertificateNumber();
    String name = Fixtures.uniqueName("行政");
    String email = uniqueEmail("gyosei");
    // The registry holds the agent's mailbox; the registration gives it with the domain in
    // capitals.
    Database.registerAgent(certificate, name, LocalDate.of(2029, 3, 31), email);

    // Forgotten terms and a malformed certificate number: told field by field, nothing stored.
    RegistrationPage form =
        RegistrationPage.open(browser, base)
            .kind("LAWYER_SCRIVENER")
            .person(name, "ギョウセイ ハナコ", email.replace("@example.jp", "@EXAMPLE.JP"))
            .certificate("12345", LocalDate.of(2029, 3, 31), "東京都行政書士会");
    form.submit();
    assertThat(new RegistrationPage(browser).messages())
        .anyMatch(m -> m.contains("申請等取次者証明書番号") && m.contains("12 digits"));
    assertThat(Database.string("select count(*) from registration where email = ?", email))
        .isEqualTo("0");

    form = new RegistrationPage(browser).field("certificateNumber", certificate);
    form.submit();
    assertThat(new RegistrationPage(browser).messages()).anyMatch(m -> m.contains("利用規約"));

    String sent = new RegistrationPage(browser).acceptTerms().submitAndExpectSent();
    assertThat(sent).contains("メール");
    assertThat(
            Database.string(
                "select state || ' ' || coalesce(review_reason_en, '-') || ' ' || full_name || ' '"
                    + " || certificate_number || ' ' || certificate_expiry from registration"
                    + " where email = ?",
                email))
        .isEqualTo("APPROVED - " + name + " " + certificate + " 2029-03-31");

    Mailbox.Mail approval = awaitSubject(email, "承認されました");
    assertThat(approval.body()).contains(name).contains("Set your password");
    String link = link(approval);

    // The password rules are enforced and the link survives a refused attempt.
    PasswordPage page = PasswordPage.firstPassword(browser, link).set("password", "password");
    assertThat(page.messages()).anyMatch(m -> m.contains("英字・数字・記号"));
    String authId = PasswordPage.firstPassword(browser, link).set(PASSWORD, PASSWORD).authId();
    assertThat(authId).matches("Z\\d{9}");
    assertThat(awaitSubject(email, "認証IDを発行しました").body()).contains(authId);
    assertThat(Database.string("select token_hash from account_token where token_hash = ?", link))
        .isNull();
    // Used once: the link now says so.
    assertThat(PasswordPage.firstPassword(browser, link).messages())
        .anyMatch(m -> m.contains("既に使用されています"));

    LoginPage.portal(browser, base).logIn(authId, PASSWORD);
    new ApplicationsPage(browser);
    String sessionBefore = browser.manage().getCookieNamed("JSESSIONID").getValue();

    SecurityPage security = SecurityPage.open(browser, base);
    String secret = security.beginEnrolment();
    assertThat(security.showsQrCode()).isTrue();
    security.confirm("000000");
    assertThat(security.messages()).anyMatch(m -> m.contains("確認コードが正しくありません"));
    long step = Totp.step(Instant.now());
    assertThat(security.confirm(Totp.code(secret, step)).recoveryCodes()).hasSize(10);
    // encrypted at rest: the column never holds what an authenticator app could be set up with
    assertThat(Database.string("select totp_secret from practitioner where auth_id = ?", authId))
        .startsWith("enc:v1:")
        .doesNotContain(secret);
    String recovery = security.recoveryCodes().get(0);

    browser.findElement(By.id("logoutForm:logout")).click();
    LoginPage login = LoginPage.portal(browser, base);
    login.logIn(authId, PASSWORD);
    assertThat(login.asksForCode()).isTrue();
    login.code(Totp.code(secret, step)); // the code already used: refused
    assertThat(login.messages()).anyMatch(m -> m.contains("確認コードが正しくありません"));
    login.code(Totp.code(secret, step + 1));
    new ApplicationsPage(browser);
    assertThat(browser.manage().getCookieNamed("JSESSIONID").getValue())
        .isNotEqualTo(sessionBefore);

    // A recovery code works once instead of the app.
    browser.findElement(By.id("logoutForm:logout")).click();
    login = LoginPage.portal(browser, base);
    login.logIn(authId, PASSWORD);
    login.code(recovery);
    new ApplicationsPage(browser);
    browser.findElement(By.id("logoutForm:logout")).click();
    login = LoginPage.portal(browser, base);
    login.logIn(authId, PASSWORD);
    login.code(recovery);
    assertThat(login.messages()).anyMatch(m -> m.contains("確認コードが正しくありません"));
  }

  @Test
  void aRegistrationTheRegistryDoesNotConfirmGoesToReview() {
    String email = uniqueEmail("review");
    RegistrationPage form =
        RegistrationPage.open(browser, base)
            .kind("LAWYER_SCRIVENER")
            .person(Fixtures.uniqueName("審査"), "シンサ タロウ", email)
            .certificate(Database.uniqueCertificateNumber(), LocalDate.of(2029, 3, 31), "第二東京弁護士会");
    form.submit();
    assertThat(new RegistrationPage(browser).messages()).anyMatch(m -> m.contains("利用規約"));
    new RegistrationPage(browser).acceptTerms().submitAndExpectSent();
    assertThat(awaitSubject(email, "審査中").body()).contains("officer");
    assertThat(Database.string("select state from registration where email = ?", email))
        .isEqualTo("IN_REVIEW");
    assertThat(Database.string("select review_reason_en from registration where email = ?", email))
        .contains("not in the registry");
  }

  @Test
  void aRegistrationWithTheAddressOfAnAccountIsRefusedByMailOnly() {
    // An open registration blocks nobody (issue 15): the second one is reviewed as well.
    String email = uniqueEmail("twice");
    for (int i = 0; i < 2; i++) {
      RegistrationPage.open(browser, base)
          .kind("FOREIGN_NATIONAL")
          .person(Fixtures.uniqueName("二重"), "ニジュウ", email)
          .field("residenceCardNumber", "AB12345678CD")
          .acceptTerms()
          .submitAndExpectSent();
    }
    assertThat(
            Database.string(
                "select count(*) from registration where email = ? and state = 'IN_REVIEW'", email))
        .isEqualTo("2");

    // An account's address is refused, by mail only: the page says the same as ever.
    String account = Accounts.email(Accounts.newLawyer());
    String sent =
        RegistrationPage.open(browser, base)
            .kind("FOREIGN_NATIONAL")
            .person(Fixtures.uniqueName("二重"), "ニジュウ", account)
            .field("residenceCardNumber", "AB12345678CD")
            .acceptTerms()
            .submitAndExpectSent();
    assertThat(sent).contains("メール");
    assertThat(awaitSubject(account, "受け付けられませんでした").body()).contains("already registered");
    assertThat(Database.string("select count(*) from registration where email = ?", account))
        .isEqualTo("0");
  }

  @Test
  void aForgottenPasswordIsResetThroughTheMailedLinkWithoutRevealingAccounts() {
    String authId = Accounts.newLawyer();
    String email = Accounts.email(authId);

    browser.get(base + "/portal/password/forgot.xhtml");
    browser.findElement(By.id("forgot:authId")).sendKeys("Z999999999");
    browser.findElement(By.id("forgot:email")).sendKeys(email);
    browser.findElement(By.id("forgot:send")).click();
    String unknownAnswer =
        new WebDriverWait(browser, java.time.Duration.ofSeconds(20))
            .until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-info")))
            .getText();

    browser.get(base + "/portal/password/forgot.xhtml");
    browser.findElement(By.id("forgot:authId")).sendKeys(authId);
    browser.findElement(By.id("forgot:email")).sendKeys(email);
    browser.findElement(By.id("forgot:send")).click();
    String knownAnswer =
        new WebDriverWait(browser, java.time.Duration.ofSeconds(20))
            .until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-info")))
            .getText();
    assertThat(knownAnswer).isEqualTo(unknownAnswer);

    String link = link(awaitSubject(email, "パスワードの再設定"));
    assertThat(PasswordPage.reset(browser, link).set("Reset#2027x", "Reset#2027x").done())
        .contains(authId);
    assertThat(Mailbox.of(email).matching(m -> m.subject().contains("再設定"))).hasSize(1);

    LoginPage.portal(browser, base).logIn(authId, "Reset#2027x");
    new ApplicationsPage(browser);
  }

  @Test
  void fiveFailuresLockTheNameForThirtyMinutesEvenWithTheRightPassword() {
    String authId = Accounts.newLawyer();
    String email = Accounts.email(authId);
    LoginPage login = LoginPage.portal(browser, base);
    for (int i = 0; i < 4; i++) {
      login = login.logInRefused(authId, "Wrong#pass" + i);
      assertThat(login.messages()).anyMatch(m -> m.contains("認証IDまたはパスワードが正しくありません"));
    }
    login = login.logInRefused(authId, "Wrong#pass5");
    assertThat(login.messages()).anyMatch(m -> m.contains("までログインできません"));
    login = login.logInRefused(authId, Fixtures.DEMO_PASSWORD);
    assertThat(login.messages()).anyMatch(m -> m.contains("までログインできません"));
    assertThat(awaitSubject(email, "ログインを一時的に停止").body()).contains(authId);

    // The same for a name without an account: the lockout tells nothing about accounts.
    login = LoginPage.portal(browser, base);
    String nobody = "Z8" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
    for (int i = 0; i < 5; i++) {
      login = login.logInRefused(nobody, "Wrong#pass" + i);
    }
    assertThat(login.messages()).anyMatch(m -> m.contains("までログインできません"));
    assertThat(
            Database.string(
                "select count(*) from audit_log where actor = ? and action = 'LOCKED_OUT'", nobody))
        .isEqualTo("1");
  }

  @Test
  void changingThePasswordEndsTheOtherSessions() {
    String authId = Accounts.newLawyer();
    String email = Accounts.email(authId);
    WebDriver other = browsers.of("other");
    LoginPage.portal(other, base).logIn(authId, Fixtures.DEMO_PASSWORD);
    new ApplicationsPage(other);
    LoginPage.portal(browser, base).logIn(authId, Fixtures.DEMO_PASSWORD);
    new ApplicationsPage(browser);

    SecurityPage.open(browser, base).changePassword(Fixtures.DEMO_PASSWORD, "Changed#2027");
    assertThat(new SecurityPage(browser).messages()).anyMatch(m -> m.contains("パスワードを変更しました"));
    browser.get(base + "/portal/index.xhtml");
    new ApplicationsPage(browser); // this session goes on

    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(30))
        .until(
            () -> {
              other.get(base + "/portal/index.xhtml");
              return other.getCurrentUrl().contains("reason=ended");
            });
    assertThat(awaitSubject(email, "パスワードが変更されました").body()).contains(authId);
  }
}
