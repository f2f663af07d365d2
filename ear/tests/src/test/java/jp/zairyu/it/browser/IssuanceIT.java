package jp.zairyu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jp.zairyu.it.browser.pages.ApplicationViewPage;
import jp.zairyu.it.browser.pages.ApplicationsPage;
import jp.zairyu.it.browser.pages.CasePage;
import jp.zairyu.it.browser.pages.DraftPage;
import jp.zairyu.it.browser.pages.IntakePage;
import jp.zairyu.it.browser.pages.LoginPage;
import jp.zairyu.it.support.Accounts;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.Mailbox;
import jp.zairyu.it.support.TestPorts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;

/**
 * Decisions and issuance in real browsers: an approval with the result by mail waits for the card,
 * the fee slip and the return envelope (発行待ち), the practitioner records the sending, the bureau
 * checks what arrived (the fee stamps against the fee) and issues a new card (完了); a denial is
 * proposed by the examiner and confirmed by a supervisor (four-eyes), and its reasons reach the
 * portal and the mails.
 */
class IssuanceIT {

  private static final String MAIL_DOMAIN = "@zairyu.example.jp>";

  @RegisterExtension static final Browsers browsers = new Browsers();

  private final String base = TestPorts.baseUrl();
  private WebDriver lawyer;
  private WebDriver officer;

  @BeforeEach
  void openBrowsers() {
    lawyer = browsers.of("lawyer");
    officer = browsers.of("officer");
  }

  /** A new lawyer submits an extension, the result by mail; returns the application's URL. */
  private String submitted(String authId, String prefix, String applicantEmail) {
    LoginPage.portal(lawyer, base).logIn(authId, Fixtures.DEMO_PASSWORD);
    new ApplicationsPage(lawyer)
        .startExtension()
        .vietnameseApplicantInMinato(Fixtures.uniqueName(prefix))
        .resultByMail(applicantEmail)
        .restOfTheForm()
        .submitAndView();
    return lawyer.getCurrentUrl();
  }

  @Test
  void approvedByMailThePractitionerSendsTheBureauReceivesAndIssuesANewCard() {
    String authId = Accounts.newLawyer();
    String applicantEmail = "issuance-" + System.nanoTime() + "@example.jp";
    String applicationUrl = submitted(authId, "ISSUE", applicantEmail);
    String receipt = new ApplicationViewPage(lawyer).receiptNumber();
    String id = applicationId(applicationUrl);

    LoginPage.console(officer, base).logIn(Fixtures.TOKYO_EXAMINER, Fixtures.DEMO_PASSWORD);
    CasePage approved = new IntakePage(officer).awaitAndOpen(receipt).approve();
    assertThat(approved.stateCode()).isEqualTo("APPROVED_AWAITING_ISSUANCE");
    assertThat(approved.state()).contains("発行待ち");
    assertThat(approved.messages()).anyMatch(m -> m.contains("許可しました"));
    assertThat(approved.offersDecision()).isFalse();

    Mailbox.Mail approval =
        Mailbox.of(Accounts.email(authId))
            .awaitMessage("<application-" + id + "-approved" + MAIL_DOMAIN);
    assertThat(approval.body())
        .contains(receipt)
        .contains("手数料納付書")
        .contains("5,500円")
        .contains("返信用封筒")
        .contains("fee slip");

    ApplicationViewPage waiting = ApplicationViewPage.open(lawyer, applicationUrl);
    assertThat(waiting.stateCode()).isEqualTo("APPROVED_AWAITING_ISSUANCE");
    assertThat(waiting.state()).contains("発行待ち");
    assertThat(waiting.itemsToSend())
        .contains("現在の在留カード")
        .contains("手数料納付書")
        .contains("5,500円")
        .contains("返信用封筒")
        .contains("return envelope");
    assertThat(Accessibility.scan(lawyer, "portal application waiting for issuance"))
        .hasNoViolations();

    ApplicationViewPage refused = waiting.recordSending("未定");
    assertThat(refused.messages())
        .anyMatch(m -> m.contains("追跡番号") && m.contains("tracking number"));
    ApplicationViewPage sent = refused.recordSending("1234-5678-9012");
    assertThat(sent.messages()).anyMatch(m -> m.contains("発送を記録しました"));
    assertThat(sent.sentTracking()).isEqualTo("123456789012");
    assertThat(Accessibility.scan(lawyer, "portal application, sending recorded"))
        .hasNoViolations();

    officer.navigate().refresh();
    CasePage arriving = new CasePage(officer);
    assertThat(arriving.sentTracking()).isEqualTo("123456789012");
    assertThat(Accessibility.scan(officer, "console case waiting for issuance")).hasNoViolations();

    // A second tab shows the same case: the receipt is recorded there, the first tab is stale.
    String caseUrl = officer.getCurrentUrl();
    String staleTab = officer.getWindowHandle();
    officer.switchTo().newWindow(WindowType.TAB).get(caseUrl);
    String currentTab = officer.getWindowHandle();

    CasePage wrongFee = new CasePage(officer).recordReceipt(5000);
    assertThat(wrongFee.messages())
        .anyMatch(m -> m.contains("5,000円") && m.contains("5,500円") && m.contains("¥5,500"));
    assertThat(wrongFee.offersReceipt()).isTrue();
    assertThat(Accessibility.scan(officer, "console case, a wrong fee refused")).hasNoViolations();
    CasePage received = wrongFee.recordReceipt(5500);
    assertThat(received.messages()).anyMatch(m -> m.contains("受領を記録しました"));
    assertThat(received.offersReceipt()).isFalse();

    officer.switchTo().window(staleTab);
    CasePage stale = new CasePage(officer).pressRecordReceipt();
    assertThat(stale.messages())
        .anyMatch(m -> m.contains("他の職員が先に更新しました") && m.contains("changed this case first"));
    assertThat(stale.offersReceipt()).isFalse(); // reloaded: the receipt is recorded
    officer.close();
    officer.switchTo().window(currentTab);

    CasePage issued = new CasePage(officer).issue("9876-5432-1098");
    assertThat(issued.stateCode()).isEqualTo("COMPLETED");
    String card = issued.issuedCardNumber();
    assertThat(card).matches("[A-Z]{2}[0-9]{8}[A-Z]{2}");
    assertThat(issued.returnTracking()).isEqualTo("987654321098");
    assertThat(issued.messages()).anyMatch(m -> m.contains(card));
    assertThat(Accessibility.scan(officer, "console case, issued")).hasNoViolations();

    Mailbox.Mail issuedMail =
        Mailbox.of(Accounts.email(authId))
            .awaitMessage("<application-" + id + "-issued" + MAIL_DOMAIN);
    assertThat(issuedMail.body()).contains(card).contains("987654321098").contains(receipt);
    Mailbox.Mail applicantMail =
        Mailbox.of(applicantEmail)
            .awaitMessage("<application-" + id + "-applicant-issued" + MAIL_DOMAIN);
    assertThat(applicantMail.body()).contains("987654321098");

    ApplicationViewPage completed = ApplicationViewPage.open(lawyer, applicationUrl);
    assertThat(completed.stateCode()).isEqualTo("COMPLETED");
    assertThat(completed.state()).contains("完了");
    assertThat(completed.issuedCardNumber()).isEqualTo(card);
    assertThat(Accessibility.scan(lawyer, "portal application, completed")).hasNoViolations();
  }

