package jp.zairyu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jp.zairyu.it.browser.pages.ApplicationViewPage;
import jp.zairyu.it.browser.pages.ApplicationsPage;
import jp.zairyu.it.browser.pages.CasePage;
import jp.zairyu.it.browser.pages.DashboardPage;
import jp.zairyu.it.browser.pages.DraftPage;
import jp.zairyu.it.browser.pages.ErrorPage;
import jp.zairyu.it.browser.pages.IntakePage;
import jp.zairyu.it.browser.pages.LoginPage;
import jp.zairyu.it.support.Accounts;
import jp.zairyu.it.support.ConsoleFixtures;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.TestPorts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/**
 * Every page of the portal and the console, in the states people meet them in (empty, filled,
 * refused, with messages), has no WCAG 2.1 level A or AA violation that axe-core detects (JIS X
 * 8341-3:2016, level AA).
 */
class AccessibilityIT {

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
  void portalLoginEmptyAndAfterARefusedLogin() {
    LoginPage login = LoginPage.portal(browser, base);
    assertAccessible("portal login, empty");

    login.logInRefused(Fixtures.LAWYER_AUTH_ID, "not-the-password");
    assertThat(login.messages()).anyMatch(m -> m.contains("正しくありません"));
    assertAccessible("portal login, after a refused login");
  }

  @Test
  void portalApplicationListEmptyAndWithAnApplication() {
    LoginPage.portal(browser, base).logIn(Accounts.newLawyer(), Fixtures.DEMO_PASSWORD);
    ApplicationsPage empty = new ApplicationsPage(browser);
    assertThat(empty.isEmpty()).isTrue();
    assertAccessible("application list, empty");

    String receipt =
        empty
            .startExtension()
            .name(Fixtures.uniqueName("A11Y-LIST"))
            .nationality("フィリピン")
            .dateOfBirth("1988-12-24")
            .residenceCardNumber("EF11223344GH")
            .prefecture("千葉県")
            .address("千葉市中央区市場町1-1")
            .restOfTheForm()
            .submitAndView()
            .receiptNumber();
    ApplicationsPage listed = ApplicationsPage.open(browser, base);
    assertThat(listed.lists(receipt)).isTrue();
    assertAccessible("application list, with a submitted application");
  }

  @Test
  void draftFormEmptyAndAfterARefusedSubmissionWithItsCalendar() {
    LoginPage.portal(browser, base).logIn(Fixtures.LAWYER_AUTH_ID, Fixtures.DEMO_PASSWORD);
    DraftPage draft = new ApplicationsPage(browser).startExtension();
    assertAccessible("draft form, empty");

    draft.openCalendar();
    assertAccessible("draft form, empty, calendar open on this month");
    draft.closeCalendar();

    DraftPage refused =
        draft
            .name(Fixtures.uniqueName("A11Y-REFUSED"))
            .nationality("ベトナム")
            .dateOfBirth("1995-04-01")
            .residenceCardNumber("AB1234CD")
            .prefecture("東京都")
            .address("新宿区西新宿2-8-1")
            .submitRefused();
    assertThat(refused.messages()).anyMatch(m -> m.contains("在留カード番号"));
    assertAccessible("draft form, after a refused submission");

    refused.openCalendar();
    assertAccessible("draft form, after a refused submission, calendar open on the date entered");
  }

  @Test
  void everyStepOfTheWizardWithAFamilyRowACriminalRecordAndAnEmployer() {
    LoginPage.portal(browser, base).logIn(Accounts.newLawyer(), Fixtures.DEMO_PASSWORD);
    DraftPage draft =
        DraftPage.start(browser, base, "CHANGE")
            .currentStatus("STUDENT")
            .desiredStatus("ENGINEER_HUMANITIES", null)
            .reentry("SINGLE");
    assertAccessible("wizard step 1, change with a re-entry permit");
    draft.name(Fixtures.uniqueName("A11Y-WIZARD")).sex("MALE").phone("090-1111-2222");
    assertAccessible("wizard step 2, applicant");
    draft.passport("TZ7654321", "2031-01-01").criminalRecord("2020年 道路交通法違反（罰金）");
    assertAccessible("wizard step 3, passport and stay, criminal record details shown");
    draft.familyMember("SPOUSE", "LE THI HOA", "1994-04-04", "ベトナム", true);
    assertAccessible("wizard step 4, one family row");
    draft.employer("株式会社サンプル", "東京都港区1-1", "03-1234-5678", "翻訳", 4_000_000);
    assertAccessible("wizard step 5, employer");
    assertThat(draft.missing()).isNotEmpty();
    assertAccessible("wizard step 6, with missing fields and the face photo to attach");
    draft.restOfTheForm();
    assertAccessible("wizard step 6, complete");
    ApplicationViewPage view = draft.submitAndView();
    assertAccessible("application view with every section");
    assertThat(view.receiptNumber()).isNotBlank();
  }

