package jp.zairyu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import jp.zairyu.it.browser.pages.ApplicationViewPage;
import jp.zairyu.it.browser.pages.ApplicationsPage;
import jp.zairyu.it.browser.pages.AttachmentsPage;
import jp.zairyu.it.browser.pages.DraftPage;
import jp.zairyu.it.browser.pages.LoginPage;
import jp.zairyu.it.browser.pages.RegistrationPage;
import jp.zairyu.it.support.Accounts;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.TestPorts;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;

/**
 * The portal as a busy practitioner sees it (issue 19): registration says what it needs in one
 * sentence per language and marks every required field; login and registration say the service is
 * for PCs and which browsers, and a narrow screen gets a notice rather than a broken page; the
 * attachments page says each thing once, counts nothing as nothing and lets one file serve two
 * documents; step 6 gives no reason for the face photo it cannot know; the application's page shows
 * the bureau once the case is routed, without a reload.
 */
class PortalAsSeenIT {

  @RegisterExtension static final Browsers browsers = new Browsers();

  private static final String OSAKA = "大阪出入国在留管理局";

  private final String base = TestPorts.baseUrl();
  private WebDriver browser;
  @TempDir Path files;

  @BeforeEach
  void openBrowser() {
    browser = browsers.of("browser");
  }

  @Test
  void registrationGuidanceIsOneSentencePerLanguageAndEveryRequiredFieldIsMarked() {
    RegistrationPage page = RegistrationPage.open(browser, base);
    for (String kind :
        List.of(
            "LAWYER_SCRIVENER",
            "ORG_STAFF",
            "PUBLIC_INTEREST_CORP",
            "SUPPORT_ORG",
            "FOREIGN_NATIONAL",
            "LEGAL_REPRESENTATIVE",
            "RELATIVE")) {
      page.kind(kind);
      List<String> guidance = page.guidance();
      String ja = guidance.get(0);
      String en = guidance.get(1);
      assertThat(ja).as(kind + " in Japanese").endsWith("。").doesNotContainPattern("[A-Za-z]");
      assertThat(ja.substring(0, ja.length() - 1)).as(kind + ", one sentence").doesNotContain("。");
      assertThat(en)
          .as(kind + " in English")
          .endsWith(".")
          .doesNotContainPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
      assertThat(en.substring(0, en.length() - 1)).as(kind + ", one sentence").doesNotContain(". ");
      assertThat(page.fieldCount()).as(kind).isGreaterThanOrEqualTo(6);
      assertThat(page.fieldsNotMarkedRequired()).as(kind + ": fields not marked").isEmpty();
    }
    page.kind("LAWYER_SCRIVENER");
    assertThat(page.guidance().get(0)).contains("住居地").contains("事務所の所在地");
    assertThat(page.guidance().get(1)).contains("office");
  }

  @Test
  void loginAndRegistrationSayTheServiceIsForPcsAndANarrowScreenGetsANotice() {
    LoginPage login = LoginPage.portal(browser, base);
    assertThat(login.deviceNotice())
        .contains("パソコン")
        .contains("スマートフォン")
        .contains("Microsoft Edge")
        .contains("Google Chrome")
        .contains("smartphones");
    assertThat(login.narrowScreenNoticeShown()).isFalse();
    RegistrationPage registration = RegistrationPage.open(browser, base);
    assertThat(registration.deviceNotice()).contains("パソコン").contains("Firefox");

    browser.manage().window().setSize(new Dimension(400, 800));
    try {
      RegistrationPage narrow = RegistrationPage.open(browser, base).kind("LAWYER_SCRIVENER");
      assertThat(narrow.narrowScreenNoticeShown()).isTrue();
      assertThat(narrow.overflowsHorizontally()).as("registration, 400 px").isFalse();
      LoginPage narrowLogin = LoginPage.portal(browser, base);
      assertThat(narrowLogin.narrowScreenNoticeShown()).isTrue();
      assertThat(narrowLogin.overflowsHorizontally()).as("login, 400 px").isFalse();
    } finally {
      browser.manage().window().setSize(new Dimension(1280, 1024));
    }
  }

