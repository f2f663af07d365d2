package jp.zairyu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import jp.zairyu.it.browser.pages.ApplicationsPage;
import jp.zairyu.it.browser.pages.LoginPage;
import jp.zairyu.it.browser.pages.OfficePage;
import jp.zairyu.it.browser.pages.PasswordPage;
import jp.zairyu.it.browser.pages.RegistrationPage;
import jp.zairyu.it.support.Accounts;
import jp.zairyu.it.support.Database;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.TestPorts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * An office as its administrator runs it: found it, invite a colleague by mail (who registers
 * through the link and joins), see and reassign the colleague's case, require two-step
 * verification, suspend the colleague.
 */
class OfficeIT {

  @RegisterExtension static final Browsers browsers = new Browsers();

  private final String base = TestPorts.baseUrl();
  private WebDriver admin;
  private WebDriver staff;

  @BeforeEach
  void openBrowsers() {
    admin = browsers.of("admin");
    staff = browsers.of("staff");
  }

  @Test
  void anAdministratorInvitesSeesReassignsRequiresTwoStepsAndSuspends() {
    String adminId = Accounts.newLawyer();
    LoginPage.portal(admin, base).logIn(adminId, Fixtures.DEMO_PASSWORD);
    new ApplicationsPage(admin);
    String officeName = Fixtures.uniqueName("事務所");
    OfficePage office = OfficePage.open(admin, base).found(officeName);
    assertThat(office.name()).isEqualTo(officeName);

    // Invite a colleague, who registers through the mailed link.
    String email = RegistrationIT.uniqueEmail("staff");
    office.invite(email);
    assertThat(office.messages()).anyMatch(m -> m.contains("招待メールを送信しました"));
    String invitation = RegistrationIT.link(RegistrationIT.awaitSubject(email, "事務所への招待"));
    assertThat(invitation).contains("invitation=");
    String certificate = Database.uniqueCertificateNumber();
    String name = Fixtures.uniqueName("職員");
    Database.registerAgent(certificate, name, LocalDate.of(2029, 3, 31), email);
    staff.get(invitation);
    new RegistrationPage(staff)
        .kind("LAWYER_SCRIVENER")
        .person(name, "ショクイン", email)
        .certificate(certificate, LocalDate.of(2029, 3, 31), "東京都行政書士会")
        .acceptTerms()
        .submitAndExpectSent();
    String staffId =
        PasswordPage.firstPassword(
                staff, RegistrationIT.link(RegistrationIT.awaitSubject(email, "承認されました")))
            .set("Staff#2027a", "Staff#2027a")
            .authId();
    assertThat(OfficePage.open(admin, base).memberRow(staffId)).contains(name).contains("職員");

    // The colleague drafts a case; the administrator sees it and takes it over.
    LoginPage.portal(staff, base).logIn(staffId, "Staff#2027a");
    String applicant = Fixtures.uniqueName("OFFICE-CASE");
    new ApplicationsPage(staff)
        .startExtension()
        .name(applicant)
        .nationality("タイ")
        .dateOfBirth("1992-02-02")
        .residenceCardNumber("GH12345678IJ")
        .prefecture("東京都")
        .address("千代田区1-1")
        .restOfTheForm()
        .submitAndView();
    office = OfficePage.open(admin, base);
    assertThat(office.caseRow(applicant)).contains("申請完了");
    office.reassign(applicant, adminId);
    assertThat(office.messages()).anyMatch(m -> m.contains("担当者を変更しました"));
    ApplicationsPage.open(admin, base);
    assertThat(applicantReceipt(admin, applicant)).matches("[A-Z]+-\\d{4}-\\d{7}");

    // Two-step verification required: the colleague must enrol before anything else.
    OfficePage.open(admin, base).toggleSecondFactor();
    // The requirement ends the colleague's session: the staff's case page, which polls until the
    // case is routed, may already have been sent to the login page by its next poll; otherwise
    // the staff logs out (clicking once the polling page holds still).
    new org.openqa.selenium.support.ui.WebDriverWait(staff, java.time.Duration.ofSeconds(10))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            d -> {
              if (d.getCurrentUrl().contains("/login.xhtml")) {
                return true;
              }
              var logout = d.findElements(By.id("logoutForm:logout"));
              if (logout.isEmpty()) {
                return false;
              }
              logout.get(0).click();
              return true;
            });
    LoginPage.portal(staff, base).logIn(staffId, "Staff#2027a");
    new org.openqa.selenium.support.ui.WebDriverWait(staff, java.time.Duration.ofSeconds(20))
        .until(d -> d.getCurrentUrl().contains("/account/security.xhtml"));
    staff.get(base + "/portal/index.xhtml");
    assertThat(staff.getCurrentUrl()).contains("/account/security.xhtml");

    // Suspended: the session ends and the login says why.
    OfficePage.open(admin, base).memberAction(staffId, "停止");
    assertThat(OfficePage.open(admin, base).memberRow(staffId)).contains("停止中");
    LoginPage login = LoginPage.portal(staff, base);
    login.logInRefused(staffId, "Staff#2027a");
    assertThat(login.messages()).anyMatch(m -> m.contains("利用停止"));
  }

  private static String applicantReceipt(WebDriver driver, String applicant) {
    return driver.findElements(By.cssSelector("#applications tbody tr")).stream()
        .filter(r -> r.getText().contains(applicant))
        .findFirst()
        .map(r -> r.findElement(By.tagName("a")).getText())
        .orElse("(not listed)");
  }
}
