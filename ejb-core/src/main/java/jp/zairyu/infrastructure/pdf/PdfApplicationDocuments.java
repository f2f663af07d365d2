package jp.zairyu.infrastructure.pdf;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import jp.zairyu.application.ApplicationDocuments;
import jp.zairyu.application.ApplicationForm;
import jp.zairyu.application.ElectronicCoe;
import jp.zairyu.application.FeeSlip;

/**
 * Lays out the application form, the fee slip and the electronic COE on A4 pages, after ISA's
 * forms: title in Japanese and English, the addressee 「○○出入国在留管理局長 殿」, numbered sections of boxes
 * with the label in both languages on the left and the value on the right.
 */
@ApplicationScoped
public class PdfApplicationDocuments implements ApplicationDocuments {

  private static final float LABEL_WIDTH = 150f;
  private static final float PAD = 4f;
  private static final float LABEL_SIZE = 8.5f;
  private static final float LABEL_EN_SIZE = 7f;
  private static final float VALUE_SIZE = 10f;
  private static final float PHOTO_WIDTH = 85f; // 30 mm
  private static final float PHOTO_HEIGHT = 113.4f; // 40 mm

  @Override
  public byte[] applicationForm(ApplicationForm form) {
    try (Sheet sheet =
        new Sheet(
            form.titleJa() + " / " + form.titleEn(),
            "受付番号 / Receipt No. " + form.receiptNumber())) {
      float top = sheet.y();
      float photoLeft = Sheet.RIGHT - PHOTO_WIDTH;
      sheet.text("受付番号 / Receipt No.  " + form.receiptNumber(), Sheet.LEFT, top - 10, 10);
      sheet.text("申請日 / Date of application  " + form.submittedOn(), Sheet.LEFT, top - 24, 9);
      sheet.text(form.addresseeJa(), Sheet.LEFT, top - 48, 12);
      sheet.text(form.addresseeEn(), Sheet.LEFT, top - 62, 7.5f, 0.25f);
      float titleRight = photoLeft - 10;
      sheet.centred(form.titleJa(), Sheet.LEFT, titleRight, top - 92, 16);
      sheet.centred(form.titleEn(), Sheet.LEFT, titleRight, top - 108, 9.5f);
      photo(sheet, form.facePhotoJpeg(), photoLeft, top);
      sheet.moveDown(PHOTO_HEIGHT + 26);

      int number = 1;
      for (ApplicationForm.Section section : form.sections()) {
        String heading = number++ + ". " + section.labelJa() + " / " + section.labelEn();
        section(sheet, heading, section.rows());
      }
      List<String> declaration =
          List.of(
              "以上の記載内容は事実と相違ありません。",
              "I hereby declare that the statements given above are true and correct.");
      if (!sheet.fits(40)) {
        sheet.newPage();
      }
      sheet.moveDown(10);
      sheet.moveDown(sheet.lines(declaration, Sheet.LEFT, sheet.y(), 9, 0f));
      return sheet.finish();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot render the application form", e);
    }
  }

