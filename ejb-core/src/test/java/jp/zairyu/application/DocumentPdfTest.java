package jp.zairyu.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.zairyu.domain.model.account.Officer;
import jp.zairyu.domain.model.account.OfficerRole;
import jp.zairyu.domain.model.application.AccompanyingPerson;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.FamilyRelationship;
import jp.zairyu.domain.model.application.Filing;
import jp.zairyu.domain.model.application.FormSection;
import jp.zairyu.domain.model.application.Procedure;
import jp.zairyu.domain.model.application.ReceiptNumber;
import jp.zairyu.domain.model.application.ResidenceStatus;
import jp.zairyu.domain.model.application.ResultReceipt;
import jp.zairyu.domain.model.application.StatusChoice;
import jp.zairyu.domain.model.application.TestForms;
import jp.zairyu.domain.model.attachment.TestFiles;
import jp.zairyu.domain.model.bureau.BureauDirectory;
import jp.zairyu.infrastructure.pdf.PdfApplicationDocuments;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The printed documents, built from the aggregate ({@link DocumentModels}) and rendered by the PDF
 * adapter: the text comes out again (Japanese and English), long content continues on more pages,
 * fees come from {@code procedures.csv}, an electronic COE is valid three months.
 */
class DocumentPdfTest {

  private static final Instant SUBMITTED = Instant.parse("2026-11-26T01:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
  private static final ApplicationDocuments PDF = new PdfApplicationDocuments();

  /** An examiner as a form would have it; an officer without id examines a case without one. */
  private static final Officer EXAMINER =
      new Officer("tokyo.examiner", "hash", "審査 一郎", "TOKYO", OfficerRole.EXAMINER);

  private static Application submitted(
      String procedure, Filing.Reentry reentry, boolean outside, ResultReceipt receipt) {
    Procedure p = Procedure.byCode(procedure).orElseThrow();
    Application application =
        Application.draft(7L, p, TestForms.applicant("NGUYEN VAN AN", "東京都", TODAY), SUBMITTED);
    StatusChoice engineer = new StatusChoice("ENGINEER_HUMANITIES", null);
    StatusChoice student = new StatusChoice("STUDENT", null);
    Filing filing = new Filing(p, reentry, outside);
    switch (procedure) {
      case Procedure.COE, Procedure.ACQUISITION ->
          application.edit().plan(filing, null, engineer, "LAWYER_SCRIVENER", false, SUBMITTED);
      case Procedure.CHANGE ->
          application.edit().plan(filing, student, engineer, "LAWYER_SCRIVENER", false, SUBMITTED);
      default ->
          application.edit().plan(filing, engineer, null, "LAWYER_SCRIVENER", false, SUBMITTED);
    }
    application.edit().deliverTo(receipt, "applicant@example.jp", SUBMITTED);
    TestForms.fillIn(application, TODAY, SUBMITTED);
    application.submit(ReceiptNumber.of("TOKYO", 2026, 42), SUBMITTED);
    application.routeTo(
        application.routing().competentBureau(BureauDirectory.standard()), SUBMITTED);
    return application;
  }

  private static Application extension() {
    return submitted(Procedure.EXTENSION, Filing.Reentry.NONE, false, ResultReceipt.MAIL);
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static int pages(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    }
  }

  @Test
  void theApplicationFormIsRealTextInJapaneseAndEnglish() throws IOException {
    byte[] pdf =
        PDF.applicationForm(DocumentModels.applicationForm(extension(), null, List.of(), null));

    String text = text(pdf);
    assertThat(text)
        .contains("在留期間更新許可申請書")
        .contains("APPLICATION FOR EXTENSION OF PERIOD OF STAY")
        .contains("東京出入国在留管理局長 殿")
        .contains("TOKYO-2026-0000042")
        .contains("申請人")
        .contains("Applicant")
        .contains("国籍・地域")
        .contains("Nationality")
        .contains("ベトナム")
        .contains("NGUYEN VAN AN")
        .contains("AB12345678CD")
        .contains("新宿区西新宿2-8-1")
        .contains("技術・人文知識・国際業務")
        .contains("5,500円")
        .contains("2026-11-26")
        .contains("1 / 2")
        .contains("2 / 2");
    assertThat(pages(pdf)).isEqualTo(2); // every section of the form: two pages
    // the sections of the official form, as the portal and the console show them (ApplicationSheet)
    assertThat(text)
        .contains("性別")
        .contains("女 / Female")
        .contains("出生地")
        .contains("ハノイ")
        .contains("電話番号")
        .contains("090-1234-5678")
        .contains("旅券 / Passport")
        .contains("旅券番号")
        .contains("TZ1234567")
        .contains("2031-11-26")
        .contains("在留・申請理由 / Stay and reason")
        .contains("現在の在留期間")
        .contains("在留期間の満了日")
        .contains("2027-01-26")
        .contains("希望する在留期間")
        .contains("3年")
        .contains("引き続き同じ会社で働くため")
        .contains("犯罪歴の有無")
        .contains("無 / No")
        .contains("在日親族及び同居者")
        .contains("家族1")
        .contains("TRAN THI BINH")
        .contains("配偶者 / Spouse")
        .contains(FormSection.EMPLOYER.labelJa() + " / " + FormSection.EMPLOYER.labelEn())
        .contains("株式会社サンプル")
        .contains("システム開発")
        .contains("4,800,000円");
    // the sections come in the order the views show them
    List<String> headings =
        text.lines()
            .filter(l -> l.matches("\\d+\\. .*"))
            .map(l -> l.replaceAll("^\\d+\\. ", ""))
            .toList();
    assertThat(headings)
        .containsSubsequence(
            ApplicationSheet.of(extension()).stream()
                .map(sec -> sec.titleJa() + " / " + sec.titleEn())
                .toList());
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDResources resources = document.getPage(0).getResources();
      PDFont font = resources.getFont(resources.getFontNames().iterator().next());
      assertThat(font.isEmbedded()).isTrue();
      assertThat(font.getName()).contains("NotoSansJP"); // a subset: ABCDEF+NotoSansJP-Regular
    }
    assertThat(pdf.length).isLessThan(200_000); // a subset, not the 5.5 MB font
  }