  @Test
  void attachmentsSayEachThingOnceCountNothingAsNothingAndOneFileServesTwoDocuments()
      throws IOException {
    LoginPage.portal(browser, base).logIn(Accounts.newLawyer(), Fixtures.DEMO_PASSWORD);
    new ApplicationsPage(browser);
    DraftPage draft =
        DraftPage.startTokyoExtension(browser, base, Fixtures.uniqueName("UX-ATTACH")).save();
    AttachmentsPage page = draft.attachments();
    assertThat(page.total()).startsWith("0 KB / 25 MB");
    // the photo's rules in words before the upload, as ISA's guide gives them (issue 16)
    assertThat(page.photoTakingRules())
        .contains("本人のみ", "3か月以内", "無帽", "無背景")
        .contains("alone", "3 months", "no hat", "plain background");

    page = page.uploadPhoto(file("face.jpg", jpeg()));
    keep("after-photo-upload");
    assertThat(page.timesShown("顔写真を添付しました")).isEqualTo(1);
    assertThat(page.timesShown("Face photo attached")).isEqualTo(1);
    assertThat(page.messages()).hasSize(1);

    byte[] pdf = pdf();
    page = page.uploadDocument("PASSPORT", file("passport.pdf", pdf));
    keep("after-document-upload");
    assertThat(page.timesShown("を添付しました")).isEqualTo(1);
    assertThat(page.timesShown("attached: passport.pdf")).isEqualTo(1);
    assertThat(page.messages()).hasSize(1);

    // The same scan serves a second document of the checklist.
    page = page.uploadDocument("EMPLOYMENT_TERMS", file("passport-copy.pdf", pdf));
    assertThat(page.messages()).noneMatch(m -> m.contains("同じファイル"));
    assertThat(page.files()).containsExactly("face.jpg", "passport.pdf", "passport-copy.pdf");
    assertThat(page.checklist("EMPLOYMENT_TERMS")).contains("添付済み");

    // A scanner's end-of-file mark after %%EOF is accepted; a ZIP behind the PDF is refused, with
    // the rule it broke and how to fix it.
    byte[] scanned = concat(pdf("scanner"), new byte[] {'\r', '\n', 0x1A});
    page = page.uploadDocument("OTHER", file("scan.pdf", scanned));
    assertThat(page.files()).contains("scan.pdf");
    byte[] polyglot =
        concat(
            pdf("polyglot"), zip(), "\nstartxref\n0\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    page = page.uploadDocument("OTHER", file("polyglot.pdf", polyglot));
    assertThat(page.messages())
        .anyMatch(m -> m.contains("%%EOF") && m.contains("PDFとして印刷"))
        .anyMatch(m -> m.contains("Print the document to PDF again"));
    assertThat(page.files()).doesNotContain("polyglot.pdf");
  }

  @Test
  void everyLabelOfTheApplicantStepSitsBesideItsFieldAfterTheHints() throws IOException {
    LoginPage.portal(browser, base).logIn(Accounts.newLawyer(), Fixtures.DEMO_PASSWORD);
    new ApplicationsPage(browser);
    DraftPage draft = DraftPage.startTokyoExtension(browser, base, Fixtures.uniqueName("UX-GRID"));
    assertThat(draft.step()).as("the applicant's step").isEqualTo(2);
    keep("applicant-step-grid");
    assertThat(draft.labelsOutOfPlace())
        .as("labels not beside their field (性別, 出生地, 職業 … after the date-of-birth hint)")
        .isEmpty();
  }

  @Test
  void stepSixGivesNoAgeAsTheReasonForTheFacePhotoBeforeTheDateOfBirthIsKnown() {
    LoginPage.portal(browser, base).logIn(Accounts.newLawyer(), Fixtures.DEMO_PASSWORD);
    new ApplicationsPage(browser);
    DraftPage draft =
        DraftPage.start(browser, base, "EXTENSION")
            .currentStatus("ENGINEER_HUMANITIES")
            .name(Fixtures.uniqueName("UX-PHOTO"));
    assertThat(draft.facePhotoNotice())
        .contains("顔写真")
        .contains("生年月日")
        .doesNotContain("16歳以上のため")
        .doesNotContain("16 or older");

    draft.dateOfBirth("1995-04-01");
    assertThat(draft.facePhotoNotice()).contains("16歳以上のため").contains("16 or older");
  }

  @Test
  void theApplicationsPageShowsTheBureauOnceTheCaseIsRoutedWithoutAReload() {
    LoginPage.portal(browser, base).logIn(Accounts.newLawyer(), Fixtures.DEMO_PASSWORD);
    ApplicationViewPage view =
        new ApplicationsPage(browser)
            .startExtension()
            .nepaliApplicantInOsaka(Fixtures.uniqueName("UX-ROUTED"))
            .restOfTheForm()
            .submitAndView();
    String first = view.bureau();
    System.out.println("PortalAsSeenIT: 担当局 as first shown after submission: " + first);
    assertThat(view.awaitBureau(OSAKA).bureau()).startsWith(OSAKA);
    assertThat(view.timesShown("振分け中")).isZero();
  }

  @Test
  void aCompleteDraftIsSubmittedFromItsOwnPageWithTheCheckListBesideTheButton() {
    LoginPage.portal(browser, base).logIn(Accounts.newLawyer(), Fixtures.DEMO_PASSWORD);
    DraftPage draft =
        new ApplicationsPage(browser)
            .startExtension()
            .name(Fixtures.uniqueName("UX-VIEW-SUBMIT"))
            .nationality("ベトナム")
            .save();
    String id = draft.url().replaceAll(".*[?&]id=(\\d+).*", "$1");
    String page = base + "/portal/applications/view.xhtml?id=" + id;

    ApplicationViewPage incomplete = ApplicationViewPage.open(browser, page);
    assertThat(incomplete.missing()).isNotEmpty();
    assertThat(incomplete.offersSubmission()).isFalse();

    DraftPage.open(browser, base + "/portal/applications/edit.xhtml?id=" + id).restOfTheForm();
    ApplicationViewPage complete = ApplicationViewPage.open(browser, page);
    assertThat(complete.missing()).isEmpty();
    assertThat(complete.offersSubmission()).isTrue();
    assertThat(Accessibility.scan(browser, "a complete draft's page with its submit button"))
        .hasNoViolations();
    ApplicationViewPage submitted = complete.submit();
    assertThat(submitted.messages()).anyMatch(m -> m.contains("申請が完了しました"));
    assertThat(submitted.receiptNumber()).matches("[A-Z]+-\\d{4}-\\d{7}");
  }

  @Test
  void aCompleteDraftIsSubmittedFromTheListWithItsCheckListBesideTheButton() {
    LoginPage.portal(browser, base).logIn(Accounts.newLawyer(), Fixtures.DEMO_PASSWORD);
    String name = Fixtures.uniqueName("UX-LIST-SUBMIT");
    DraftPage draft =
        new ApplicationsPage(browser).startExtension().name(name).nationality("ベトナム").save();
    String id = draft.url().replaceAll(".*[?&]id=(\\d+).*", "$1");

    ApplicationsPage incomplete = ApplicationsPage.open(browser, base);
    assertThat(incomplete.offersSubmission(name)).isFalse();
    assertThat(incomplete.stillNeeded(name)).isNotEmpty().contains("生年月日 / Date of birth");
    assertThat(Accessibility.scan(browser, "the list with an incomplete draft's check list opened"))
        .hasNoViolations();

    DraftPage.open(browser, base + "/portal/applications/edit.xhtml?id=" + id).restOfTheForm();
    ApplicationsPage complete = ApplicationsPage.open(browser, base);
    assertThat(complete.stillNeeded(name)).isEmpty();
    assertThat(complete.readiness(name)).contains("すべて入力されています").contains("Ready to submit");
    assertThat(complete.offersSubmission(name)).isTrue();
    assertThat(Accessibility.scan(browser, "the list with a draft ready to submit"))
        .hasNoViolations();

    ApplicationViewPage submitted = complete.submit(name);
    assertThat(submitted.url()).contains("view.xhtml").contains("id=" + id);
    assertThat(submitted.messages()).anyMatch(m -> m.contains("申請が完了しました"));
    String receipt = submitted.receiptNumber();
    assertThat(receipt).matches("[A-Z]+-\\d{4}-\\d{7}");
    // back on the list: listed by its receipt number, no button any more
    ApplicationsPage after = ApplicationsPage.open(browser, base);
    assertThat(after.offersSubmission(name)).isFalse();
    assertThat(after.lists(receipt)).isTrue();
  }

  /** Keeps the page as a build artefact (target/ux-…html) for a reviewer. */
  private void keep(String name) throws IOException {
    Files.writeString(Path.of("target", "ux-" + name + ".html"), browser.getPageSource());
  }

  private Path file(String name, byte[] content) throws IOException {
    return Files.write(files.resolve(name), content);
  }

  private static byte[] jpeg() throws IOException {
    BufferedImage image = new BufferedImage(600, 800, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.LIGHT_GRAY);
    g.fillRect(0, 0, 600, 800);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpg", out);
    return out.toByteArray();
  }

  private static byte[] pdf() throws IOException {
    return pdf("document");
  }

  private static byte[] pdf(String title) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      doc.getDocumentInformation().setTitle(title);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static byte[] zip() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("payload.html"));
      zip.write("<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