  @Test
  void theExaminerProposesADenialAndAnotherSupervisorConfirmsIt() {
    String authId = Accounts.newLawyer();
    String applicantEmail = "denial-" + System.nanoTime() + "@example.jp";
    String applicationUrl = submitted(authId, "DENY", applicantEmail);
    String receipt = new ApplicationViewPage(lawyer).receiptNumber();
    String id = applicationId(applicationUrl);

    LoginPage.console(officer, base).logIn(Fixtures.TOKYO_EXAMINER, Fixtures.DEMO_PASSWORD);
    CasePage examined = new IntakePage(officer).awaitAndOpen(receipt);
    String caseUrl = officer.getCurrentUrl();

    CasePage empty = examined.proposeDenial("  ");
    assertThat(empty.messages())
        .anyMatch(m -> m.contains("不許可の理由") && m.contains("reasons for the denial"));

    String reasons =
        "提出された資料からは、申請に係る活動の継続性が認められないため。\nThe continuity of the activity is not shown.";
    CasePage proposed = empty.proposeDenial(reasons);
    assertThat(proposed.stateCode()).isEqualTo("UNDER_REVIEW");
    assertThat(proposed.messages()).anyMatch(m -> m.contains("統括審査官の決裁"));
    assertThat(proposed.pendingDenialReasons()).contains("継続性が認められない");
    // Four-eyes: the examiner cannot confirm his own proposal, nor decide otherwise meanwhile.
    assertThat(proposed.offersSupervision()).isFalse();
    assertThat(proposed.saysOwnProposal()).isTrue();
    assertThat(proposed.offersDecision()).isFalse();
    assertThat(Accessibility.scan(officer, "console case with a proposed denial"))
        .hasNoViolations();

    officer.manage().deleteAllCookies();
    LoginPage.console(officer, base).logIn(Fixtures.TOKYO_SUPERVISOR, Fixtures.DEMO_PASSWORD);
    officer.get(caseUrl);
    CasePage supervising = new CasePage(officer);
    assertThat(supervising.offersSupervision()).isTrue();
    assertThat(Accessibility.scan(officer, "console case, supervisor to confirm a denial"))
        .hasNoViolations();
    CasePage denied = supervising.confirmDenial();
    assertThat(denied.stateCode()).isEqualTo("DENIED");
    assertThat(denied.state()).contains("不許可");
    assertThat(denied.decidedReasons()).contains("継続性が認められない");
    assertThat(denied.offersSupervision()).isFalse();
    assertThat(Accessibility.scan(officer, "console case, denied")).hasNoViolations();

    Mailbox.Mail mail =
        Mailbox.of(Accounts.email(authId))
            .awaitMessage("<application-" + id + "-denied" + MAIL_DOMAIN);
    assertThat(mail.subject()).contains(receipt).contains("審査結果");
    assertThat(mail.body()).contains("不許可").contains("継続性が認められない").contains("denied");
    Mailbox.Mail applicantMail =
        Mailbox.of(applicantEmail)
            .awaitMessage("<application-" + id + "-applicant-denied" + MAIL_DOMAIN);
    assertThat(applicantMail.body()).contains("継続性が認められない");

    ApplicationViewPage portal = ApplicationViewPage.open(lawyer, applicationUrl);
    assertThat(portal.stateCode()).isEqualTo("DENIED");
    assertThat(portal.state()).contains("不許可");
    assertThat(portal.denialReasons()).contains("継続性が認められない").contains("continuity");
    assertThat(Accessibility.scan(lawyer, "portal application, denied")).hasNoViolations();
  }

