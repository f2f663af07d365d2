package jp.zairyu.application;

import java.util.List;
import java.util.Objects;

/**
 * What the application form (申請書) prints: a read model built from the aggregate by {@link
 * DocumentModels}, so that a renderer knows nothing of the domain; the sections of the official
 * form come from {@link ApplicationSheet}, as the portal and the console show them. The form is a
 * list of numbered sections of label/value rows; a new field of the application is a new row, a new
 * part of the form a new section.
 *
 * @param titleJa e.g. 在留期間更新許可申請書
 * @param titleEn e.g. APPLICATION FOR EXTENSION OF PERIOD OF STAY
 * @param receiptNumber the receipt number (受付番号), or "-" before submission
 * @param addresseeJa e.g. 東京出入国在留管理局長 殿
 * @param addresseeEn e.g. To the Director General of the Tokyo Regional Immigration Services Bureau
 * @param submittedOn the date of the application in Japan (yyyy-MM-dd), or "-"
 * @param facePhotoJpeg the face photo as attached (a checked JPEG), or null
 */
public record ApplicationForm(
    String titleJa,
    String titleEn,
    String receiptNumber,
    String addresseeJa,
    String addresseeEn,
    String submittedOn,
    List<Section> sections,
    byte[] facePhotoJpeg) {

  public ApplicationForm {
    Objects.requireNonNull(titleJa);
    Objects.requireNonNull(titleEn);
    Objects.requireNonNull(receiptNumber);
    Objects.requireNonNull(addresseeJa);
    Objects.requireNonNull(addresseeEn);
    Objects.requireNonNull(submittedOn);
    sections = List.copyOf(sections);
  }

  /** A numbered part of the form, e.g. 「2 申請人 / Applicant」. */
  public record Section(String labelJa, String labelEn, List<Row> rows) {
    public Section {
      Objects.requireNonNull(labelJa);
      Objects.requireNonNull(labelEn);
      rows = List.copyOf(rows);
    }

    /** A section of the form as the views show it ({@link ApplicationSheet}), to print. */
    public static Section of(ApplicationSheet.Section section) {
      return new Section(
          section.titleJa(),
          section.titleEn(),
          section.rows().stream().map(r -> new Row(r.labelJa(), r.labelEn(), r.value())).toList());
    }
  }

  /**
   * One box of the form: the label in both languages and the value as entered ("—" if none, as the
   * views show it).
   */
  public record Row(String labelJa, String labelEn, String value) {
    public Row {
      Objects.requireNonNull(labelJa);
      Objects.requireNonNull(labelEn);
      value = value == null || value.isBlank() ? "—" : value;
    }
  }
}
