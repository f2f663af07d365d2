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
    return RequiredField.missing(requiredFields(procedure, form));
  }

  /**
   * Every field the procedure and the form's parts ask for submission, on its step of the portal's
   * form, filled or not, in the order {@link #missingFields} names them.
   */
  static List<RequiredField> requiredFields(Procedure procedure, FormContent form) {
    boolean inJapan = !procedure.applicantAbroad();
    List<RequiredField> r = new ArrayList<>();
    int filing = RequiredField.FILING;
    int stayStep = RequiredField.PASSPORT_AND_STAY;
    RequiredField.need(
        r,
        filing,
        "applicantLocation",
        "申請日における申請人の所在 / where the applicant is on the day of filing",
        form.applicantLocation().isPresent());
    // A residence card only for someone holding a status now (not an acquisition nor a COE).
    r.addAll(form.applicant().requiredFields(inJapan, procedure.holdsStatus()));
    if (AcquisitionEvent.asked(procedure)) {
      RequiredField.need(
          r,
          filing,
          "acquisitionEvent",
          "取得の事由 / event giving rise to the acquisition",
          form.acquisitionEvent(procedure).isPresent());
      RequiredField.need(
          r,
          filing,
          "acquisitionEventDate",
          "事由が生じた日 / date of the event",
          form.acquisitionEventDate().isPresent());
    }
    RequiredField.need(
        r, stayStep, "passportNumber", "旅券番号 / passport number", form.passport().number() != null);
    RequiredField.need(
        r,
        stayStep,
        "passportExpiry",
        "旅券の有効期限 / passport's date of expiry",
        form.passport().expiry() != null);
    if (procedure.asksCurrentStatus()) {
      RequiredField.need(
          r, filing, "currentStatus", "現在の在留資格 / current status", form.currentStatus().isPresent());
    }
    if (procedure.asksDesiredStatus()) {
      RequiredField.need(
          r,
          filing,
          "desiredStatus",
          "希望する在留資格 / desired status",
          form.desiredStatus().isPresent());
    }
    StayDetails s = form.stay();
    if (procedure.holdsStatus()) {
      RequiredField.need(
          r,
          stayStep,
          "currentPeriodMonths",
          "現在の在留期間 / current period of stay",
          form.currentPeriodIndefinite()
              ? s.currentIndefinite()
              : s.currentPeriodMonths().isPresent());
    }
    if (procedure.holdsStatus() && !form.currentPeriodIndefinite()) {
      RequiredField.need(
          r,
          stayStep,
          "currentExpiry",
          "在留期間の満了日 / date of expiry of the period of stay",
          s.currentExpiry().isPresent());
    }
    if (procedure.asksDesiredPeriod()) {
      RequiredField.need(
          r,
          stayStep,
          "desiredPeriodMonths",
          "希望する在留期間 / period applied for",
          form.desiredPeriodIndefinite()
              ? s.desiredIndefinite()
              : s.desiredPeriodMonths().isPresent());
    }
    RequiredField.need(
        r, stayStep, "reason", "申請理由 / reason for the application", s.reason() != null);
    RequiredField.need(
        r,
        stayStep,
        "criminalRecord",
        "犯罪歴の有無 / criminal record (yes or no)",
        s.criminalRecord().isPresent());
    if (s.criminalRecord().orElse(false)) {
      RequiredField.need(
          r,
          stayStep,
          "criminalDetails",
          "犯罪歴の具体的内容 / details of the criminal record",
          s.criminalDetails() != null);
    }
    if (!inJapan) {
      RequiredField.need(
          r, stayStep, "entryPort", "入国予定港 / intended port of entry", s.entryPort() != null);
      RequiredField.need(
          r, stayStep, "entryDate", "入国予定年月日 / expected date of entry", s.entryDate().isPresent());
    }
    for (int i = 0; i < form.family().size(); i++) {
      r.addAll(form.family().get(i).requiredFields(i + 1));
    }
    if (procedure.asksAccompanyingPersons()) {
      int family = RequiredField.FAMILY;
      RequiredField.need(
          r,
          family,
          "accompanied",
          "同伴者の有無 / accompanying persons (yes or no)",
          form.accompanied().isPresent());
      if (form.accompanied().orElse(false)) {
        RequiredField.need(
            r,
            family,
            "accompanying",
            "同伴者（1人以上） / at least one accompanying person",
            !form.accompanying().isEmpty());
      }
      for (int i = 0; i < form.accompanying().size(); i++) {
        r.addAll(form.accompanying().get(i).requiredFields(i + 1));
      }
    }
    r.addAll(form.sponsor().requiredFields(form.formSection()));
    RequiredField.need(
        r,
        filing,
        "resultReceipt",
        "結果の受領方法 / how the result is received",
        form.resultReceipt().isPresent());
    RequiredField.need(
        r,
        filing,
        "applicantEmail",
        "申請人のメールアドレス / applicant's mail address",
        form.applicantEmail().isPresent());
    return r;
  }
}
