package jp.zairyu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jp.zairyu.it.browser.pages.ApplicationViewPage;
import jp.zairyu.it.browser.pages.ApplicationsPage;
import jp.zairyu.it.browser.pages.CasePage;
import jp.zairyu.it.browser.pages.IntakePage;
import jp.zairyu.it.browser.pages.LoginPage;
import jp.zairyu.it.support.Accounts;
import jp.zairyu.it.support.Database;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.TestPorts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/**
 * 訂正の申出 online: after submitting, the practitioner tells the bureau what is wrong (instead of
 * phoning); the examiner finds it with the case, marks it read; the practitioner sees it read;
 * after the decision no correction can be sent. The submitted content never changes.
 */
class CorrectionRequestIT {

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
  void thePractitionerCorrectsOnlineTheExaminerReadsItAndTheDecisionEndsIt() {
    String authId = Accounts.newLawyer();
    String name = Fixtures.uniqueName("訂正");
    LoginPage.portal(lawyer, base).logIn(authId, Fixtures.DEMO_PASSWORD);
    ApplicationViewPage submitted =
        new ApplicationsPage(lawyer)
            .startExtension()
            .name(name)
            .nationality("ネパール")
            .dateOfBirth("1990-05-05")
            .residenceCardNumber("NP12345678QR")
            .prefecture("千葉県")
            .address("千葉市中央区市場町1-1")
            .restOfTheForm()
            .submitAndView();
    String receipt = submitted.receiptNumber();
    String url = lawyer.getCurrentUrl();
    assertThat(submitted.offersCorrection()).isTrue();
    assertThat(submitted.corrections()).isEmpty();

    // Refused: nothing stored, what was typed stays, the reason in both languages.
    ApplicationViewPage refused = submitted.requestCorrection("", "番地は 1-2 です。");
    assertThat(refused.messages())
        .anyMatch(m -> m.contains("訂正する項目") && m.contains("The item to correct"));
    assertThat(refused.typedCorrection()).isEqualTo("番地は 1-2 です。");
    assertThat(countFor(receipt)).isZero();

    ApplicationViewPage sent =
        refused.requestCorrection("住居地 / address", "正しくは 千葉市中央区市場町1-2 です。\n転記の誤りです。");
    assertThat(sent.messages()).anyMatch(m -> m.contains("訂正の申出を送信しました"));
    assertThat(sent.corrections()).contains("住居地 / address").contains("市場町1-2").contains("確認待ち");
    lawyer.navigate().refresh(); // came through a redirect: a reload sends nothing again
    assertThat(countFor(receipt)).isEqualTo(1);
    assertThat(Accessibility.scan(lawyer, "portal application with a correction request"))
        .hasNoViolations();

    LoginPage.console(officer, base).logIn(Fixtures.TOKYO_EXAMINER, Fixtures.DEMO_PASSWORD);
    IntakePage intake = new IntakePage(officer).awaitListing(receipt);
    assertThat(intake.awaiting()).contains(receipt).contains("Correction to read");
    CasePage examined = intake.open(receipt);
    assertThat(examined.corrections()).contains("住居地 / address").contains("転記の誤りです。");
    assertThat(Accessibility.scan(officer, "console case with a correction request"))
        .hasNoViolations();

    CasePage read = examined.acknowledgeCorrection();
    assertThat(read.messages()).anyMatch(m -> m.contains("確認済み"));
    assertThat(read.corrections()).contains("確認済み").doesNotContain("Mark as read");
    assertThat(
            Database.string(
                "select count(*) from correction_request c join application a"
                    + " on a.id = c.application_id where a.receipt_number = ?"
                    + " and c.acknowledged_at is not null and c.acknowledged_by is not null",
                receipt))
        .isEqualTo("1");
    assertThat(
            Database.string(
                "select address_line from application where receipt_number = ?", receipt))
        .isEqualTo("千葉市中央区市場町1-1"); // the application stays as submitted

    ApplicationViewPage seen = ApplicationViewPage.open(lawyer, url);
    assertThat(seen.corrections()).contains("確認済み").doesNotContain("確認待ち");

    read.approve();
    ApplicationViewPage decided = ApplicationViewPage.open(lawyer, url);
    assertThat(decided.offersCorrection()).isFalse();
    assertThat(decided.corrections()).contains("住居地 / address");
  }

  private static long countFor(String receipt) {
    return Long.parseLong(
        Database.string(
            "select count(*) from correction_request c join application a on a.id = c.application_id"
                + " where a.receipt_number = ?",
            receipt));
  }
}