  @Test
  void theRemainingFieldsPrintWithinTheLayout() throws IOException {
    // A COE with three accompanying persons, and a change to 高度専門職2号 (indefinite period).
    Application coe =
        Application.draft(
            7L,
            Procedure.byCode(Procedure.COE).orElseThrow(),
            TestForms.applicant("NGUYEN VAN AN", "東京都", TODAY),
            SUBMITTED);
    coe.edit()
        .plan(
            Filing.of(Procedure.COE, null, false),
            null,
            new StatusChoice("ENGINEER_HUMANITIES", null),
            "LAWYER_SCRIVENER",
            false,
            SUBMITTED);
    coe.edit().deliverTo(ResultReceipt.WINDOW, "applicant@example.jp", SUBMITTED);
    TestForms.fillIn(coe, TODAY, SUBMITTED);
    List<AccompanyingPerson> persons = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      persons.add(
          new AccompanyingPerson(
              FamilyRelationship.CHILD,
              "NGUYEN CHILD " + i,
              LocalDate.of(2015 + i, 1, 1),
              "ベトナム",
              TODAY));
    }
    coe.edit().accompaniedBy(true, persons, SUBMITTED);
    coe.submit(ReceiptNumber.of("TOKYO", 2026, 43), SUBMITTED);
    coe.routeTo(coe.routing().competentBureau(BureauDirectory.standard()), SUBMITTED);
    byte[] pdf = PDF.applicationForm(DocumentModels.applicationForm(coe, null, List.of(), null));
    String text = text(pdf);
    assertThat(text)
        .contains("配偶者の有無")
        .contains("Marital status")
        .contains("本国における居住地")
        .contains("ハノイ市ホアンキエム区1-1")
        .contains("同伴者 / Accompanying persons")
        .contains("同伴者の有無")
        .contains("有 / Yes")
        .contains("NGUYEN CHILD 1")
        .contains("NGUYEN CHILD 3")
        .contains("2018-01-01");
    int pages = pages(pdf);
    assertThat(pages).isBetween(2, 3);
    for (int page = 1; page <= pages; page++) {
      assertThat(text).contains(page + " / " + pages);
    }