  @Override
  public byte[] feeSlip(FeeSlip slip) {
    try (Sheet sheet =
        new Sheet("手数料納付書 / Fee payment slip", "受付番号 / Receipt No. " + slip.receiptNumber())) {
      float top = sheet.y();
      sheet.text(slip.addresseeJa(), Sheet.LEFT, top - 12, 12);
      sheet.text(slip.addresseeEn(), Sheet.LEFT, top - 26, 7.5f, 0.25f);
      sheet.centred("手数料納付書", Sheet.LEFT, Sheet.RIGHT, top - 62, 18);
      sheet.centred("FEE PAYMENT SLIP (REVENUE STAMPS)", Sheet.LEFT, Sheet.RIGHT, top - 80, 9.5f);
      sheet.moveDown(100);
      section(
          sheet,
          "1. 申請 / Application",
          List.of(
              new ApplicationForm.Row("受付番号", "Receipt number", slip.receiptNumber()),
              new ApplicationForm.Row("申請人氏名", "Name of the applicant", slip.applicantName()),
              new ApplicationForm.Row("国籍・地域", "Nationality / Region", slip.nationality())));
      List<ApplicationForm.Row> fees =
          new java.util.ArrayList<>(
              slip.lines().stream()
                  .map(l -> new ApplicationForm.Row(l.labelJa(), l.labelEn(), yen(l.yen())))
                  .toList());
      fees.add(new ApplicationForm.Row("手数料額（合計）", "Fee (total)", yen(slip.totalYen())));
      section(sheet, "2. 手数料 / Fee (online rate)", fees);

      sheet.moveDown(12);
      float boxHeight = 190;
      if (!sheet.fits(boxHeight + 60)) {
        sheet.newPage();
      }
      float boxTop = sheet.y();
      float boxLeft = Sheet.LEFT + 60;
      float boxWidth = Sheet.RIGHT - Sheet.LEFT - 120;
      sheet.box(boxLeft, boxTop, boxWidth, boxHeight, 1.2f);
      sheet.centred("収入印紙貼付欄", boxLeft, boxLeft + boxWidth, boxTop - 22, 13);
      sheet.centred("Revenue stamps", boxLeft, boxLeft + boxWidth, boxTop - 36, 9);
      sheet.centred(
          "（消印しないでください / Do not cancel the stamps）", boxLeft, boxLeft + boxWidth, boxTop - 50, 8);
      sheet.centred(
          "納付額 / Amount  " + yen(slip.totalYen()),
          boxLeft,
          boxLeft + boxWidth,
          boxTop - boxHeight + 14,
          11);
      sheet.moveDown(boxHeight + 14);
      List<String> note =
          sheet.wrap(
              "この納付書に手数料額と同額の収入印紙を貼り、在留カード（変更・更新の場合）と返信用封筒とともに担当の地方出入国在留管理局へ郵送してください。\n"
                  + "Affix revenue stamps for exactly the fee to this slip and mail it to the bureau"
                  + " with the current residence card (change or extension) and the return"
                  + " envelope.",
              8.5f,
              Sheet.RIGHT - Sheet.LEFT);
      sheet.lines(note, Sheet.LEFT, sheet.y(), 8.5f, 0f);
      return sheet.finish();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot render the fee slip", e);
    }
  }

  @Override
  public byte[] electronicCoe(ElectronicCoe coe) {
    try (Sheet sheet =
        new Sheet(
            "在留資格認定証明書 / Certificate of Eligibility",
            "証明書番号 / Certificate No. " + coe.certificateNumber())) {
      float top = sheet.y();
      sheet.rightAligned("番号 / No.  " + coe.certificateNumber(), Sheet.RIGHT, top - 10, 10);
      sheet.centred("在留資格認定証明書", Sheet.LEFT, Sheet.RIGHT, top - 52, 18);
      sheet.centred("CERTIFICATE OF ELIGIBILITY", Sheet.LEFT, Sheet.RIGHT, top - 70, 10);
      sheet.centred("（電子交付 / Issued electronically）", Sheet.LEFT, Sheet.RIGHT, top - 86, 9);
      sheet.moveDown(104);
      section(
          sheet,
          "1. 外国人 / Foreign national",
          List.of(
              new ApplicationForm.Row("氏名", "Name", coe.applicantName()),
              new ApplicationForm.Row("国籍・地域", "Nationality / Region", coe.nationality()),
              new ApplicationForm.Row(
                  "生年月日",
                  "Date of birth",
                  coe.dateOfBirth() == null ? null : coe.dateOfBirth().toString())));
      section(
          sheet,
          "2. 認定の内容 / Eligibility",
          List.of(
              new ApplicationForm.Row(
                  "在留資格", "Status of residence", coe.statusJa() + " / " + coe.statusEn()),
              new ApplicationForm.Row("証明書番号", "Certificate number", coe.certificateNumber()),
              new ApplicationForm.Row("受付番号", "Receipt number", coe.receiptNumber()),
              new ApplicationForm.Row("交付年月日", "Date of issue", coe.issuedOn().toString()),
              new ApplicationForm.Row("有効期限", "Valid until", coe.validUntil().toString())));
      List<String> note =
          sheet.wrap(
              "上記の外国人は、出入国管理及び難民認定法第7条第1項第2号に掲げる上陸のための条件（在留資格に係るもの）に適合していることを証明する。"
                  + "この証明書は、交付の日から3か月以内に上陸の申請を行わないときは効力を失います。\n"
                  + "This is to certify that the above-named foreign national meets the condition"
                  + " for landing concerning the status of residence (Article 7(1)(ii) of the"
                  + " Immigration Control and Refugee Recognition Act). This certificate becomes"
                  + " invalid unless the holder applies for landing within three months from the"
                  + " date of issue ("
                  + coe.validUntil()
                  + ").",
              9,
              Sheet.RIGHT - Sheet.LEFT);
      sheet.moveDown(8);
      sheet.moveDown(sheet.lines(note, Sheet.LEFT, sheet.y(), 9, 0f));
      sheet.moveDown(24);
      sheet.rightAligned(coe.issuedOn().toString(), Sheet.RIGHT, sheet.y(), 10);
      sheet.rightAligned(coe.bureauJa() + "長", Sheet.RIGHT, sheet.y() - 18, 12);
      sheet.rightAligned("Director General, " + coe.bureauEn(), Sheet.RIGHT, sheet.y() - 32, 8);
      return sheet.finish();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot render the electronic COE", e);
    }
  }

