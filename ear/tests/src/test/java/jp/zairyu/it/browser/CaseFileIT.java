package jp.zairyu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import jp.zairyu.it.browser.pages.ApplicationViewPage;
import jp.zairyu.it.browser.pages.CasePage;
import jp.zairyu.it.browser.pages.DraftPage;
import jp.zairyu.it.browser.pages.IntakePage;
import jp.zairyu.it.browser.pages.LoginPage;
import jp.zairyu.it.support.Accounts;
import jp.zairyu.it.support.Database;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.TestPorts;
import jp.zairyu.it.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;

/**
 * The case view beside the decision: the face photo and the PDFs the practitioner attached are
 * shown inline, served only to officers of the case's bureau (an Osaka examiner gets 404 for a
 * Tokyo case's files) with safe headers, each view in the audit trail; officers write internal
 * notes, listed newest first with author and time, refused when blank or too long, never shown in
 * the portal. The form's last rows read as filed: a COE's marital status, home-town address and
 * accompanying persons; 高度専門職2号's 無期限, applied for and held.
 */
class CaseFileIT {

  @RegisterExtension static final Browsers browsers = new Browsers();

  private final String base = TestPorts.baseUrl();
  private WebDriver lawyer;
  private WebDriver officer;
  @TempDir Path files;

  @BeforeEach
  void openBrowsers() {
    lawyer = browsers.of("lawyer");
    officer = browsers.of("officer");
  }

  /** A new lawyer submits a Tokyo extension with a face photo and a PDF; its id and receipt. */
  private String[] submittedWithFiles(String authId, String name) throws IOException {
    LoginPage.portal(lawyer, base).logIn(authId, Fixtures.DEMO_PASSWORD);
    DraftPage draft = DraftPage.startTokyoExtension(lawyer, base, name).save();
    draft
        .attachments()
        .uploadPhoto(file("顔写真.jpg", jpeg(600, 800)))
        .uploadDocument("PASSPORT", file("passport.pdf", AttachmentsIT.pdf()));
    long id =
        Long.parseLong(
            Database.string("select id from application where applicant_name = ?", name));
    lawyer.get(base + "/portal/applications/edit.xhtml?id=" + id);
    ApplicationViewPage view = new DraftPage(lawyer).restOfTheForm().submitAndView();
    return new String[] {Long.toString(id), view.receiptNumber(), lawyer.getCurrentUrl()};
  }