    Application change =
        submitted(Procedure.CHANGE, Filing.Reentry.NONE, false, ResultReceipt.MAIL);
    assertThat(
            text(
                PDF.applicationForm(DocumentModels.applicationForm(change, null, List.of(), null))))
        .doesNotContain("同伴者")
        .doesNotContain("無期限");
    Application hsp2 =
        Application.draft(
            7L,
            Procedure.byCode(Procedure.CHANGE).orElseThrow(),
            TestForms.applicant("NGUYEN VAN AN", "東京都", TODAY),
            SUBMITTED);
    hsp2.edit()
        .plan(
            Filing.of(Procedure.CHANGE, null, false),
            new StatusChoice("HSP", "1号ロ"),
            new StatusChoice("HSP", "2号"),
            "LAWYER_SCRIVENER",
            false,
            SUBMITTED);
    hsp2.edit().deliverTo(ResultReceipt.MAIL, "applicant@example.jp", SUBMITTED);
    TestForms.fillIn(hsp2, TODAY, SUBMITTED);
    hsp2.submit(ReceiptNumber.of("TOKYO", 2026, 44), SUBMITTED);
    hsp2.routeTo(hsp2.routing().competentBureau(BureauDirectory.standard()), SUBMITTED);
    byte[] hsp2Pdf =
        PDF.applicationForm(DocumentModels.applicationForm(hsp2, null, List.of(), null));
    assertThat(text(hsp2Pdf)).contains("希望する在留期間").contains("無期限 / Indefinite");
    assertThat(pages(hsp2Pdf)).isEqualTo(2);

