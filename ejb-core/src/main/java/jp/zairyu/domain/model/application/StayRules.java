package jp.zairyu.domain.model.application;

import jp.zairyu.domain.model.RuleViolation;

/**
 * What the stay part of a form may hold for the procedure and the statuses: a period held now only
 * for an applicant holding a status, a period applied for only where the procedure asks one, an
 * entry only for an applicant who may be abroad, 無期限 exactly for the statuses whose period is
 * indefinite ({@code indefinite-periods.csv}), never with a date of expiry.
 */
final class StayRules {

  private StayRules() {}

  static void check(Procedure procedure, FormContent form, StayDetails stay) {
    if (!procedure.holdsStatus()
        && (stay.currentPeriodMonths().isPresent()
            || stay.currentIndefinite()
            || stay.currentExpiry().isPresent())) {
      throw new RuleViolation(
          "stay.no-current-period",
          "この申請（" + procedure.nameJa() + "）では現在の在留期間・満了日は入力できません。",
          "This application (" + procedure.nameEn() + ") has no current period of stay.");
    }
    if (!procedure.asksDesiredPeriod() && stay.desiredPeriodMonths().isPresent()) {
      throw new RuleViolation(
          "stay.no-desired-period",
          "就労資格証明書の申請では希望する在留期間は入力できません。",
          "A certificate of authorised employment has no period applied for.");
    }
    if (!procedure.applicantAbroad()
        && (stay.entryPort() != null || stay.entryDate().isPresent())) {
      throw new RuleViolation(
          "stay.entry-in-japan",
          "入国予定港・入国予定年月日は在留資格認定証明書の申請でのみ入力します（申請人は日本に在留しています）。",
          "The port and date of entry are only for a certificate of eligibility (this applicant is"
              + " in Japan).");
    }
    if (form.currentPeriodIndefinite() && stay.currentPeriodMonths().isPresent()) {
      String status = form.currentStatus().orElseThrow().labelJa();
      throw new RuleViolation(
          "stay.current-period-indefinite",
          "現在の在留資格「" + status + "」の在留期間は無期限です。現在の在留期間は「無期限」としてください。",
          "The period of stay of the current status \""
              + status
              + "\" is indefinite: give the current period as indefinite.");
    }
    if (form.currentPeriodIndefinite() && stay.currentExpiry().isPresent()) {
      throw StayDetails.indefiniteHasNoExpiry();
    }
    if (!form.currentPeriodIndefinite() && stay.currentIndefinite()) {
      String statuses = String.join("・", ResidenceStatus.indefiniteLabelsJa());
      throw new RuleViolation(
          "stay.current-period-not-indefinite",
          "現在の在留期間を「無期限」とできるのは、現在の在留資格が「" + statuses + "」の場合のみです。",
          "The current period of stay can be indefinite only with \"" + statuses + "\".");
    }
    if (form.desiredPeriodIndefinite() && stay.desiredPeriodMonths().isPresent()) {
      String status = form.desiredStatus().orElseThrow().labelJa();
      throw new RuleViolation(
          "stay.period-indefinite",
          "在留資格「" + status + "」の在留期間は無期限です。希望する在留期間は「無期限」としてください。",
          "The period of stay of \""
              + status
              + "\" is indefinite: apply for an indefinite period.");
    }
    if (!form.desiredPeriodIndefinite() && stay.desiredIndefinite()) {
      String statuses = String.join("・", ResidenceStatus.indefiniteLabelsJa());
      throw new RuleViolation(
          "stay.period-not-indefinite",
          "無期限の在留期間を希望できるのは、在留資格「" + statuses + "」の場合のみです。",
          "An indefinite period can be applied for only with \"" + statuses + "\".");
    }
  }
}