  /**
   * Issue 16, receiving the result: with a re-entry permit (a sticker in the passport) the form
   * offers only the window and says why; the approval mail gives the bureau's hours from its table;
   * the officer records the handing over (bad input refused, nothing stored), the case is 完了 with a
   * new card, and both sides are mailed.
   */
  @Test
  void aReentryPermitIsReceivedAtTheWindowAndTheHandingOverCompletesTheCase() {
    String authId = Accounts.newLawyer();
    String applicantEmail = "window-" + System.nanoTime() + "@example.jp";
    LoginPage.portal(lawyer, base).logIn(authId, Fixtures.DEMO_PASSWORD);
    DraftPage draft = new ApplicationsPage(lawyer).startExtension();
    assertThat(draft.resultReceiptChoices()).containsExactly("WINDOW", "MAIL");
    assertThat(draft.windowOnlyNote()).isEmpty();
    draft.reentry("SINGLE"); // the mail chosen before gives way to the window
    assertThat(draft.resultReceiptChoices()).containsExactly("WINDOW");
    assertThat(draft.resultReceipt()).isEqualTo("WINDOW");
    assertThat(draft.windowOnlyNote()).contains("再入国許可申請は旅券に証印シールを貼るため").contains("not by mail");
    assertThat(Accessibility.scan(lawyer, "portal draft, re-entry permit: window only"))
        .hasNoViolations();
    draft
        .resultAtWindow(applicantEmail)
        .vietnameseApplicantInMinato(Fixtures.uniqueName("WINDOW"))
        .restOfTheForm()
        .submitAndView();
    String applicationUrl = lawyer.getCurrentUrl();
    String receipt = new ApplicationViewPage(lawyer).receiptNumber();
    String id = applicationId(applicationUrl);

    LoginPage.console(officer, base).logIn(Fixtures.TOKYO_EXAMINER, Fixtures.DEMO_PASSWORD);
    CasePage approved = new IntakePage(officer).awaitAndOpen(receipt).approve();
    assertThat(approved.stateCode()).isEqualTo("APPROVED");
    assertThat(approved.offersHandOver()).isTrue();
    assertThat(approved.stickers()).contains("再入国許可申請");
    assertThat(Accessibility.scan(officer, "console case, to hand over at the window"))
        .hasNoViolations();

    Mailbox.Mail approval =
        Mailbox.of(Accounts.email(authId))
            .awaitMessage("<application-" + id + "-approved" + MAIL_DOMAIN);
    assertThat(approval.body())
        .contains("受付時間: 平日（土日・祝日・年末年始を除く） 9:00〜12:00、13:00〜16:00")
        .contains("Opening hours: weekdays")
        .contains("証印シール");

    assertThat(ApplicationViewPage.open(lawyer, applicationUrl).windowHours())
        .isEqualTo("平日（土日・祝日・年末年始を除く） 9:00〜12:00、13:00〜16:00");

    String tomorrow =
        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusDays(1).toString();
    CasePage refused = approved.handOver(tomorrow, " ", "APPLICANT");
    assertThat(refused.messages())
        .anyMatch(
            m ->
                m.contains("今日より後")
                    && m.contains("来庁した方の氏名")
                    && m.contains("Enter the name of the person who came"));
    assertThat(refused.stateCode()).isEqualTo("APPROVED");
    assertThat(refused.offersHandOver()).isTrue();

    String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).toString();
    CasePage completed = refused.handOver(today, "NGUYEN VAN AN", "APPLICANT");
    assertThat(completed.stateCode()).isEqualTo("COMPLETED");
    assertThat(completed.state()).contains("完了");
    assertThat(completed.offersHandOver()).isFalse();
    String card = completed.handedOverCardNumber();
    assertThat(card).matches("[A-Z]{2}[0-9]{8}[A-Z]{2}");
    assertThat(completed.collector()).contains("NGUYEN VAN AN").contains("申請人本人");
    assertThat(completed.messages()).anyMatch(m -> m.contains(card));
    assertThat(Accessibility.scan(officer, "console case, handed over")).hasNoViolations();

