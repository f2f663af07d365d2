package jp.zairyu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;
import jp.zairyu.it.browser.pages.ApplicationViewPage;
import jp.zairyu.it.browser.pages.CasePage;
import jp.zairyu.it.browser.pages.LoginPage;
import jp.zairyu.it.support.Accounts;
import jp.zairyu.it.support.Database;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.Mailbox;
import jp.zairyu.it.support.TestPorts;
import jp.zairyu.it.support.WebSession;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/**
 * The PDFs of an application: the application form (申請書) for its practitioner once submitted and
 * for the officers of its bureau, the fee slip (手数料納付書) while the items are to be sent in, and the
 * electronic COE attached to the approval mail of a COE received by mail.
 */
class ApplicationDocumentsIT {

  private static final String MAIL_DOMAIN = "@zairyu.example.jp>";

  @RegisterExtension static final Browsers browsers = new Browsers();

  /** A receipt number of a series no other run uses. */
  private static String receipt() {
    StringBuilder s = new StringBuilder("P");
    ThreadLocalRandom r = ThreadLocalRandom.current();
    for (int i = 0; i < 7; i++) {
      s.append((char) ('A' + r.nextInt(26)));
    }
    return s + "-2099-0000001";
  }

  /**
   * An application of the lawyer, routed to Tokyo, as the flow would have left it.
   *
   * @param receipt null for a draft
   */
  private static long application(
      String authId,
      String procedure,
      String state,
      String receipt,
      String name,
      String currentStatus,
      String desiredStatus) {
    return Long.parseLong(
        Database.string(
            "insert into application (practitioner_id, procedure_code, state, applicant_name,"
                + " nationality, date_of_birth, residence_card_number, prefecture, address_line,"
                + " current_status, desired_status, result_receipt, applicant_email,"
                + " receipt_number, bureau_code, created_at, updated_at, submitted_at, routed_at)"
                + " select p.id, ?, ?, ?, 'ベトナム', date '1995-04-01', 'AB12345678CD', '東京都',"
                + " '新宿区西新宿2-8-1', ?, ?, 'MAIL', ?, ?, case when cast(? as varchar) is null then null else"
                + " 'TOKYO' end, now(), now(), case when cast(? as varchar) is null then null else now() end,"
                + " case when cast(? as varchar) is null then null else now() end"
                + " from practitioner p where p.auth_id = ? returning id",
            procedure,
            state,
            name,
            currentStatus,
            desiredStatus,
            "applicant-" + System.nanoTime() + "@example.jp",
            receipt,
            receipt,
            receipt,
            receipt,
            authId));
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static void assertPdf(HttpResponse<byte[]> response) {
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/pdf");
    assertThat(new String(response.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
  }

  @Test
  void theApplicationFormGoesToItsPractitionerAndTheOfficersOfItsBureauOnly() throws IOException {
    String authId = Accounts.newLawyer();
    String name = Fixtures.uniqueName("PDF");
    String receipt = receipt();
    long submitted =
        application(
            authId,
            "EXTENSION",
            "SUBMITTED",
            receipt,
            name,
            "ENGINEER_HUMANITIES",
            "ENGINEER_HUMANITIES");
    long draft =
        application(
            authId, "EXTENSION", "DRAFT", null, name, "ENGINEER_HUMANITIES", "ENGINEER_HUMANITIES");
    WebSession owner = WebSession.portal(authId, Fixtures.DEMO_PASSWORD);

    HttpResponse<byte[]> form =
        owner.getBytes("/portal/applications/application.pdf?id=" + submitted);
    assertPdf(form);
    assertThat(form.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(v -> assertThat(v).contains("attachment").contains(receipt));
    assertThat(text(form.body()))
        .contains("在留期間更新許可申請書")
        .contains("APPLICATION FOR EXTENSION OF PERIOD OF STAY")
        .contains("東京出入国在留管理局長 殿")
        .contains(receipt)
        .contains(name)
        .contains("新宿区西新宿2-8-1")
        .contains("国籍・地域")
        .contains("Nationality")
        // every section of the form, as the views show it (ApplicationSheet)
        .contains("旅券 / Passport")
        .contains("在留・申請理由 / Stay and reason")
        .contains("配偶者の有無")
        .contains("本国における居住地")
        .contains("在日親族及び同居者");
    assertThat(owner.get("/portal/applications/view.xhtml?id=" + submitted).body())
        .contains("applications/application.pdf?id=" + submitted);

    // only after submission; never another practitioner's; never without logging in
    assertThat(owner.getBytes("/portal/applications/application.pdf?id=" + draft).statusCode())
        .isEqualTo(404);
    assertThat(owner.get("/portal/applications/view.xhtml?id=" + draft).body())
        .doesNotContain("application.pdf");
    assertThat(owner.getBytes("/portal/applications/application.pdf?id=x").statusCode())
        .isEqualTo(404);
    WebSession other = WebSession.portal(Accounts.newLawyer(), Fixtures.DEMO_PASSWORD);
    assertThat(other.getBytes("/portal/applications/application.pdf?id=" + submitted).statusCode())
        .isEqualTo(404);
    HttpResponse<byte[]> anonymous =
        WebSession.anonymous().getBytes("/portal/applications/application.pdf?id=" + submitted);
    assertThat(anonymous.statusCode()).isNotEqualTo(200);
    // the fee slip only while the items are to be sent in
    assertThat(owner.getBytes("/portal/applications/fee-slip.pdf?id=" + submitted).statusCode())
        .isEqualTo(404);

    WebSession tokyo = WebSession.console(Fixtures.TOKYO_EXAMINER, Fixtures.DEMO_PASSWORD);
    HttpResponse<byte[]> caseForm =
        tokyo.getBytes("/console/cases/application.pdf?id=" + submitted);
    assertPdf(caseForm);
    assertThat(text(caseForm.body())).contains(receipt).contains(name);
    assertThat(tokyo.get("/console/cases/view.xhtml?id=" + submitted).body())
        .contains("cases/application.pdf?id=" + submitted);
    WebSession osaka = WebSession.console(Fixtures.OSAKA_EXAMINER, Fixtures.DEMO_PASSWORD);
    assertThat(osaka.getBytes("/console/cases/application.pdf?id=" + submitted).statusCode())
        .isEqualTo(404);
    assertThat(tokyo.getBytes("/console/cases/application.pdf?id=" + draft).statusCode())
        .isEqualTo(404);
    // a practitioner's session is no way into the console's documents
    assertThat(owner.getBytes("/console/cases/application.pdf?id=" + submitted).statusCode())
        .isNotEqualTo(200);
  }

  @Test
  void approvedByMailThePractitionerPrintsTheFeeSlipOfTheFee() throws IOException {
    String authId = Accounts.newLawyer();
    String name = Fixtures.uniqueName("SLIP");
    String receipt = receipt();
    long approved =
        application(
            authId,
            "EXTENSION",
            "APPROVED_AWAITING_ISSUANCE",
            receipt,
            name,
            "ENGINEER_HUMANITIES",
            "ENGINEER_HUMANITIES");
    Database.update(
        "update application set reentry = 'MULTIPLE', decided_at = now() where id = ?", approved);
    WebSession owner = WebSession.portal(authId, Fixtures.DEMO_PASSWORD);

    assertThat(owner.get("/portal/applications/view.xhtml?id=" + approved).body())
        .contains("applications/fee-slip.pdf?id=" + approved);
    HttpResponse<byte[]> slip = owner.getBytes("/portal/applications/fee-slip.pdf?id=" + approved);
    assertPdf(slip);
    int fee =
        jp.zairyu.domain.model.application.Filing.of(
                "EXTENSION", jp.zairyu.domain.model.application.Filing.Reentry.MULTIPLE, false)
            .feeOnlineYen();
    assertThat(text(slip.body()))
        .contains("手数料納付書")
        .contains("収入印紙貼付欄")
        .contains("Revenue stamps")
        .contains(receipt)
        .contains(name)
        .contains("再入国許可")
        .contains(String.format("%,d円", fee));

    WebSession other = WebSession.portal(Accounts.newLawyer(), Fixtures.DEMO_PASSWORD);
    assertThat(other.getBytes("/portal/applications/fee-slip.pdf?id=" + approved).statusCode())
        .isEqualTo(404);
  }

  @Test
  void anElectronicCoeIsMailedAsAPdfWithTheApproval() throws IOException {
    String authId = Accounts.newLawyer();
    String name = Fixtures.uniqueName("ECOE");
    String receipt = receipt();
    long coe = application(authId, "COE", "SUBMITTED", receipt, name, null, "ENGINEER_HUMANITIES");
    WebDriver officer = browsers.of("officer");
    String base = TestPorts.baseUrl();
    LoginPage.console(officer, base).logIn(Fixtures.TOKYO_EXAMINER, Fixtures.DEMO_PASSWORD);
    officer.get(base + "/console/cases/view.xhtml?id=" + coe);
    CasePage undecided = new CasePage(officer);
    assertThat(undecided.resultReceipt()).contains("電子メール").contains("electronic certificate");
    CasePage approved = undecided.approve();
    assertThat(approved.stateCode()).isEqualTo("APPROVED"); // 交付: nothing to wait for
    assertThat(approved.messages())
        .anyMatch(m -> m.contains("交付しました") && m.contains("電子メール") && m.contains("e-mail"))
        .noneMatch(m -> m.contains("郵送") || m.contains("what to send"));

    Mailbox.Mail mail =
        Mailbox.of(Accounts.email(authId))
            .awaitMessage("<application-" + coe + "-approved" + MAIL_DOMAIN);
    assertThat(mail.body()).contains(receipt).contains("在留資格認定証明書").contains("attached");
    assertThat(mail.attachments())
        .singleElement()
        .satisfies(
            pdf -> {
              assertThat(pdf.contentType()).startsWithIgnoringCase("application/pdf");
              assertThat(pdf.fileName()).isEqualTo("coe-E" + receipt + ".pdf");
              String text = text(pdf.content());
              String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).toString();
              assertThat(text)
                  .contains("在留資格認定証明書")
                  .contains("CERTIFICATE OF ELIGIBILITY")
                  .contains("E" + receipt)
                  .contains(name)
                  .contains("技術・人文知識・国際業務")
                  .contains(today)
                  .contains(java.time.LocalDate.parse(today).plusMonths(3).toString())
                  .contains("東京出入国在留管理局長");
            });

    WebDriver lawyer = browsers.of("lawyer");
    LoginPage.portal(lawyer, base).logIn(authId, Fixtures.DEMO_PASSWORD);
    ApplicationViewPage view =
        ApplicationViewPage.open(lawyer, base + "/portal/applications/view.xhtml?id=" + coe);
    assertThat(view.fact("electronicCoe")).contains("在留資格認定証明書");
    assertThat(Accessibility.scan(lawyer, "portal application, electronic COE issued"))
        .hasNoViolations();
  }
}
