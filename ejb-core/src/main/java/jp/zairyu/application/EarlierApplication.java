package jp.zairyu.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.zairyu.domain.model.application.ApplicantLocation;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.FormSection;
import jp.zairyu.domain.model.application.ResultReceipt;
import jp.zairyu.domain.model.application.StatusChoice;

/**
 * An application of the caller's office filed earlier, as a new draft offers to copy it (issue 19:
 * an extension after an extension, the same client again): who it was for and with whom.
 *
 * @param id the application's id, to copy from ({@link DraftingService#copyOf})
 * @param receiptNumber its receipt number
 * @param procedureJa the kind of application, Japanese
 * @param procedureEn the kind of application, English
 * @param applicantName the applicant's name (as in the passport)
 * @param nationality the applicant's nationality or region
 * @param dateOfBirth the applicant's date of birth (may be null)
 * @param employer the employer's, school's or spouse's name given (null when none)
 */
public record EarlierApplication(
    long id,
    String receiptNumber,
    String procedureJa,
    String procedureEn,
    String applicantName,
    String nationality,
    LocalDate dateOfBirth,
    String employer)
    implements Serializable {

  /**
   * The clients among {@code applications} (newest first): the newest application of each applicant
   * (the same name and date of birth), by name.
   */
  public static List<EarlierApplication> newestPerApplicant(List<EarlierApplication> applications) {
    Map<String, EarlierApplication> newest = new LinkedHashMap<>();
    for (EarlierApplication a : applications) {
      newest.putIfAbsent(a.applicantName() + "|" + a.dateOfBirth(), a);
    }
    return newest.values().stream()
        .sorted(
            Comparator.comparing(
                EarlierApplication::applicantName, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }

  static EarlierApplication of(Application a) {
    return new EarlierApplication(
        a.id(),
        a.receiptNumber().map(Object::toString).orElse("-"),
        a.procedure().nameJa(),
        a.procedure().nameEn(),
        a.form().applicant().fullName(),
        a.form().applicant().nationality(),
        a.form().applicant().dateOfBirth(),
        a.form().formSection() == FormSection.NONE ? null : a.form().sponsor().name());
  }

  /** The client, for a choice of earlier applicants: name, nationality and date of birth. */
  public String client() {
    return applicantName + "（" + nationality + (dateOfBirth == null ? "" : "、" + dateOfBirth) + "）";
  }

  /**
   * What a new draft copies from an earlier application: the applicant (with the passport and the
   * applicant's own mail address) and the employer, school or spouse of the form's part, with the
   * status of residence held since (the status applied for then, or the one held then); where the
   * applicant was and how the result was received, as answers to check again.
   */
  public record Details(
      String receiptNumber,
      ApplicantDetails applicant,
      String applicantEmail,
      ApplicantLocation applicantLocation,
      ResultReceipt resultReceipt,
      String passportNumber,
      LocalDate passportExpiry,
      String heldStatus,
      String heldSubtype,
      FormSection section,
      FormDetails.Sponsor employer) {

    static Details of(Application a) {
      StatusChoice held = a.form().desiredStatus().or(() -> a.form().currentStatus()).orElse(null);
      return new Details(
          a.receiptNumber().map(Object::toString).orElse("-"),
          ApplicantDetails.of(a.form().applicant()),
          a.form().applicantEmail().orElse(null),
          a.form().applicantLocation().orElse(null),
          a.form().resultReceipt().orElse(null),
          a.form().passport().number(),
          a.form().passport().expiry(),
          held == null ? null : held.code(),
          held == null ? null : held.subtype(),
          a.form().formSection(),
          FormDetails.Sponsor.of(a.form().sponsor()));
    }
  }
}
