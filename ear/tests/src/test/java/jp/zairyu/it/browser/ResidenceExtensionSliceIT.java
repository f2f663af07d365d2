package jp.zairyu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jp.zairyu.it.browser.pages.ApplicationViewPage;
import jp.zairyu.it.browser.pages.ApplicationsPage;
import jp.zairyu.it.browser.pages.CasePage;
import jp.zairyu.it.browser.pages.DraftPage;
import jp.zairyu.it.browser.pages.IntakePage;
import jp.zairyu.it.browser.pages.LoginPage;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.Mailbox;
import jp.zairyu.it.support.TestPorts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/**
 * The foundation slice in a real browser against the deployed EAR: a lawyer drafts and submits an
 * extension of stay with the result at the window, the Tokyo examiner finds it in the intake queue
 * and approves it in one step, and the mails arrive (with the appointment at the window).
 */
class ResidenceExtensionSliceIT {

  @RegisterExtension static final Browsers browsers = new Browsers();

  private final String base = TestPorts.baseUrl();
  private WebDriver lawyer;
  private WebDriver officer;

  @BeforeEach
  void openBrowsers() {
    lawyer = browsers.of("lawyer");
    officer = browsers.of("officer");
  }

  @Test
  void aLawyerSubmitsAnExtensionAndTheTokyoExaminerApprovesIt() {
    String name = Fixtures.uniqueName("SLICE");

    LoginPage.portal(lawyer, base).logIn(Fixtures.LAWYER_AUTH_ID, Fixtures.DEMO_PASSWORD);
    DraftPage draft =
        new ApplicationsPage(lawyer)
            .startExtension()
            .resultAtWindow("applicant@example.jp")
            .name(name)
            .nationality("ベトナム")
            .dateOfBirth("1995-04-01")
            .residenceCardNumber("AB1234CD")
            .prefecture("神奈川県")
            .address("横浜市中区山下町1-1");
    draft.submit();
    assertThat(new DraftPage(lawyer).messages())
        .anyMatch(m -> m.contains("在留カード番号"))
        .anyMatch(m -> m.contains("2 letters, 8 digits, 2 letters"));

    ApplicationViewPage submitted =
        new DraftPage(lawyer).residenceCardNumber("ab12345678cd").restOfTheForm().submitAndView();
    String receipt = submitted.receiptNumber();
    assertThat(receipt).matches("[A-Z]+-\\d{4}-\\d{7}");
    assertThat(submitted.stateCode()).isEqualTo("SUBMITTED");
    assertThat(submitted.state()).contains("申請完了");
    String applicationUrl = lawyer.getCurrentUrl();

    Mailbox.Mail receivedMail =
        Mailbox.of(Fixtures.LAWYER_EMAIL).matching(m -> m.subject().contains(receipt)).stream()
            .findFirst()
            .orElseGet(() -> awaitMailAbout(receipt));
    assertThat(receivedMail.body()).contains(receipt).contains(name);

    LoginPage.console(officer, base).logIn(Fixtures.TOKYO_EXAMINER, Fixtures.DEMO_PASSWORD);
    IntakePage intake = new IntakePage(officer);
    assertThat(intake.bureau()).contains("東京出入国在留管理局");
    CasePage decided = intake.awaitAndOpen(receipt).approve();
    assertThat(decided.stateCode()).isEqualTo("APPROVED");
    assertThat(decided.messages()).anyMatch(m -> m.contains("許可しました"));

    String approvalId = receivedMail.messageId().replace("-received@", "-approved@");
    Mailbox.Mail approval = Mailbox.of(Fixtures.LAWYER_EMAIL).awaitMessage(approvalId);
    assertThat(approval.body()).contains(receipt).contains("許可").contains("approved");
    // At the window: an appointment notice instead of issuance steps online.
    assertThat(approval.body()).contains("窓口").contains("window").doesNotContain("追跡番号");

    assertThat(ApplicationViewPage.open(lawyer, applicationUrl).stateCode()).isEqualTo("APPROVED");
  }

  @Test
  void eachFrontEndRefusesTheOtherKindOfAccount() {
    LoginPage console = LoginPage.console(officer, base);
    console.logIn(Fixtures.LAWYER_AUTH_ID, Fixtures.DEMO_PASSWORD);
    assertThat(officer.getCurrentUrl()).contains("/console/login.xhtml");
    assertThat(console.messages()).anyMatch(m -> m.contains("正しくありません"));

    LoginPage portal = LoginPage.portal(lawyer, base);
    portal.logIn(Fixtures.TOKYO_EXAMINER, Fixtures.DEMO_PASSWORD);
    assertThat(lawyer.getCurrentUrl()).contains("/portal/login.xhtml");
    assertThat(portal.messages()).anyMatch(m -> m.contains("incorrect"));
  }

  @Test
  void anOfficerOfAnotherBureauDoesNotSeeTheApplication() {
    String name = Fixtures.uniqueName("OSAKA-HIDDEN");
    LoginPage.portal(lawyer, base).logIn(Fixtures.LAWYER_AUTH_ID, Fixtures.DEMO_PASSWORD);
    String receipt =
        new ApplicationsPage(lawyer)
            .startExtension()
            .name(name)
            .nationality("ネパール")
            .dateOfBirth("1990-01-31")
            .residenceCardNumber("CD87654321EF")
            .prefecture("東京都")
            .address("新宿区西新宿2-8-1")
            .restOfTheForm()
            .submitAndView()
            .receiptNumber();

    LoginPage.console(officer, base).logIn(Fixtures.TOKYO_EXAMINER, Fixtures.DEMO_PASSWORD);
    new IntakePage(officer).awaitAndOpen(receipt);
    String caseUrl = officer.getCurrentUrl();
    officer.manage().deleteAllCookies();

    LoginPage.console(officer, base).logIn(Fixtures.OSAKA_EXAMINER, Fixtures.DEMO_PASSWORD);
    IntakePage osaka = new IntakePage(officer);
    assertThat(osaka.bureau()).contains("大阪");
    assertThat(osaka.lists(receipt)).isFalse();
    officer.get(caseUrl);
    assertThat(officer.getPageSource()).doesNotContain(name).contains("申請が見つかりません");
  }

  private static Mailbox.Mail awaitMailAbout(String receipt) {
    return org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(60))
        .until(
            () -> Mailbox.of(Fixtures.LAWYER_EMAIL).matching(m -> m.subject().contains(receipt)),
            l -> !l.isEmpty())
        .get(0);
  }
}
