package jp.zairyu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import jp.zairyu.it.browser.pages.ApplicationViewPage;
import jp.zairyu.it.browser.pages.ApplicationsPage;
import jp.zairyu.it.browser.pages.AttachmentsPage;
import jp.zairyu.it.browser.pages.CasePage;
import jp.zairyu.it.browser.pages.DashboardPage;
import jp.zairyu.it.browser.pages.IntakePage;
import jp.zairyu.it.browser.pages.LoginPage;
import jp.zairyu.it.support.Accounts;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.Mailbox;
import jp.zairyu.it.support.TestPorts;
import jp.zairyu.it.support.WebSession;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;

/**
 * Issue 5's acceptance, the whole life of one case as the people involved live it, each in a
 * browser of their own: a newly registered lawyer submits an extension in the portal; the Tokyo
 * supervisor finds it in intake and assigns it to an examiner; the examiner reads the whole case
 * and asks for additional documents (追完); the lawyer is told by mail, uploads a document in the
 * portal and answers; the examiner sees the PDF in the case view and approves with the result by
 * mail; the lawyer records the sending of the card, fee slip and envelope; the bureau records their
 * receipt, checks the fee, issues the new card and records the mailing (完了). Every mail arrives
 * once and carries the receipt number; the supervisor's dashboard moves at each step.
 */
class CaseLifecycleIT {

  private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
  private static final String BUREAU = "TOKYO";
  private static final String MAIL_DOMAIN = "@zairyu.example.jp>";

  @RegisterExtension static final Browsers browsers = new Browsers();

  @TempDir Path files;
  private final String base = TestPorts.baseUrl();
  private final String today = LocalDate.now(JAPAN).toString();

  /** Tokyo's figures on the dashboard: the backlog per state and today's counts. */
  record Figures(
      long submitted,
      long underReview,
      long awaitingDocuments,
      long awaitingIssuance,
      long arrivals,
      long decisions,
      long processed) {

    Figures plus(
        long submitted,
        long underReview,
        long awaitingDocuments,
        long awaitingIssuance,
        long arrivals,
        long decisions) {
      return new Figures(
          this.submitted + submitted,
          this.underReview + underReview,
          this.awaitingDocuments + awaitingDocuments,
          this.awaitingIssuance + awaitingIssuance,
          this.arrivals + arrivals,
          this.decisions + decisions,
          this.processed + decisions);
    }
  }

  private Figures figures(WebDriver officer) {
    DashboardPage page = DashboardPage.open(officer, base, null);
    assertThat(page.shownBureau()).isEqualTo(BUREAU);
    return new Figures(
        page.backlog(BUREAU, 0),
        page.backlog(BUREAU, 1),
        page.backlog(BUREAU, 2),
        page.backlog(BUREAU, 3),
        page.arrivals(today),
        page.decisions(today),
        page.processedCount());
  }