    // A holder of 高度専門職2号 asks for a certificate of authorised employment: the period held is
    // 無期限 and so is its date of expiry, as the residence card says.
    Application holder =
        Application.draft(
            7L,
            Procedure.byCode(Procedure.WORK_CERT).orElseThrow(),
            TestForms.applicant("NGUYEN VAN AN", "東京都", TODAY),
            SUBMITTED);
    holder
        .edit()
        .plan(
            Filing.of(Procedure.WORK_CERT, null, false),
            new StatusChoice("HSP", "2号"),
            null,
            "LAWYER_SCRIVENER",
            false,
            SUBMITTED);
    holder.edit().deliverTo(ResultReceipt.MAIL, "applicant@example.jp", SUBMITTED);
    TestForms.fillIn(holder, TODAY, SUBMITTED);
    holder.submit(ReceiptNumber.of("TOKYO", 2026, 45), SUBMITTED);
    holder.routeTo(holder.routing().competentBureau(BureauDirectory.standard()), SUBMITTED);
    String holderText =
        text(PDF.applicationForm(DocumentModels.applicationForm(holder, null, List.of(), null)));
    assertThat(holderText)
        .contains("高度専門職 2号")
        .containsSubsequence(
            "現在の在留期間",
            "Current period of stay",
            "無期限 / Indefinite",
            "在留期間の満了日",
            "Date of expiry of the period of stay",
            "無期限 / Indefinite")
        .doesNotContain("希望する在留期間")
        .doesNotContain(TODAY.plusMonths(2).toString());
  }

  @Test
  void theTitleFollowsTheProcedureFromTheTable() throws IOException {
    for (String code : List.of(Procedure.COE, Procedure.CHANGE, Procedure.WORK_CERT)) {
      Procedure p = Procedure.byCode(code).orElseThrow();
      ApplicationForm form =
          DocumentModels.applicationForm(
              submitted(code, Filing.Reentry.NONE, false, ResultReceipt.WINDOW),
              null,
              List.of(),
              null);
      assertThat(form.titleJa()).isEqualTo(p.nameJa() + "書");
      String text = text(PDF.applicationForm(form));
      assertThat(text).contains(p.nameJa() + "書").contains(form.titleEn());
      // the stay section follows the procedure as the form's does
      if (code.equals(Procedure.COE)) {
        assertThat(text)
            .contains("日本における連絡先（予定）")
            .contains("入国予定港")
            .contains("成田空港")
            .contains("入国予定年月日")
            .doesNotContain("現在の在留期間");
      } else if (code.equals(Procedure.WORK_CERT)) {
        assertThat(text).contains("現在の在留期間").doesNotContain("希望する在留期間");
      } else {
        assertThat(text).contains("現在の在留期間").contains("希望する在留期間");
      }
    }
  }

  @Test
  void theFacePhotoIsEmbeddedInItsBox() throws IOException {
    byte[] pdf =
        PDF.applicationForm(
            DocumentModels.applicationForm(extension(), null, List.of(), TestFiles.jpeg(450, 600)));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDResources resources = document.getPage(0).getResources();
      List<PDImageXObject> images = new ArrayList<>();
      for (COSName name : resources.getXObjectNames()) {
        if (resources.getXObject(name) instanceof PDImageXObject image) {
          images.add(image);
        }
      }
      assertThat(images).singleElement().satisfies(i -> assertThat(i.getWidth()).isEqualTo(450));
    }
    assertThat(text(pdf)).doesNotContain("40mm × 30mm"); // the empty box's hint
  }

  @Test
  void longContentWrapsAndContinuesOnNumberedPages() throws IOException {
    String longValue = "長い説明の文章です。This reason is long and wraps over many lines. ".repeat(150);
    List<ApplicationForm.Row> rows = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      rows.add(new ApplicationForm.Row("家族 " + i, "Family member " + i, "氏名 NAME " + i));
    }
    rows.add(new ApplicationForm.Row("申請理由", "Reason", longValue + "END-OF-REASON"));
    ApplicationForm form =
        new ApplicationForm(
            "在留期間更新許可申請書",
            "APPLICATION FOR EXTENSION OF PERIOD OF STAY",
            "TOKYO-2026-0000042",
            "東京出入国在留管理局長 殿",
            "To the Director General",
            "2026-11-26",
            List.of(new ApplicationForm.Section("在日親族", "Family in Japan", rows)),
            null);

    byte[] pdf = PDF.applicationForm(form);

    int pages = pages(pdf);
    assertThat(pages).isGreaterThanOrEqualTo(3);
    String text = text(pdf);
    assertThat(text)
        .contains("Family member 1")
        .contains("Family member 40")
        .contains("END-OF-REASON")
        .contains("（続き / continued）")
        .contains("1 / " + pages)
        .contains(pages + " / " + pages);
    // every word of the long value is there, none cut in two at a line break
    // (less what each page repeats: the footer, the continued heading, the row's label)
    String words =
        text.replaceAll("受付番号 / Receipt No\\. \\S+", " ")
            .replaceAll("\\d+ / \\d+", " ")
            .replace("1. 在日親族 / Family in Japan（続き / continued）", " ")
            .replace("申請理由", " ")
            .replace("Reason\n", " ")
            .replaceAll("\\s+", " ");
    assertThat(words.split("This reason is long and wraps over many lines.", -1).length - 1)
        .isEqualTo(150);
  }

  @Test
  void aCharacterTheFontLacksPrintsAsAGetaMark() throws IOException {
    ApplicationForm form =
        new ApplicationForm(
            "申請書",
            "APPLICATION",
            "-",
            "殿",
            "To",
            "-",
            List.of(
                new ApplicationForm.Section(
                    "申請人",
                    "Applicant",
                    List.of(new ApplicationForm.Row("氏名", "Name", "ANNA \uD83D\uDE00 𠮷野")))),
            null);
    String text = text(PDF.applicationForm(form));
    assertThat(text).contains("ANNA 〓");
  }

  @ParameterizedTest(name = "{0}, re-entry {1}, activity outside {2}")
  @CsvSource({
    "EXTENSION, NONE,     false",
    "CHANGE,    SINGLE,   true",
    "EXTENSION, MULTIPLE, false",
    "WORK_CERT, NONE,     false",
  })
  void theFeeSlipCarriesTheFeeOfTheTableAndTheStampBox(
      String procedure, Filing.Reentry reentry, boolean outside) throws IOException {
    // A re-entry permit is a passport sticker, received at the window only (ReceivingRules); the
    // fee slip is the same either way.
    Application application =
        submitted(
            procedure,
            reentry,
            outside,
            reentry == Filing.Reentry.NONE ? ResultReceipt.MAIL : ResultReceipt.WINDOW);
    Procedure p = Procedure.byCode(procedure).orElseThrow();
    int expected =
        p.feeOnlineYen()
            + switch (reentry) {
              case NONE -> 0;
              case SINGLE -> Procedure.byCode(Procedure.REENTRY).orElseThrow().feeOnlineYen();
              case MULTIPLE ->
                  Procedure.byCode(Procedure.REENTRY).orElseThrow().multipleFeeOnlineYen();
            };

    FeeSlip slip = DocumentModels.feeSlip(application);
    assertThat(slip.totalYen()).isEqualTo(expected).isEqualTo(application.receiving().feeYen());
    String text = text(PDF.feeSlip(slip));

    assertThat(text)
        .contains("手数料納付書")
        .contains("収入印紙貼付欄")
        .contains("Revenue stamps")
        .contains("TOKYO-2026-0000042")
        .contains("NGUYEN VAN AN")
        .contains(p.nameJa())
        .contains(String.format("%,d円", expected))
        .contains("東京出入国在留管理局長 殿");
    if (reentry != Filing.Reentry.NONE) {
      assertThat(text).contains("再入国許可");
    }
  }

  @Test
  void anElectronicCoeIsIssuedOnTheDayOfTheDecisionInJapanAndValidThreeMonths() throws IOException {
    Application coe = submitted(Procedure.COE, Filing.Reentry.NONE, false, ResultReceipt.MAIL);
    assertThatThrownBy(() -> DocumentModels.electronicCoe(coe))
        .isInstanceOf(IllegalStateException.class); // not decided yet
    coe.startExamination(EXAMINER, SUBMITTED);
    coe.approve(EXAMINER, Instant.parse("2026-11-30T16:30:00Z")); // 2026-12-01 01:30 in Japan

    ElectronicCoe certificate = DocumentModels.electronicCoe(coe);
    assertThat(certificate.issuedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(certificate.validUntil()).isEqualTo(LocalDate.of(2027, 3, 1));
    assertThat(certificate.certificateNumber()).isEqualTo("ETOKYO-2026-0000042");
    String text = text(PDF.electronicCoe(certificate));
    assertThat(text)
        .contains("在留資格認定証明書")
        .contains("CERTIFICATE OF ELIGIBILITY")
        .contains("ETOKYO-2026-0000042")
        .contains("NGUYEN VAN AN")
        .contains(ResidenceStatus.byCode("ENGINEER_HUMANITIES").orElseThrow().nameJa())
        .contains("2026-12-01")
        .contains("2027-03-01")
        .contains("東京出入国在留管理局長");
  }

  @Test
  void aCoeIssuedAtTheEndOfAMonthIsValidToTheEndOfTheThirdMonth() {
    assertThat(ElectronicCoe.validUntil(LocalDate.of(2026, 11, 30)))
        .isEqualTo(LocalDate.of(2027, 2, 28));
  }

  @Test
  void onlyAnElectronicCoeHasOne() {
    Application window = submitted(Procedure.COE, Filing.Reentry.NONE, false, ResultReceipt.WINDOW);
    window.startExamination(EXAMINER, SUBMITTED);
    window.approve(EXAMINER, SUBMITTED);
    assertThatThrownBy(() -> DocumentModels.electronicCoe(window))
        .isInstanceOf(IllegalStateException.class);
  }
}
