package jp.zairyu.domain.model.application;

import java.time.LocalDate;
import jp.zairyu.domain.model.RuleViolation;

/**
 * An acquisition of status on the day of filing (入管法第22条の2, {@code acquisition-events.csv}): filed
 * within the event's deadline (30 days of the event, the day itself not counted), and for a birth
 * the event's date is the applicant's date of birth.
 */
final class AcquisitionRules {

  private AcquisitionRules() {}

  /**
   * Checks an acquisition's event (a code of {@code acquisition-events.csv}) and its date as
   * entered, either still missing: only for a procedure that asks them, the date not after {@code
   * today}.
   *
   * @return whether the procedure asks them (then they are kept; else nothing was entered)
   */
  static boolean entered(Procedure procedure, String event, LocalDate date, LocalDate today) {
    if (!AcquisitionEvent.asked(procedure)) {
      if (event != null || date != null) {
        throw new RuleViolation(
            "acquisition.not-asked",
            "取得の事由とその日は在留資格取得許可申請でのみ入力します。",
            "The event and its date are only for an acquisition of status.");
      }
      return false;
    }
    if (event != null && AcquisitionEvent.of(procedure, event).isEmpty()) {
      throw new RuleViolation(
          "acquisition.event", "取得の事由を一覧から選んでください。", "Choose the event from the list.");
    }
    if (date != null && date.isAfter(today)) {
      throw new RuleViolation(
          "acquisition.event-date",
          "事由が生じた日に未来の日付は入力できません。",
          "The date of the event cannot be in the future.");
    }
    return true;
  }

  static void check(Procedure procedure, FormContent form, LocalDate today) {
    var event = form.acquisitionEvent(procedure);
    var date = form.acquisitionEventDate();
    if (event.isEmpty() || date.isEmpty()) {
      return; // named among the missing fields
    }
    if (event.get().dateIsBirth()
        && form.applicant().dateOfBirth() != null
        && !date.get().equals(form.applicant().dateOfBirth())) {
      throw new RuleViolation(
          "acquisition.birth-date",
          "取得の事由が出生の場合、事由が生じた日は生年月日（" + form.applicant().dateOfBirth() + "）と同じ日です。",
          "For a birth, the date of the event is the date of birth ("
              + form.applicant().dateOfBirth()
              + ").");
    }
    LocalDate deadline = event.get().deadline(date.get());
    if (today.isAfter(deadline)) {
      throw new RuleViolation(
          "acquisition.deadline",
          "在留資格取得許可申請の期限（"
              + deadline
              + "）を過ぎています。事由が生じた日から"
              + event.get().deadlineDays()
              + "日以内に申請する必要があります（出入国管理及び難民認定法第22条の2第2項）。地方出入国在留管理官署にご相談ください。",
          "The deadline of the acquisition ("
              + deadline
              + ") has passed: it must be filed within "
              + event.get().deadlineDays()
              + " days of the event (Immigration Control Act Art. 22-2(2)). Consult the regional"
              + " immigration bureau.");
    }
  }
}
