package jp.zairyu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import jp.zairyu.it.browser.pages.ApplicationViewPage;
import jp.zairyu.it.browser.pages.ApplicationsPage;
import jp.zairyu.it.browser.pages.AttachmentsPage;
import jp.zairyu.it.browser.pages.CasePage;
import jp.zairyu.it.browser.pages.IntakePage;
import jp.zairyu.it.browser.pages.LoginPage;
import jp.zairyu.it.support.Accounts;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.Mailbox;
import jp.zairyu.it.support.TestPorts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;

/**
 * The 追完 round trip: the examiner asks for documents by a deadline, the practitioner is told by
 * mail, reads the request in the portal, attaches a document for it and answers, and the
 * examination goes on to the decision.
 */
class DocumentRequestIT {

  @RegisterExtension static final Browsers browsers = new Browsers();

  private final String base = TestPorts.baseUrl();
  @TempDir Path files;
  private WebDriver lawyer;
  private WebDriver officer;

  @BeforeEach
  void openBrowsers() {
    lawyer = browsers.of("lawyer");
    officer = browsers.of("officer");
  }

  @Test
  void theExaminerAsksForDocumentsThePractitionerAnswersAndTheCaseIsDecided() throws Exception {
    String authId = Accounts.newLawyer();
    LoginPage.portal(lawyer, base).logIn(authId, Fixtures.DEMO_PASSWORD);
    ApplicationViewPage submitted =
        new ApplicationsPage(lawyer)
            .startExtension()
            .name(Fixtures.uniqueName("追完"))
            .nationality("フィリピン")
            .dateOfBirth("1992-02-02")
            .residenceCardNumber("GH12345678IJ")
            .prefecture("埼玉県")
            .address("さいたま市浦和区高砂3-15-1")
            .restOfTheForm()
            .submitAndView();
    String receipt = submitted.receiptNumber();
    String applicationUrl = lawyer.getCurrentUrl();

    LoginPage.console(officer, base).logIn(Fixtures.TOKYO_EXAMINER, Fixtures.DEMO_PASSWORD);
    CasePage examined = new IntakePage(officer).awaitAndOpen(receipt);
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    CasePage refused = examined.requestDocuments("在職証明書", today.toString());
    assertThat(refused.messages()).anyMatch(m -> m.contains("提出期限") && m.contains("deadline"));
    assertThat(refused.stateCode()).isEqualTo("SUBMITTED");
    CasePage badDate = refused.requestDocuments("在職証明書", "来週");
    assertThat(badDate.messages()).anyMatch(m -> m.contains("YYYY-MM-DD"));

    String due = today.plusDays(14).toString();
    CasePage asked = badDate.requestDocuments("在職証明書（直近3か月）\n源泉徴収票 / withholding tax slip", due);
    assertThat(asked.stateCode()).isEqualTo("AWAITING_DOCUMENTS");
    assertThat(asked.documentRequests()).contains("源泉徴収票").contains(due).contains("未回答");
    assertThat(Accessibility.scan(officer, "console case with a request for documents"))
        .hasNoViolations();

    Mailbox.Mail mail =
        Mailbox.of(Accounts.email(authId))
            .awaitMessage(
                "<application-"
                    + applicationId(applicationUrl)
                    + "-documents-requested-1@zairyu.example.jp>");
    assertThat(mail.subject()).contains(receipt).contains("追加提出");
    assertThat(mail.body()).contains("在職証明書").contains(due).contains(applicationUrl);

    ApplicationViewPage waiting = ApplicationViewPage.open(lawyer, applicationUrl);
    assertThat(waiting.stateCode()).isEqualTo("AWAITING_DOCUMENTS");
    assertThat(waiting.requestedDocuments()).contains("在職証明書").contains("源泉徴収票");
    assertThat(waiting.documentDeadline()).isEqualTo(due);
    assertThat(Accessibility.scan(lawyer, "portal application waiting for documents"))
        .hasNoViolations();

    ApplicationViewPage empty = waiting.answerDocuments("");
    assertThat(empty.messages()).anyMatch(m -> m.contains("Attach the documents asked for"));
    assertThat(empty.stateCode()).isEqualTo("AWAITING_DOCUMENTS");

    long id = Long.parseLong(applicationId(applicationUrl));
    AttachmentsPage attachments =
        AttachmentsPage.open(lawyer, base, id)
            .uploadDocument("OTHER", Files.write(files.resolve("在職証明書.pdf"), AttachmentsIT.pdf()));
    assertThat(attachments.files()).contains("在職証明書.pdf");
    assertThat(Accessibility.scan(lawyer, "attachments during a request for documents"))
        .hasNoViolations();

    ApplicationViewPage answered =
        ApplicationViewPage.open(lawyer, applicationUrl).answerDocuments("在職証明書を添付しました。");
    assertThat(answered.messages()).anyMatch(m -> m.contains("追完を提出しました"));
    assertThat(answered.stateCode()).isEqualTo("UNDER_REVIEW");
    assertThat(answered.asksForDocuments()).isFalse();

    officer.navigate().refresh(); // the page came through a redirect: reloading asks nothing again
    CasePage back = new CasePage(officer);
    assertThat(back.documentRequests()).doesNotContain("未回答");
    assertThat(back.stateCode()).isEqualTo("UNDER_REVIEW");
    assertThat(back.documentRequests()).contains("在職証明書を添付しました。");
    // The result is received by mail: approved, waiting for the card, fee slip and envelope.
    assertThat(back.approve().stateCode()).isEqualTo("APPROVED_AWAITING_ISSUANCE");
  }

  private static String applicationId(String url) {
    return url.substring(url.indexOf("id=") + 3).replaceAll("[^0-9].*", "");
  }
}