  /**
   * Reloads the dashboard until it shows the figures expected (routing, the one asynchronous step,
   * takes a moment), then asserts them.
   */
  private void awaitFigures(WebDriver officer, Figures expected, String after) {
    Figures[] seen = new Figures[1];
    try {
      Awaitility.await()
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofSeconds(1))
          .until(() -> (seen[0] = figures(officer)).equals(expected));
    } catch (org.awaitility.core.ConditionTimeoutException e) {
      // Fall through: the assertion names what differs.
    }
    assertThat(seen[0]).as("Tokyo's dashboard after " + after).isEqualTo(expected);
  }

  @Test
  void aNewLawyersApplicationGoesThroughTheBureauToCompletion() throws Exception {
    WebDriver lawyer = browsers.of("lawyer");
    WebDriver supervisor = browsers.of("supervisor");
    WebDriver examiner = browsers.of("examiner");
    String authId = Accounts.newLawyer();
    String applicantEmail = "lifecycle-" + System.nanoTime() + "@example.jp";

    // The supervisor keeps the dashboard open: the figures before anything happens.
    LoginPage.console(supervisor, base).logIn(Fixtures.TOKYO_SUPERVISOR, Fixtures.DEMO_PASSWORD);
    Figures start = figures(supervisor);
    assertThat(Accessibility.scan(supervisor, "dashboard of a bureau, supervisor"))
        .hasNoViolations();

    // 1. The lawyer submits an extension in the portal, the result to be received by mail.
    LoginPage.portal(lawyer, base).logIn(authId, Fixtures.DEMO_PASSWORD);
    ApplicationViewPage submitted =
        new ApplicationsPage(lawyer)
            .startExtension()
            .name(Fixtures.uniqueName("LIFECYCLE"))
            .nationality("ネパール")
            .dateOfBirth("1991-05-05")
            .residenceCardNumber("ST12345678UV")
            .prefecture("東京都")
            .address("港区港南5-5-30")
            .resultByMail(applicantEmail)
            .restOfTheForm()
            .submitAndView();
    String receipt = submitted.receiptNumber();
    String applicationUrl = lawyer.getCurrentUrl();
    String id = applicationId(applicationUrl);
    assertThat(submitted.stateCode()).isEqualTo("SUBMITTED");
    List<String> portalSections = submitted.formSections();
    assertThat(portalSections).contains("form-applicant", "form-passport", "form-stay");
    assertThat(Accessibility.scan(lawyer, "portal application, just submitted")).hasNoViolations();

    Mailbox practitioner = Mailbox.of(Accounts.email(authId));
    Mailbox.Mail received = practitioner.awaitMessage(mailId(id, "received"));
    assertThat(received.subject()).contains(receipt).contains("受け付けました");
    assertThat(received.body()).contains(receipt);

    // Routed to Tokyo: one more new case, one more arrival today.
    awaitFigures(supervisor, start.plus(1, 0, 0, 0, 1, 0), "the submission");

    // 2. The supervisor finds it in intake and assigns it to the examiner.
    supervisor.get(base + "/console/index.xhtml");
    IntakePage assigned =
        new IntakePage(supervisor).awaitListing(receipt).assign(receipt, Fixtures.TOKYO_EXAMINER);
    assertThat(assigned.messages()).anyMatch(m -> m.contains("割り当てました"));
    assertThat(assigned.show("INTAKE", receipt).lists(receipt)).isFalse();
    awaitFigures(supervisor, start.plus(0, 1, 0, 0, 1, 0), "the assignment");

    // 3. The examiner finds it among their own cases and reads all of it.
    LoginPage.console(examiner, base).logIn(Fixtures.TOKYO_EXAMINER, Fixtures.DEMO_PASSWORD);
    IntakePage mine = new IntakePage(examiner).show("MINE", receipt);
    assertThat(mine.lists(receipt)).isTrue();
    assertThat(Accessibility.scan(examiner, "examiner's own cases")).hasNoViolations();
    CasePage examined = mine.open(receipt);
    String caseUrl = examiner.getCurrentUrl();
    assertThat(examined.stateCode()).isEqualTo("UNDER_REVIEW");
    assertThat(examined.formSections()).isEqualTo(portalSections);
    assertThat(examined.resultReceipt()).contains("郵送");
    assertThat(examined.offersDecision()).isTrue();

    // 4. It asks for additional documents, what and by when.
    String due = LocalDate.now(JAPAN).plusDays(14).toString();
    CasePage asked = examined.requestDocuments("在職証明書（直近3か月） / certificate of employment", due);
    assertThat(asked.stateCode()).isEqualTo("AWAITING_DOCUMENTS");
    assertThat(asked.documentRequests()).contains("在職証明書").contains(due).contains("未回答");
    awaitFigures(supervisor, start.plus(0, 0, 1, 0, 1, 0), "the request for documents");
    assertThat(IntakePage.open(examiner, base, "DOCUMENTS", receipt).lists(receipt)).isTrue();
    assertThat(Accessibility.scan(examiner, "queue of cases waiting for documents"))
        .hasNoViolations();

    Mailbox.Mail requested = practitioner.awaitMessage(mailId(id, "documents-requested-1"));
    assertThat(requested.subject()).contains(receipt).contains("追加提出");
    assertThat(requested.body()).contains("在職証明書").contains(due).contains(applicationUrl);

    // 5. The lawyer reads the request in the portal, uploads the document and answers.
    ApplicationViewPage waiting = ApplicationViewPage.open(lawyer, applicationUrl);
    assertThat(waiting.stateCode()).isEqualTo("AWAITING_DOCUMENTS");
    assertThat(waiting.requestedDocuments()).contains("在職証明書");
    assertThat(waiting.documentDeadline()).isEqualTo(due);
    AttachmentsPage attachments =
        AttachmentsPage.open(lawyer, base, Long.parseLong(id))
            .uploadDocument("OTHER", Files.write(files.resolve("在職証明書.pdf"), AttachmentsIT.pdf()));
    assertThat(attachments.files()).contains("在職証明書.pdf"); // beside the face photo
    ApplicationViewPage answered =
        ApplicationViewPage.open(lawyer, applicationUrl).answerDocuments("在職証明書を添付しました。");
    assertThat(answered.messages()).anyMatch(m -> m.contains("追完を提出しました"));
    assertThat(answered.stateCode()).isEqualTo("UNDER_REVIEW");
    assertThat(Accessibility.scan(lawyer, "portal application, documents answered"))
        .hasNoViolations();
    awaitFigures(supervisor, start.plus(0, 1, 0, 0, 1, 0), "the answer");

    // 6. The examiner sees the answer and the PDF itself, in Chromium's own viewer.
    examiner.get(caseUrl);
    CasePage back = new CasePage(examiner);
    assertThat(back.stateCode()).isEqualTo("UNDER_REVIEW");
    assertThat(back.documentRequests()).doesNotContain("未回答").contains("在職証明書を添付しました。");
    List<String> pdfs = back.embeddedDocuments();
    assertThat(pdfs).hasSize(1);
    assertThat(PdfViewer.states(examiner)).containsExactly("success 1");
    assertThat(Accessibility.scan(examiner, "console case, documents answered, PDF shown"))
        .hasNoViolations();
    HttpResponse<String> pdf =
        WebSession.console(Fixtures.TOKYO_EXAMINER, Fixtures.DEMO_PASSWORD)
            .get(pdfs.get(0).substring(base.length()));
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/pdf");
    assertThat(pdf.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(pdf.headers().firstValue("Content-Disposition"))
        .get()
        .asString()
        .startsWith("inline;");
    assertThat(pdf.headers().firstValue("Content-Security-Policy"))
        .get()
        .asString()
        .contains("default-src 'none'")
        .contains("frame-ancestors 'self'")
        .doesNotContain("sandbox");

    // 7. It approves; the result is received by mail.
    CasePage approved = back.approve();
    assertThat(approved.stateCode()).isEqualTo("APPROVED_AWAITING_ISSUANCE");
    assertThat(approved.messages()).anyMatch(m -> m.contains("許可しました"));
    awaitFigures(supervisor, start.plus(0, 0, 0, 1, 1, 1), "the approval");

    // The supervisor's intake lists it among the cases waiting for an officer (発行待ち).
    assertThat(IntakePage.open(supervisor, base, "INTAKE", "").awaiting())
        .contains(receipt)
        .contains("発行待ち");

    Mailbox.Mail approval = practitioner.awaitMessage(mailId(id, "approved"));
    assertThat(approval.subject()).contains(receipt).contains("審査結果");
    assertThat(approval.body())
        .contains(receipt)
        .contains("手数料納付書")
        .contains("5,500円")
        .contains("返信用封筒");

    // 8. The lawyer sends the card, the fee slip and the envelope, and records the sending.
    ApplicationViewPage toSend = ApplicationViewPage.open(lawyer, applicationUrl);
    assertThat(toSend.stateCode()).isEqualTo("APPROVED_AWAITING_ISSUANCE");
    assertThat(toSend.itemsToSend()).contains("現在の在留カード").contains("手数料納付書").contains("返信用封筒");
    ApplicationViewPage sent = toSend.recordSending("1234-5678-9012");
    assertThat(sent.sentTracking()).isEqualTo("123456789012");

    // 9. The bureau receives them, checks the fee, issues the new card and mails it back.
    IntakePage issuance = IntakePage.open(examiner, base, "ISSUANCE", receipt);
    assertThat(issuance.lists(receipt)).isTrue();
    assertThat(Accessibility.scan(examiner, "queue of cases waiting for issuance"))
        .hasNoViolations();
    CasePage arriving = issuance.open(receipt);
    assertThat(arriving.sentTracking()).isEqualTo("123456789012");
    CasePage wrongFee = arriving.recordReceipt(4000);
    assertThat(wrongFee.messages()).anyMatch(m -> m.contains("4,000円") && m.contains("5,500円"));
    CasePage receivedItems = wrongFee.recordReceipt(5500);
    assertThat(receivedItems.messages()).anyMatch(m -> m.contains("受領を記録しました"));
    CasePage issued = receivedItems.issue("9876-5432-1098");
    assertThat(issued.stateCode()).isEqualTo("COMPLETED");
    String card = issued.issuedCardNumber();
    assertThat(card).matches("[A-Z]{2}[0-9]{8}[A-Z]{2}");
    assertThat(issued.returnTracking()).isEqualTo("987654321098");
    awaitFigures(supervisor, start.plus(0, 0, 0, 0, 1, 1), "the issuance");

    // 10. The lawyer sees 完了 and is told by mail.
    Mailbox.Mail completion = practitioner.awaitMessage(mailId(id, "issued"));
    assertThat(completion.subject()).contains(receipt).contains("発送しました");
    assertThat(completion.body()).contains(receipt).contains(card).contains("987654321098");
    ApplicationViewPage completed = ApplicationViewPage.open(lawyer, applicationUrl);
    assertThat(completed.stateCode()).isEqualTo("COMPLETED");
    assertThat(completed.state()).contains("完了");
    assertThat(completed.issuedCardNumber()).isEqualTo(card);
    assertThat(completed.returnTracking()).isEqualTo("987654321098");

    // Every mail once, each with the receipt number; the applicant got their own three.
    Mailbox applicant = Mailbox.of(applicantEmail);
    applicant.awaitMessage(mailId(id, "applicant-issued"));
    assertThat(practitioner.messageIds())
        .containsExactlyInAnyOrder(
            mailId(id, "received"),
            mailId(id, "documents-requested-1"),
            mailId(id, "approved"),
            mailId(id, "issued"));
    assertThat(practitioner.messages()).allSatisfy(m -> assertThat(m.subject()).contains(receipt));
    assertThat(applicant.messageIds())
        .containsExactlyInAnyOrder(
            mailId(id, "applicant-received"),
            mailId(id, "applicant-approved"),
            mailId(id, "applicant-issued"));
    assertThat(applicant.messages()).allSatisfy(m -> assertThat(m.subject()).contains(receipt));
  }

  private static String mailId(String applicationId, String key) {
    return "<application-" + applicationId + "-" + key + MAIL_DOMAIN;
  }

  private static String applicationId(String url) {
    return url.substring(url.indexOf("id=") + 3).replaceAll("[^0-9].*", "");
  }
}