  @Test
  void aCoesAccompanyingPersonsAndAnIndefinitePeriodApplied() {
    LoginPage.portal(browser, base).logIn(Accounts.newLawyer(), Fixtures.DEMO_PASSWORD);
    DraftPage coe =
        DraftPage.start(browser, base, "COE")
            .desiredStatus("HSP", "2号")
            .name(Fixtures.uniqueName("A11Y-COE"))
            .married(true)
            .homeAddress("Hanoi")
            .accompanyingPerson("CHILD", "A11Y CHILD", "2018-08-08", "ベトナム");
    assertThat(coe.accompanyingRows()).isEqualTo(1);
    assertAccessible("wizard step 4, a COE with an accompanying person");
    assertThat(coe.desiredPeriodIndefinite()).contains("無期限");
    assertAccessible("wizard step 3, an indefinite period applied for");
  }

  @Test
  void theIndefinitePeriodHeldByA高度専門職2号Holder() {
    LoginPage.portal(browser, base).logIn(Accounts.newLawyer(), Fixtures.DEMO_PASSWORD);
    DraftPage workCert =
        DraftPage.start(browser, base, "WORK_CERT")
            .currentStatus("HSP", "2号")
            .name(Fixtures.uniqueName("A11Y-HSP2-HOLDER"));
    assertThat(workCert.currentPeriodInMonths()).isFalse();
    assertThat(workCert.currentPeriodIndefinite()).contains("無期限");
    assertAccessible("wizard step 3, an indefinite period held, no date of expiry");
  }

  @Test
  void applicationViewAfterSubmission() {
    LoginPage.portal(browser, base).logIn(Fixtures.LAWYER_AUTH_ID, Fixtures.DEMO_PASSWORD);
    ApplicationViewPage submitted =
        new ApplicationsPage(browser)
            .startExtension()
            .nepaliApplicantInOsaka(Fixtures.uniqueName("A11Y-VIEW"))
            .restOfTheForm()
            .submitAndView();
    assertThat(submitted.messages()).anyMatch(m -> m.contains("申請が完了しました"));
    assertAccessible("application view, just submitted");
  }

  @Test
  void consoleLoginEmptyAndAfterARefusedLogin() {
    LoginPage login = LoginPage.console(browser, base);
    assertAccessible("console login, empty");

    login.logInRefused(Fixtures.TOKYO_EXAMINER, "not-the-password");
    assertThat(login.messages()).anyMatch(m -> m.contains("正しくありません"));
    assertAccessible("console login, after a refused login");
  }

  @Test
  void consoleIntakeWithACaseAndTheCaseBeforeAndAfterTheDecision() {
    LoginPage.portal(browser, base).logIn(Fixtures.LAWYER_AUTH_ID, Fixtures.DEMO_PASSWORD);
    String receipt =
        new ApplicationsPage(browser)
            .startExtension()
            .name(Fixtures.uniqueName("A11Y-CASE"))
            .nationality("インドネシア")
            .dateOfBirth("1993-07-07")
            .residenceCardNumber("GH55667788IJ")
            .prefecture("東京都")
            .address("千代田区霞が関1-1-1")
            .restOfTheForm()
            .submitAndView()
            .receiptNumber();

    LoginPage.console(browser, base).logIn(Fixtures.TOKYO_EXAMINER, Fixtures.DEMO_PASSWORD);
    IntakePage intake = new IntakePage(browser).awaitListing(receipt);
    assertAccessible("intake queue, with a case");

    CasePage undecided = intake.open(receipt);
    assertAccessible("case, to be decided");

    CasePage approved = undecided.approve();
    assertThat(approved.messages()).anyMatch(m -> m.contains("許可しました"));
    assertAccessible("case, just approved");

    CasePage noted = approved.addNote("受領書類の到着を待つ / waiting for the items");
    assertThat(noted.notes()).hasSize(1);
    assertAccessible("case, with a note between officers");
    CasePage refused = noted.addNote(" ");
    assertThat(refused.messages()).anyMatch(m -> m.contains("メモの内容"));
    assertAccessible("case, a refused note");
  }

  @Test
  void consoleDashboardOfABureauAndOfAllBureaus() {
    LoginPage.console(browser, base).logIn(Fixtures.TOKYO_EXAMINER, Fixtures.DEMO_PASSWORD);
    DashboardPage tokyo = DashboardPage.open(browser, base, null);
    assertThat(tokyo.chartDrawn("dailyChart")).isTrue();
    assertAccessible("dashboard, an examiner's bureau");
    DashboardPage refused = DashboardPage.open(browser, base, "OSAKA");
    assertThat(refused.showsFigures()).isFalse();
    assertAccessible("dashboard, another bureau refused");

    browser.manage().deleteAllCookies();
    LoginPage.console(browser, base).logIn(ConsoleFixtures.newAdmin(), Fixtures.DEMO_PASSWORD);
    DashboardPage all = DashboardPage.open(browser, base, null);
    assertThat(all.offersBureauChoice()).isTrue();
    assertAccessible("dashboard, all bureaus with the choice of bureau");
  }

  @Test
  void errorPagesOfBothFrontEnds() {
    ErrorPage.portal(browser, base);
    assertAccessible("portal error page");

    ErrorPage.console(browser, base);
    assertAccessible("console error page");
  }
}