  @Test
  void theOfficerSeesThePhotoAndThePdfInlineAndAnotherBureauGetsNothing() throws IOException {
    String authId = Accounts.newLawyer();
    String[] app = submittedWithFiles(authId, Fixtures.uniqueName("INLINE"));
    String id = app[0];
    String receipt = app[1];

    LoginPage.console(officer, base).logIn(Fixtures.TOKYO_EXAMINER, Fixtures.DEMO_PASSWORD);
    CasePage page = new IntakePage(officer).awaitListing(receipt).open(receipt);
    assertThat(page.facePhotoNaturalWidth()).isEqualTo(600);
    List<String> pdfs = page.embeddedDocuments();
    assertThat(pdfs).hasSize(1);
    assertThat(page.facePhotoSource()).contains("/console/cases/document?case=" + id + "&id=");
    assertThat(Accessibility.scan(officer, "case, with photo and PDF")).hasNoViolations();

    String photoPath = page.facePhotoSource().substring(base.length());
    String pdfPath = pdfs.get(0).substring(base.length());
    String photoId = photoPath.substring(photoPath.lastIndexOf('=') + 1);

    WebSession tokyo = WebSession.console(Fixtures.TOKYO_EXAMINER, Fixtures.DEMO_PASSWORD);
    HttpResponse<String> pdf = tokyo.get(pdfPath);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition"))
        .get()
        .asString()
        .startsWith("inline;")
        .contains("filename*=UTF-8''passport.pdf");
    assertThat(pdf.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    // Inline, only the console may frame it; no sandbox, which some PDF viewers refuse.
    assertThat(pdf.headers().firstValue("Content-Security-Policy"))
        .get()
        .asString()
        .contains("default-src 'none'")
        .contains("frame-ancestors 'self'")
        .doesNotContain("sandbox");
    assertThat(pdf.body()).startsWith("%PDF-");
    HttpResponse<String> photo = tokyo.get(photoPath);
    assertThat(photo.statusCode()).isEqualTo(200);
    assertThat(photo.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("image/jpeg");
    assertThat(photo.headers().firstValue("Content-Disposition"))
        .get()
        .asString()
        .startsWith("inline;");
    HttpResponse<String> download = tokyo.get(pdfPath + "&download=1");
    assertThat(download.headers().firstValue("Content-Disposition"))
        .get()
        .asString()
        .startsWith("attachment;");
    assertThat(download.headers().firstValue("Content-Security-Policy"))
        .get()
        .asString()
        .contains("sandbox");
    // A file of another case under this case's id is not found either.
    assertThat(
            tokyo
                .get(
                    "/console/cases/document?case="
                        + (Long.parseLong(id) + 1_000_000)
                        + "&id="
                        + photoId)
                .statusCode())
        .isEqualTo(404);

    // An Osaka examiner gets nothing for a Tokyo case: not the files, not the case.
    WebSession osaka = WebSession.console(Fixtures.OSAKA_EXAMINER, Fixtures.DEMO_PASSWORD);
    assertThat(osaka.get(pdfPath).statusCode()).isEqualTo(404);
    assertThat(osaka.get(photoPath).statusCode()).isEqualTo(404);
    assertThat(osaka.get(pdfPath).body()).doesNotContain("%PDF-");

    // Each view by the Tokyo examiner is in the audit trail; the refused ones are not.
    assertThat(
            Long.parseLong(
                Database.string(
                    "select count(*) from audit_log where action = 'CASE_DOCUMENT_VIEWED'"
                        + " and subject = ? and actor = ?",
                    "application " + id,
                    Fixtures.TOKYO_EXAMINER)))
        .isGreaterThanOrEqualTo(4);
    assertThat(
            Database.string(
                "select count(*) from audit_log where action = 'CASE_DOCUMENT_VIEWED'"
                    + " and subject = ? and actor = ?",
                "application " + id,
                Fixtures.OSAKA_EXAMINER))
        .isEqualTo("0");
  }

  @Test
  void officersWriteNotesNewestFirstThatThePractitionerNeverSees() throws IOException {
    String authId = Accounts.newLawyer();
    String[] app = submittedWithFiles(authId, Fixtures.uniqueName("NOTES"));
    String id = app[0];
    String receipt = app[1];
    String applicationUrl = app[2];

    LoginPage.console(officer, base).logIn(Fixtures.TOKYO_EXAMINER, Fixtures.DEMO_PASSWORD);
    CasePage page = new IntakePage(officer).awaitListing(receipt).open(receipt);
    assertThat(page.notes()).isEmpty();

    String first = "在留歴を確認済み。内部メモ-" + System.nanoTime();
    String second = "雇用契約書の写しを追完で求める予定 " + System.nanoTime();
    page = page.addNote(first);
    assertThat(page.messages()).anyMatch(m -> m.contains("メモを追加しました"));
    page = page.addNote(second);
    List<String[]> notes = page.notes();
    assertThat(notes).hasSize(2);
    assertThat(notes.get(0)[2]).isEqualTo(second);
    assertThat(notes.get(1)[2]).isEqualTo(first);
    assertThat(notes.get(0)[0]).contains("(" + Fixtures.TOKYO_EXAMINER + ")");
    assertThat(notes.get(0)[1]).matches("\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}");
    assertThat(Accessibility.scan(officer, "case, with notes")).hasNoViolations();

    // Blank and too long are refused in both languages; nothing is stored.
    page = page.addNote("   ");
    assertThat(page.messages())
        .anyMatch(m -> m.contains("メモの内容を入力してください") && m.contains("Enter the text"));
    assertThat(Accessibility.scan(officer, "case, a refused note")).hasNoViolations();
    // The field stops at 2,000 characters; the service refuses more if the browser is bypassed.
    WebSession tokyo = WebSession.console(Fixtures.TOKYO_EXAMINER, Fixtures.DEMO_PASSWORD);
    assertThat(page.notes()).hasSize(2);
    assertThat(
            Database.string(
                "select count(*) from case_note where application_id = ?", Long.parseLong(id)))
        .isEqualTo("2");
    assertThat(
            Database.string(
                "select count(*) from audit_log where action = 'CASE_NOTE_ADDED' and subject = ?",
                "application " + id))
        .isEqualTo("2");

    // Another bureau cannot read the case, so neither its notes.
    WebSession osaka = WebSession.console(Fixtures.OSAKA_EXAMINER, Fixtures.DEMO_PASSWORD);
    assertThat(osaka.get("/console/cases/view.xhtml?id=" + id).body())
        .doesNotContain(first)
        .doesNotContain(second);
    assertThat(tokyo.get("/console/cases/view.xhtml?id=" + id).body()).contains(first);

    // The practitioner's portal never shows them.
    lawyer.get(applicationUrl);
    ApplicationViewPage view = new ApplicationViewPage(lawyer);
    assertThat(view.receiptNumber()).isEqualTo(receipt);
    assertThat(lawyer.getPageSource()).doesNotContain(first).doesNotContain(second);
    HttpResponse<String> portal =
        WebSession.portal(authId, Fixtures.DEMO_PASSWORD)
            .get(applicationUrl.substring(base.length()));
    assertThat(portal.statusCode()).isEqualTo(200);
    assertThat(portal.body()).contains(receipt).doesNotContain(first).doesNotContain(second);
  }

  // --- the form's last rows (V17, V18) as the officer reads them ---

  /** The Tokyo examiner (logged in) opens the new case of this receipt number from intake. */
  private CasePage openInIntake(String receipt) {
    return IntakePage.open(officer, base, "INTAKE", receipt).awaitAndOpen(receipt);
  }

  @Test
  void theOfficerReadsACoesMaritalStatusHomeTownAddressAndAccompanyingPersons() {
    LoginPage.portal(lawyer, base).logIn(Accounts.newLawyer(), Fixtures.DEMO_PASSWORD);
    String receipt =
        DraftPage.start(lawyer, base, "COE")
            .desiredStatus("ENGINEER_HUMANITIES", null)
            .name(Fixtures.uniqueName("CASE-COE"))
            .married(true)
            .homeAddress("Hanoi, Hoan Kiem, Trang Tien 12")
            .accompanyingPerson("SPOUSE", "TRAN THI MAI", "1996-06-06", "ベトナム")
            .accompanyingPerson("CHILD", "NGUYEN MINH KHOA", "2020-02-02", "ベトナム")
            .prefecture("東京都")
            .restOfTheForm()
            .submitAndView()
            .receiptNumber();
    assertThat(receipt).startsWith("TOKYO-");

    LoginPage.console(officer, base).logIn(Fixtures.TOKYO_EXAMINER, Fixtures.DEMO_PASSWORD);
    CasePage page = openInIntake(receipt);
    assertThat(page.fact("form-married")).isEqualTo("有 / Yes");
    assertThat(page.fact("form-homeAddress")).isEqualTo("Hanoi, Hoan Kiem, Trang Tien 12");
    assertThat(page.fact("form-accompanied")).isEqualTo("有 / Yes");
    assertThat(page.fact("form-accompanying-1"))
        .contains("配偶者")
        .contains("TRAN THI MAI")
        .contains("1996-06-06")
        .contains("ベトナム");
    assertThat(page.fact("form-accompanying-2"))
        .contains("子")
        .contains("NGUYEN MINH KHOA")
        .contains("2020-02-02");
    assertThat(page.hasFact("form-accompanying-3")).isFalse();
    // A COE applicant holds no status yet: no period held.
    assertThat(page.hasFact("form-currentPeriod")).isFalse();
    assertThat(page.formSections()).contains("form-accompanying");
    assertThat(Accessibility.scan(officer, "case, a COE with accompanying persons"))
        .hasNoViolations();
  }

  @Test
  void theOfficerReads無期限AppliedForAndHeldIn高度専門職2号Filings() {
    LoginPage.portal(lawyer, base).logIn(Accounts.newLawyer(), Fixtures.DEMO_PASSWORD);
    // A change to 高度専門職2号: the period applied for is 無期限.
    String change =
        DraftPage.start(lawyer, base, "CHANGE")
            .currentStatus("HSP", "1号ロ")
            .desiredStatus("HSP", "2号")
            .name(Fixtures.uniqueName("CASE-HSP2"))
            .married(false)
            .homeAddress("Bengaluru, Karnataka")
            .prefecture("東京都")
            .restOfTheForm()
            .submitAndView()
            .receiptNumber();
    // A holder of 高度専門職2号 asks for a certificate of authorised employment: the period held is
    // 無期限, with no date of expiry.
    String workCert =
        DraftPage.start(lawyer, base, "WORK_CERT")
            .currentStatus("HSP", "2号")
            .name(Fixtures.uniqueName("CASE-HSP2-HOLDER"))
            .prefecture("東京都")
            .restOfTheForm()
            .submitAndView()
            .receiptNumber();

    LoginPage.console(officer, base).logIn(Fixtures.TOKYO_EXAMINER, Fixtures.DEMO_PASSWORD);
    CasePage page = openInIntake(change);
    assertThat(page.fact("form-desiredPeriod")).isEqualTo("無期限 / Indefinite");
    assertThat(page.fact("form-currentPeriod")).isEqualTo("3年");
    assertThat(page.fact("form-married")).isEqualTo("無 / No");
    assertThat(page.fact("form-homeAddress")).isEqualTo("Bengaluru, Karnataka");
    assertThat(page.hasFact("form-accompanied")).isFalse(); // only a COE asks
    assertThat(Accessibility.scan(officer, "case, a change to 高度専門職2号")).hasNoViolations();

    page = openInIntake(workCert);
    assertThat(page.fact("form-currentPeriod")).isEqualTo("無期限 / Indefinite");
    assertThat(page.fact("form-currentExpiry")).isEqualTo("無期限 / Indefinite");
    assertThat(page.hasFact("form-desiredPeriod")).isFalse();
    assertThat(Accessibility.scan(officer, "case, a 高度専門職2号 holder's filing")).hasNoViolations();
  }

  private Path file(String name, byte[] content) throws IOException {
    return Files.write(files.resolve(name), content);
  }

  private static byte[] jpeg(int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0xE8, 0xEE, 0xF4));
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(0x80, 0x60, 0x50));
    g.fillOval(width / 4, height / 5, width / 2, height / 2);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpg", out);
    return out.toByteArray();
  }
}
