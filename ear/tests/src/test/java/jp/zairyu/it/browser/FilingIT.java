package jp.zairyu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jp.zairyu.it.browser.pages.ApplicationViewPage;
import jp.zairyu.it.browser.pages.ApplicationsPage;
import jp.zairyu.it.browser.pages.DraftPage;
import jp.zairyu.it.browser.pages.LoginPage;
import jp.zairyu.it.support.Accounts;
import jp.zairyu.it.support.Database;
import jp.zairyu.it.support.Deployments;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.Mailbox;
import jp.zairyu.it.support.TestPorts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * Filing more than an extension: a change of status with a multiple re-entry permit and permission
 * for activity outside status, its fee from procedures.csv, statuses with categories; and a
 * relative, who may file only with the declaration.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FilingIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  private final String base = TestPorts.baseUrl();
  private WebDriver browser;

  @BeforeEach
  void openBrowser() {
    browser = Browser.start();
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  @Test
  void aChangeOfStatusWithAddOnsShowsItsFeeAndIsSubmitted() {
    LoginPage.portal(browser, base).logIn(Accounts.newLawyer(), Fixtures.DEMO_PASSWORD);
    new ApplicationsPage(browser);
    DraftPage draft = DraftPage.start(browser, base, "CHANGE");
    assertThat(draft.heading()).contains("在留資格変更許可申請");
    assertThat(draft.fee()).contains("5,500円");
    draft.reentry("MULTIPLE");
    assertThat(draft.fee()).contains("12,000円");

    String name = Fixtures.uniqueName("CHANGE");
    ApplicationViewPage view =
        draft
            .currentStatus("STUDENT")
            .desiredStatus("HSP", "1号ロ")
            .activityOutside()
            .name(name)
            .nationality("インド")
            .dateOfBirth("1996-06-06")
            .residenceCardNumber("KL12345678MN")
            .prefecture("東京都")
            .address("港区六本木1-1")
            .submitAndView();
    String receipt = view.receiptNumber();
    assertThat(receipt).matches("TOKYO-\\d{4}-\\d{7}"); // 東京都: the Tokyo bureau's series
    // The foreign national hears of it at their own address, from the agent's name.
    Mailbox applicant = Mailbox.of("applicant@example.jp");
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(60))
        .until(() -> !applicant.matching(m -> m.subject().contains(receipt)).isEmpty());
    assertThat(applicant.matching(m -> m.subject().contains(receipt)).get(0).body())
        .contains(name)
        .contains("has filed your application");
    assertThat(view.fact("currentStatus")).contains("留学");
    assertThat(view.fact("desiredStatus")).contains("高度専門職 1号ロ");
    assertThat(view.fact("addOns")).contains("数次").contains("資格外活動許可");
    assertThat(
            Database.string(
                "select procedure_code || ' ' || reentry || ' ' || activity_outside || ' '"
                    + " || desired_status || ' ' || desired_status_subtype from application"
                    + " where applicant_name = ?",
                name))
        .isEqualTo("CHANGE MULTIPLE true HSP 1号ロ");
  }

  @Test
  void aChangeWithoutACategoryOrToTheSameStatusIsRefused() {
    LoginPage.portal(browser, base).logIn(Accounts.newLawyer(), Fixtures.DEMO_PASSWORD);
    new ApplicationsPage(browser);
    DraftPage draft =
        DraftPage.start(browser, base, "CHANGE")
            .currentStatus("STUDENT")
            .desiredStatus("STUDENT", null)
            .name(Fixtures.uniqueName("SAME"))
            .submitRefused();
    assertThat(draft.messages()).anyMatch(m -> m.contains("現在と異なる在留資格"));
  }

  @Test
  void aRelativeFilesOnlyWithTheDeclarationAndNeverACertificateOfEmployment() {
    String authId = Accounts.newLawyer();
    Database.update("update practitioner set user_kind = 'RELATIVE' where auth_id = ?", authId);
    LoginPage.portal(browser, base).logIn(authId, Fixtures.DEMO_PASSWORD);
    new ApplicationsPage(browser);
    assertThat(browser.getPageSource()).doesNotContain("procedure=WORK_CERT");

    DraftPage draft =
        DraftPage.start(browser, base, "EXTENSION")
            .currentStatus("DEPENDENT")
            .name(Fixtures.uniqueName("RELATIVE"))
            .nationality("中国")
            .dateOfBirth("2015-05-05")
            .residenceCardNumber("PQ12345678RS")
            .prefecture("大阪府")
            .address("大阪市北区1-1")
            .submitRefused();
    assertThat(draft.messages()).anyMatch(m -> m.contains("16歳未満"));
    browser.findElement(org.openqa.selenium.By.id("draft:relativeDeclaration")).click();
    assertThat(draft.submitAndView().receiptNumber()).matches("[A-Z]+-\\d{4}-\\d{7}");
  }

  @Test
  void aSecondTabSubmittingTheSameDraftShowsTheOneReceipt() {
    String authId = Accounts.newLawyer();
    WebDriver secondTab = Browser.start();
    try {
      LoginPage.portal(browser, base).logIn(authId, Fixtures.DEMO_PASSWORD);
      new ApplicationsPage(browser);
      String name = Fixtures.uniqueName("TWO-TABS");
      DraftPage first =
          DraftPage.start(browser, base, "EXTENSION")
              .currentStatus("ENGINEER_HUMANITIES")
              .name(name)
              .nationality("ベトナム")
              .dateOfBirth("1995-04-01")
              .residenceCardNumber("AB12345678CD")
              .prefecture("東京都")
              .address("新宿区西新宿2-8-1")
              .save();
      new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
          .until(d -> d.getCurrentUrl().contains("id="));
      String draftUrl = browser.getCurrentUrl();

      LoginPage.portal(secondTab, base).logIn(authId, Fixtures.DEMO_PASSWORD);
      new ApplicationsPage(secondTab);
      secondTab.get(draftUrl);
      DraftPage second = new DraftPage(secondTab);

      String receipt = first.submitAndView().receiptNumber();
      ApplicationViewPage again = second.submitAndView();
      assertThat(again.receiptNumber()).isEqualTo(receipt);
      assertThat(again.messages()).anyMatch(m -> m.contains("既に提出されています"));
      assertThat(
              Database.string(
                  "select count(*) from application where applicant_name = ?"
                      + " and receipt_number is not null",
                  name))
          .isEqualTo("1");
    } finally {
      secondTab.quit();
    }
  }

  @Test
  void aSubmittedApplicationIsWithdrawnWithAReason() {
    LoginPage.portal(browser, base).logIn(Accounts.newLawyer(), Fixtures.DEMO_PASSWORD);
    ApplicationViewPage view =
        new ApplicationsPage(browser)
            .startExtension()
            .name(Fixtures.uniqueName("WITHDRAW"))
            .nationality("ネパール")
            .dateOfBirth("1990-01-31")
            .residenceCardNumber("CD87654321EF")
            .prefecture("大阪府")
            .address("大阪市中央区大手前1-1")
            .submitAndView();
    view = view.withdraw(" ");
    assertThat(view.messages()).anyMatch(m -> m.contains("取下げの理由"));
    view = view.withdraw("本人が帰国することになったため");
    assertThat(view.messages()).anyMatch(m -> m.contains("取り下げました"));
    assertThat(view.stateCode()).isEqualTo("WITHDRAWN");
  }
}