    Mailbox.Mail handedOver =
        Mailbox.of(Accounts.email(authId))
            .awaitMessage("<application-" + id + "-handed-over" + MAIL_DOMAIN);
    assertThat(handedOver.body()).contains(card).contains(receipt).contains("NGUYEN VAN AN");
    Mailbox.Mail applicantMail =
        Mailbox.of(applicantEmail)
            .awaitMessage("<application-" + id + "-applicant-handed-over" + MAIL_DOMAIN);
    assertThat(applicantMail.body()).contains(card).contains("窓口で受け渡しました");

    ApplicationViewPage portal = ApplicationViewPage.open(lawyer, applicationUrl);
    assertThat(portal.stateCode()).isEqualTo("COMPLETED");
  }

  /**
   * Issue 16: permission for activity outside status received by mail comes with its 資格外活動許可書 (ISA,
   * since January 2024): the approval mail says so, the officer cannot issue without confirming it
   * is enclosed, the issuance records it and the issued mail says what was sent.
   */
  @Test
  void permissionForActivityOutsideStatusByMailIsIssuedWithItsPermit() {
    String authId = Accounts.newLawyer();
    String applicantEmail = "permit-" + System.nanoTime() + "@example.jp";
    LoginPage.portal(lawyer, base).logIn(authId, Fixtures.DEMO_PASSWORD);
    DraftPage draft = new ApplicationsPage(lawyer).startExtension().activityOutside();
    assertThat(draft.resultReceiptChoices()).containsExactly("WINDOW", "MAIL");
    draft
        .resultByMail(applicantEmail)
        .vietnameseApplicantInMinato(Fixtures.uniqueName("PERMIT"))
        .restOfTheForm()
        .submitAndView();
    String applicationUrl = lawyer.getCurrentUrl();
    String receipt = new ApplicationViewPage(lawyer).receiptNumber();
    String id = applicationId(applicationUrl);

    LoginPage.console(officer, base).logIn(Fixtures.TOKYO_EXAMINER, Fixtures.DEMO_PASSWORD);
    CasePage approved = new IntakePage(officer).awaitAndOpen(receipt).approve();
    assertThat(approved.stateCode()).isEqualTo("APPROVED_AWAITING_ISSUANCE");
    Mailbox.Mail approval =
        Mailbox.of(Accounts.email(authId))
            .awaitMessage("<application-" + id + "-approved" + MAIL_DOMAIN);
    assertThat(approval.body()).contains("資格外活動許可書を、旅券の証印シールの代わりに");

    CasePage received = approved.recordReceipt(5500);
    CasePage refused = received.issue("9876-5432-1098");
    assertThat(refused.messages())
        .anyMatch(m -> m.contains("資格外活動許可書") && m.contains("Confirm that the"));
    assertThat(refused.stateCode()).isEqualTo("APPROVED_AWAITING_ISSUANCE");
    assertThat(Accessibility.scan(officer, "console case, permit to enclose")).hasNoViolations();

    CasePage issued = refused.issueWithEnclosures("9876-5432-1098");
    assertThat(issued.stateCode()).isEqualTo("COMPLETED");
    assertThat(issued.enclosedDocuments()).contains("資格外活動許可書");
    Mailbox.Mail issuedMail =
        Mailbox.of(Accounts.email(authId))
            .awaitMessage("<application-" + id + "-issued" + MAIL_DOMAIN);
    assertThat(issuedMail.body())
        .contains("同封したもの: 資格外活動許可書")
        .contains("Enclosed: the permit to engage in activity outside status");
    Mailbox.Mail applicantMail =
        Mailbox.of(applicantEmail)
            .awaitMessage("<application-" + id + "-applicant-issued" + MAIL_DOMAIN);
    assertThat(applicantMail.body()).contains("同封したもの: 資格外活動許可書");
  }

  private static String applicationId(String url) {
    return url.substring(url.indexOf("id=") + 3).replaceAll("[^0-9].*", "");
  }
}
