package jp.zairyu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jp.zairyu.domain.model.account.Totp;
import jp.zairyu.it.browser.pages.ApplicationsPage;
import jp.zairyu.it.browser.pages.DraftPage;
import jp.zairyu.it.browser.pages.LoginPage;
import jp.zairyu.it.browser.pages.Page;
import jp.zairyu.it.browser.pages.SecurityPage;
import jp.zairyu.it.support.Accounts;
import jp.zairyu.it.support.Database;
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
 * A registered user keeps the account up to date: a move of office and a new phone number, a new
 * mail address that asks for the password, is told to the old address and takes effect only once
 * confirmed, and closing the account; an expired password stops the login with a message that says
 * what to do.
 */
class AccountDetailsIT {

  @RegisterExtension static final Browsers browsers = new Browsers();

  private final String base = TestPorts.baseUrl();
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    browser = browsers.of("browser");
    wait = new WebDriverWait(browser, java.time.Duration.ofSeconds(20));
  }

  private String registeredLawyer() {
    String authId = Accounts.newLawyer();
    Database.update(
        "update practitioner set full_name_kana = 'テスト', phone = '0312345678',"
            + " postal_code = '100-0013', address = '東京都千代田区1-1', certificate_number = ?,"
            + " certificate_expiry = date '2029-03-31', unit_association = '東京弁護士会'"
            + " where auth_id = ?",
        Database.uniqueCertificateNumber(),
        authId);
    return authId;
  }

  private void submit(String id) {
    WebElement button = browser.findElement(By.id(id));
    button.click();
    Page.waitUntilGone(wait, button);
  }

  private void type(String id, String text) {
    WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    input.clear();
    input.sendKeys(text);
  }

  private String messages() {
    return browser.findElements(By.cssSelector(".ui-messages")).stream()
        .map(WebElement::getText)
        .reduce("", String::concat);
  }

  @Test
  void detailsAndAMailAddressChangeAndClosingTheAccount() {
    String authId = registeredLawyer();
    String oldEmail = Accounts.email(authId);
    LoginPage.portal(browser, base).logIn(authId, Fixtures.DEMO_PASSWORD);
    new ApplicationsPage(browser);

    browser.get(base + "/portal/account/index.xhtml");
    type("details:phone", "12");
    submit("details:save");
    assertThat(messages()).contains("電話番号").contains("Phone number");
    assertThat(Database.string("select phone from practitioner where auth_id = ?", authId))
        .isEqualTo("0312345678");

    type("details:phone", "06-1234-5678");
    type("details:address", "大阪府大阪市北区1-1 新事務所");
    submit("details:save");
    assertThat(messages()).contains("登録内容を変更しました");
    assertThat(
            Database.string(
                "select phone || ' ' || address from practitioner where auth_id = ?", authId))
        .isEqualTo("0612345678 大阪府大阪市北区1-1 新事務所");

    // A new address asks for the password (a session left open must not move the mailbox).
    String newEmail = RegistrationIT.uniqueEmail("moved");
    type("emailForm:newEmail", newEmail);
    submit("emailForm:changeEmail");
    assertThat(messages()).contains("現在のパスワード").contains("current password");
    type("emailForm:newEmail", newEmail);
    type("emailForm:emailPassword", "Wrong#pass1");
    submit("emailForm:changeEmail");
    assertThat(messages()).contains("現在のパスワードが正しくありません");
    assertThat(
            Database.string(
                "select count(*) from account_mail where recipient = ? or recipient = ?",
                newEmail,
                oldEmail))
        .isEqualTo("0");

    type("emailForm:newEmail", newEmail);
    type("emailForm:emailPassword", Fixtures.DEMO_PASSWORD);
    submit("emailForm:changeEmail");
    assertThat(messages()).contains("確認メールを送信しました");
    assertThat(Database.string("select email from practitioner where auth_id = ?", authId))
        .isEqualTo(oldEmail);
    // The old address hears of the request at once, with the new address.
    assertThat(RegistrationIT.awaitSubject(oldEmail, "変更が申請されました").body())
        .contains(newEmail)
        .contains(authId);
    String link = RegistrationIT.link(RegistrationIT.awaitSubject(newEmail, "メールアドレスの確認"));
    browser.get(link);
    submit("confirm:confirmButton");
    assertThat(messages()).contains("メールアドレスを変更しました");
    assertThat(Database.string("select email from practitioner where auth_id = ?", authId))
        .isEqualTo(newEmail);
    assertThat(RegistrationIT.awaitSubject(oldEmail, "メールアドレスが変更されました").body()).contains(newEmail);

    browser.get(base + "/portal/account/index.xhtml");
    type("closeForm:closePassword", "Wrong#pass1");
    browser.findElement(By.id("closeForm:close")).click();
    browser.switchTo().alert().accept();
    wait.until(d -> messages().contains("パスワードが正しくありません"));
    type("closeForm:closePassword", Fixtures.DEMO_PASSWORD);
    browser.findElement(By.id("closeForm:close")).click();
    browser.switchTo().alert().accept();
    wait.until(ExpectedConditions.urlContains("/login.xhtml"));
    assertThat(Database.string("select status from practitioner where auth_id = ?", authId))
        .isEqualTo("CLOSED");
    LoginPage.portal(browser, base).logInRefused(authId, Fixtures.DEMO_PASSWORD);
  }

  @Test
  void aNewMailAddressAlsoAsksForTheSecondFactorWhenEnrolled() {
    String authId = Accounts.newLawyer();
    LoginPage.portal(browser, base).logIn(authId, Fixtures.DEMO_PASSWORD);
    new ApplicationsPage(browser);
    SecurityPage security = SecurityPage.open(browser, base);
    String secret = security.beginEnrolment();
    long step = Totp.step(java.time.Instant.now());
    assertThat(security.confirm(Totp.code(secret, step)).recoveryCodes()).hasSize(10);

    browser.get(base + "/portal/account/index.xhtml");
    String newEmail = RegistrationIT.uniqueEmail("moved2fa");
    type("emailForm:newEmail", newEmail);
    type("emailForm:emailPassword", Fixtures.DEMO_PASSWORD);
    submit("emailForm:changeEmail");
    assertThat(messages()).contains("確認コードが正しくありません").contains("recovery code");

    type("emailForm:newEmail", newEmail);
    type("emailForm:emailPassword", Fixtures.DEMO_PASSWORD);
    type("emailForm:emailCode", Totp.code(secret, step + 1));
    submit("emailForm:changeEmail");
    assertThat(messages()).contains("確認メールを送信しました");
    assertThat(RegistrationIT.awaitSubject(newEmail, "メールアドレスの確認").body())
        .contains("/account/confirm-email.xhtml?token=");
  }

  @Test
  void aCertificateThatLapsesStopsTheSubmissionAndKeepsTheDraft() {
    String authId = registeredLawyer();
    LoginPage.portal(browser, base).logIn(authId, Fixtures.DEMO_PASSWORD);
    String applicant = Fixtures.uniqueName("LAPSED");
    DraftPage draft =
        new ApplicationsPage(browser)
            .startExtension()
            .name(applicant)
            .nationality("タイ")
            .dateOfBirth("1991-01-01")
            .residenceCardNumber("TH12345678AB")
            .prefecture("東京都")
            .address("千代田区1-1")
            .restOfTheForm();
    // The certificate expired yesterday (the session was opened before).
    Database.update(
        "update practitioner set certificate_expiry = current_date - 1 where auth_id = ?", authId);

    DraftPage refused = draft.submitRefused();
    assertThat(refused.messages())
        .anyMatch(m -> m.contains("届出済証明書の有効期限が過ぎています") && m.contains("保存"))
        .anyMatch(m -> m.contains("drafts are kept"));
    assertThat(
            Database.string(
                "select a.state || ' ' || (a.receipt_number is null) from application a join"
                    + " practitioner p on p.id = a.practitioner_id where p.auth_id = ?",
                authId))
        .isEqualTo("DRAFT true");

    browser.findElement(By.id("logoutForm:logout")).click();
    LoginPage login = LoginPage.portal(browser, base).logInRefused(authId, Fixtures.DEMO_PASSWORD);
    assertThat(login.messages())
        .anyMatch(m -> m.contains("有効期限が過ぎた") && m.contains("作成中の申請は保存されています"));
  }

  @Test
  void anExpiredPasswordStopsTheLoginAndSaysHowToReset() {
    String authId = Accounts.newLawyer();
    Database.update(
        "update practitioner set password_changed_at = now() - interval '366 days'"
            + " where auth_id = ?",
        authId);
    LoginPage login = LoginPage.portal(browser, base).logInRefused(authId, Fixtures.DEMO_PASSWORD);
    assertThat(login.messages()).anyMatch(m -> m.contains("有効期限") && m.contains("パスワードを忘れた場合"));
  }
}