  private static String yen(int yen) {
    return String.format("%,d円 / ¥%,d", yen, yen);
  }

  /** The photo box (30 × 40 mm) at the top right: the face photo, or where to paste one. */
  private static void photo(Sheet sheet, byte[] jpeg, float left, float top) throws IOException {
    sheet.box(left, top, PHOTO_WIDTH, PHOTO_HEIGHT, 0.8f);
    if (jpeg == null || !sheet.image(jpeg, left + 1, top - 1, PHOTO_WIDTH - 2, PHOTO_HEIGHT - 2)) {
      sheet.centred("写真", left, left + PHOTO_WIDTH, top - 50, 10);
      sheet.centred("Photo", left, left + PHOTO_WIDTH, top - 63, 8);
      sheet.centred("40mm × 30mm", left, left + PHOTO_WIDTH, top - 76, 7);
    }
  }

  /**
   * A numbered section: its heading bar, then one box per row. A row that does not fit goes to the
   * next page (the heading repeated, marked continued); a value longer than a page is split.
   */
  private static void section(Sheet sheet, String heading, List<ApplicationForm.Row> rows)
      throws IOException {
    float width = Sheet.RIGHT - Sheet.LEFT;
    float valueWidth = width - LABEL_WIDTH - 2 * PAD;
    float headingHeight = Sheet.leading(10) + 2 * PAD;
    if (!sheet.fits(headingHeight + 30)) {
      sheet.newPage();
    }
    heading(sheet, heading, headingHeight);
    for (ApplicationForm.Row row : rows) {
      List<String> labelJa = sheet.wrap(row.labelJa(), LABEL_SIZE, LABEL_WIDTH - 2 * PAD);
      List<String> labelEn =
          row.labelEn().isEmpty()
              ? List.of()
              : sheet.wrap(row.labelEn(), LABEL_EN_SIZE, LABEL_WIDTH - 2 * PAD);
      List<String> value = sheet.wrap(row.value(), VALUE_SIZE, valueWidth);
      float labelHeight =
          labelJa.size() * Sheet.leading(LABEL_SIZE)
              + labelEn.size() * Sheet.leading(LABEL_EN_SIZE);
      float lead = Sheet.leading(VALUE_SIZE);
      int from = 0;
      do {
        float valueHeight = (value.size() - from) * lead;
        float height = Math.max(labelHeight, valueHeight) + 2 * PAD;
        if (!sheet.fits(height)) {
          int fitting = (int) Math.floor((sheet.room() - 2 * PAD) / lead);
          if (fitting < 2 || sheet.room() - 2 * PAD < labelHeight) {
            sheet.newPage();
            heading(sheet, heading + "（続き / continued）", headingHeight);
            continue;
          }
          height = sheet.room();
        }
        int count = Math.min(value.size() - from, (int) Math.floor((height - 2 * PAD) / lead));
        float top = sheet.y();
        sheet.box(Sheet.LEFT, top, LABEL_WIDTH, height, 0.6f);
        sheet.box(Sheet.LEFT + LABEL_WIDTH, top, width - LABEL_WIDTH, height, 0.6f);
        float used = sheet.lines(labelJa, Sheet.LEFT + PAD, top - PAD, LABEL_SIZE, 0f);
        sheet.lines(labelEn, Sheet.LEFT + PAD, top - PAD - used, LABEL_EN_SIZE, 0.3f);
        sheet.lines(
            value.subList(from, from + count),
            Sheet.LEFT + LABEL_WIDTH + PAD,
            top - PAD,
            VALUE_SIZE,
            0f);
        from += count;
        sheet.moveDown(height);
      } while (from < value.size());
    }
    sheet.moveDown(10);
  }

  private static void heading(Sheet sheet, String text, float height) throws IOException {
    float top = sheet.y();
    sheet.fill(Sheet.LEFT, top, Sheet.RIGHT - Sheet.LEFT, height, 0.88f);
    sheet.box(Sheet.LEFT, top, Sheet.RIGHT - Sheet.LEFT, height, 0.6f);
    sheet.text(text, Sheet.LEFT + PAD, top - PAD - 10, 10);
    sheet.moveDown(height);
  }
}
