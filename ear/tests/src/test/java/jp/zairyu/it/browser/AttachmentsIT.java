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
import javax.imageio.ImageIO;
import jp.zairyu.it.browser.pages.ApplicationViewPage;
import jp.zairyu.it.browser.pages.ApplicationsPage;
import jp.zairyu.it.browser.pages.AttachmentsPage;
import jp.zairyu.it.browser.pages.DraftPage;
import jp.zairyu.it.browser.pages.LoginPage;
import jp.zairyu.it.support.Accounts;
import jp.zairyu.it.support.Database;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.TestPorts;
import jp.zairyu.it.support.WebSession;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Attachments of a draft: a face photo and a PDF are uploaded and listed with the checklist of the
 * status, a file that is not what it claims is refused with a clear message and nothing is stored,
 * only the owner can download them, and after submission they are read-only. The page passes axe.
 */
class AttachmentsIT {

  @RegisterExtension static final Browsers browsers = new Browsers();

  private final String base = TestPorts.baseUrl();
  private WebDriver browser;
  @TempDir Path files;

  @BeforeEach
  void openBrowser() {
    browser = browsers.of("browser");
  }

  @Test
  void aPhotoAndAPdfAreAttachedABadFileIsRefusedAndAfterSubmissionTheyAreReadOnly()
      throws IOException {
    String lawyer = Accounts.newLawyer();
    LoginPage.portal(browser, base).logIn(lawyer, Fixtures.DEMO_PASSWORD);
    new ApplicationsPage(browser);
    String name = Fixtures.uniqueName("ATTACH");
    DraftPage draft = DraftPage.startTokyoExtension(browser, base, name).save();
    AttachmentsPage page = draft.attachments();
    assertThat(page.checklist("PASSPORT")).contains("未添付");
    assertThat(page.checklist("EMPLOYMENT_TERMS")).contains("未添付");
    assertThat(Accessibility.scan(browser, "attachments, none yet")).hasNoViolations();

    // A PNG named .jpg is refused by its content; nothing is stored.
    page = page.uploadPhoto(file("renamed.jpg", png(600, 800)));
    assertThat(page.messages())
        .anyMatch(m -> m.contains("JPEG"))
        .anyMatch(m -> m.contains("not JPEG"));
    assertThat(page.files()).isEmpty();
    assertThat(Accessibility.scan(browser, "attachments, a refused photo")).hasNoViolations();

    page = page.uploadPhoto(file("顔写真.jpg", jpeg(600, 800)));
    assertThat(page.messages()).anyMatch(m -> m.contains("顔写真を添付しました"));
    assertThat(page.facePhotoNaturalWidth()).isEqualTo(600);
    assertThat(page.photoUploadOffered()).isFalse();

    page = page.uploadDocument("PASSPORT", file("passport.pdf", pdf()));
    assertThat(page.files()).containsExactly("顔写真.jpg", "passport.pdf");
    assertThat(page.checklist("PASSPORT")).contains("添付済み");

    // A text file named .pdf is refused with a clear message.
    page = page.uploadDocument("OTHER", file("notes.pdf", "just text".getBytes()));
    assertThat(page.messages()).anyMatch(m -> m.contains("PDFではありません"));
    assertThat(page.files()).containsExactly("顔写真.jpg", "passport.pdf");
    assertThat(Accessibility.scan(browser, "attachments, two files and a refusal"))
        .hasNoViolations();

    long applicationId =
        Long.parseLong(
            Database.string("select id from application where applicant_name = ?", name));
    assertThat(
            Database.string(
                "select count(*) || ' ' || sum(size_bytes) || ' ' || string_agg(media_type, ',' order"
                    + " by id) from attachment where application_id = ?",
                applicationId))
        .startsWith("2 ")
        .endsWith("image/jpeg,application/pdf");
    String attachmentId =
        Database.string(
            "select min(id) from attachment where application_id = ? and kind = 'DOCUMENT'",
            applicationId);

    // Another practitioner cannot download it.
    String other = Accounts.newLawyer();
    HttpResponse<String> refused =
        WebSession.portal(other, Fixtures.DEMO_PASSWORD)
            .get("/portal/applications/attachment?id=" + attachmentId);
    assertThat(refused.statusCode()).isEqualTo(404);
    HttpResponse<String> mine =
        WebSession.portal(lawyer, Fixtures.DEMO_PASSWORD)
            .get("/portal/applications/attachment?id=" + attachmentId);
    assertThat(mine.statusCode()).isEqualTo(200);
    assertThat(mine.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
    assertThat(mine.body()).startsWith("%PDF-");

    // After submission: listed read-only on the application, no uploads any more.
    browser.get(base + "/portal/applications/edit.xhtml?id=" + applicationId);
    ApplicationViewPage view = new DraftPage(browser).restOfTheForm().submitAndView();
    assertThat(view.receiptNumber()).matches("[A-Z]+-\\d{4}-\\d{7}");
    assertThat(browser.findElements(By.cssSelector("#attachmentsTable a.download")))
        .extracting(e -> e.getText())
        .containsExactly("顔写真.jpg", "passport.pdf");
    assertThat(browser.findElements(By.cssSelector("#attachmentsTable input"))).isEmpty();

    AttachmentsPage readOnly = AttachmentsPage.open(browser, base, applicationId);
    assertThat(readOnly.readOnlyNoticeShown()).isTrue();
    assertThat(readOnly.canUpload()).isFalse();
    assertThat(readOnly.photoUploadOffered()).isFalse();
    assertThat(readOnly.files()).containsExactly("顔写真.jpg", "passport.pdf");
    assertThat(Accessibility.scan(browser, "attachments, read-only")).hasNoViolations();
  }

  private Path file(String name, byte[] content) throws IOException {
    return Files.write(files.resolve(name), content);
  }

  private static byte[] jpeg(int width, int height) throws IOException {
    return image(width, height, "jpg");
  }

  private static byte[] png(int width, int height) throws IOException {
    return image(width, height, "png");
  }

  private static byte[] image(int width, int height, String format) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0xE8, 0xEE, 0xF4));
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(0x80, 0x60, 0x50));
    g.fillOval(width / 4, height / 5, width / 2, height / 2);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, format, out);
    return out.toByteArray();
  }

  /** A plain one-page PDF, as a scanner would make it. */
  static byte[] pdf() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }
}
