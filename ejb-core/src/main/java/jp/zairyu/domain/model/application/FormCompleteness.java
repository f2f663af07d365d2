package jp.zairyu.domain.model.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.zairyu.domain.model.RuleViolation;

/**
 * Whether a draft's form can be submitted: every field the procedure asks ({@link Procedure},
 * {@code procedure-rules.csv}) and the form's parts ask, named in both languages, and the dates
 * checked again on the day of submission.
 */
final class FormCompleteness {

  private FormCompleteness() {}

  /** The form's completeness and its dates on {@code today} (without the attachments). */
  static void check(Procedure procedure, FormContent form, LocalDate today) {
    List<String> missing = missingFields(procedure, form);
    if (!missing.isEmpty()) {
      throw new RuleViolation(
          "application.incomplete",
          "未入力の項目があります: " + String.join("、", missing),
          "Some fields are missing: " + String.join(", ", missing));
    }
    // Across steps: a spouse among the family in Japan, but 配偶者「無」.
    if (Boolean.FALSE.equals(form.applicant().married().orElse(null))
        && form.family().stream()
            .anyMatch(m -> m.relationship().orElse(null) == FamilyRelationship.SPOUSE)) {
      throw new RuleViolation(
          "applicant.marital-status",
          "配偶者の有無が「無」ですが、在日親族に配偶者が入力されています。どちらかを訂正してください。",
          "The marital status says no spouse, but a spouse is among the family in Japan: correct"
              + " one of them.");
    }
    // Where the applicant is, and an acquisition's event and deadline, on the day of filing.
    form.applicantLocation().ifPresent(l -> LocationRules.check(procedure, l));
    AcquisitionRules.check(procedure, form, today);
    // Dates checked when typed may have passed since. An indefinite period held now has no date of
    // expiry (nor a last day): nothing to check.
    if (form.stay().currentExpiry().filter(d -> !d.isAfter(today)).isPresent()) {
      throw StayDetails.expired();
    }
    if (form.passport().expiry() != null && !form.passport().expiry().isAfter(today)) {
      throw new RuleViolation(
          "passport.expired",
          "旅券の有効期限が切れています。有効な旅券の番号と有効期限を入力してください。",
          "The passport has expired: enter a valid passport's number and date of expiry.");
    }
    if (form.stay().entryDate().filter(d -> !d.isAfter(today)).isPresent()) {
      throw new RuleViolation(
          "stay.entry-date",
          "入国予定年月日は明日以降の日付を入力してください。",
          "The expected date of entry must be after today.");
    }
  }

  /** Labels (Japanese / English) of every field still missing for submission. */
  static List<String> missingFields(Procedure procedure, FormContent form) {
    boolean inJapan = !procedure.applicantAbroad();
    List<String> missing = new ArrayList<>();
    if (form.applicantLocation().isEmpty()) {
      missing.add("申請日における申請人の所在 / where the applicant is on the day of filing");
    }
    // A residence card only for someone holding a status now (not an acquisition nor a COE).
    missing.addAll(form.applicant().missingFields(inJapan, procedure.holdsStatus()));
    if (AcquisitionEvent.asked(procedure) && form.acquisitionEvent(procedure).isEmpty()) {
      missing.add("取得の事由 / event giving rise to the acquisition");
    }
    if (AcquisitionEvent.asked(procedure) && form.acquisitionEventDate().isEmpty()) {
      missing.add("事由が生じた日 / date of the event");
    }
    if (form.passport().number() == null) {
      missing.add("旅券番号 / passport number");
    }
    if (form.passport().expiry() == null) {
      missing.add("旅券の有効期限 / passport's date of expiry");
    }
    if (procedure.asksCurrentStatus() && form.currentStatus().isEmpty()) {
      missing.add("現在の在留資格 / current status");
    }
    if (procedure.asksDesiredStatus() && form.desiredStatus().isEmpty()) {
      missing.add("希望する在留資格 / desired status");
    }
    StayDetails s = form.stay();
    if (procedure.holdsStatus()
        && (form.currentPeriodIndefinite()
            ? !s.currentIndefinite()
            : s.currentPeriodMonths().isEmpty())) {
      missing.add("現在の在留期間 / current period of stay");
    }
    if (procedure.holdsStatus() && !form.currentPeriodIndefinite() && s.currentExpiry().isEmpty()) {
      missing.add("在留期間の満了日 / date of expiry of the period of stay");
    }
    if (procedure.asksDesiredPeriod()
        && (form.desiredPeriodIndefinite()
            ? !s.desiredIndefinite()
            : s.desiredPeriodMonths().isEmpty())) {
      missing.add("希望する在留期間 / period applied for");
    }
    if (s.reason() == null) {
      missing.add("申請理由 / reason for the application");
    }
    if (s.criminalRecord().isEmpty()) {
      missing.add("犯罪歴の有無 / criminal record (yes or no)");
    } else if (s.criminalRecord().get() && s.criminalDetails() == null) {
      missing.add("犯罪歴の具体的内容 / details of the criminal record");
    }
    if (!inJapan && s.entryPort() == null) {
      missing.add("入国予定港 / intended port of entry");
    }
    if (!inJapan && s.entryDate().isEmpty()) {
      missing.add("入国予定年月日 / expected date of entry");
    }
    for (int i = 0; i < form.family().size(); i++) {
      missing.addAll(form.family().get(i).missingFields(i + 1));
    }
    if (procedure.asksAccompanyingPersons()) {
      if (form.accompanied().isEmpty()) {
        missing.add("同伴者の有無 / accompanying persons (yes or no)");
      } else if (form.accompanied().get() && form.accompanying().isEmpty()) {
        missing.add("同伴者（1人以上） / at least one accompanying person");
      }
      for (int i = 0; i < form.accompanying().size(); i++) {
        missing.addAll(form.accompanying().get(i).missingFields(i + 1));
      }
    }
    missing.addAll(form.sponsor().missingFields(form.formSection()));
    if (form.resultReceipt().isEmpty()) {
      missing.add("結果の受領方法 / how the result is received");
    }
    if (form.applicantEmail().isEmpty()) {
      missing.add("申請人のメールアドレス / applicant's mail address");
    }
    return missing;
  }
}
