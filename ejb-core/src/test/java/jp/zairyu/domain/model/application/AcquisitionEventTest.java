package jp.zairyu.domain.model.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import jp.zairyu.domain.model.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Acquisition of status (在留資格取得, issue 16): no residence card, the event and its date asked, and
 * the application due within 30 days of the event (入管法第22条の2第2項; the day of the event not counted,
 * 民法第140条). One row per case, its source in the last column.
 */
class AcquisitionEventTest {

  static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  @ParameterizedTest(name = "{0} on {1}, filed {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // event             | event date | filed on   | outcome          | source
        "BIRTH               | 2026-11-01 | 2026-11-01 | ok               | 第22条の2第2項: the day of birth itself",
        "BIRTH               | 2026-11-01 | 2026-12-01 | ok               | 第22条の2第2項 + 民法第140条: the 30th day after",
        "BIRTH               | 2026-11-01 | 2026-12-02 | deadline         | 第22条の2第2項: the 31st day is late",
        "BIRTH               | 2026-01-31 | 2026-03-02 | ok               | 民法第140条: 30 days across February",
        "BIRTH               | 2026-01-31 | 2026-03-03 | deadline         | 民法第140条: one day late across February",
        "LOSS_OF_NATIONALITY | 2026-10-15 | 2026-11-14 | ok               | 第22条の2第2項: 日本の国籍を離脱した日から30日以内",
        "LOSS_OF_NATIONALITY | 2026-10-15 | 2026-11-15 | deadline         | 第22条の2第2項: past 30 days",
        "OTHER               | 2026-11-20 | 2026-11-26 | ok               | 第22条の2第2項: その他の事由",
        "OTHER               | 2026-09-01 | 2026-11-26 | deadline         | 第22条の2第2項: within the 60 days of stay but past 30",
        "BIRTH               | 2026-11-02 | 2026-11-10 | birth-date       | our rule: a birth's date is the date of birth (2026-11-01)",
      })
  void theDeadlineFollowsFromTheEvent(
      String event, LocalDate date, LocalDate filed, String outcome, String source) {
    // A birth's row is for a child born that day; the birth-date row's child was born 2026-11-01.
    boolean born = event.equals("BIRTH") && !outcome.equals("birth-date");
    Application draft = acquisition(born ? date : LocalDate.of(2026, 11, 1), filed);
    draft.edit().acquiredThrough(event, date, at(filed));
    assertThat(draft.form().acquisitionDeadline(draft.procedure())).contains(date.plusDays(30));
    if (outcome.equals("ok")) {
      draft.checkComplete(filed);
    } else {
      assertThatThrownBy(() -> draft.checkComplete(filed))
          .isInstanceOfSatisfying(
              RuleViolation.class,
              e -> {
                assertThat(e.code()).isEqualTo("acquisition." + outcome);
                if (outcome.equals("deadline")) {
                  assertThat(e.messageJa())
                      .contains("第22条の2第2項")
                      .contains(date.plusDays(30).toString());
                  assertThat(e.messageEn()).contains("Art. 22-2(2)").contains("30 days");
                }
              });
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EXTENSION   | not-asked  | only an acquisition asks the event (acquisition-events.csv)",
        "ACQUISITION | event      | an event of the table only",
      })
  void theEventIsAcquisitionsOwnAndFromTheTable(String procedure, String code, String source) {
    LocalDate today = LocalDate.of(2026, 11, 26);
    Application draft =
        Application.draft(
            1L,
            Procedure.byCode(procedure).orElseThrow(),
            TestForms.applicant("A", "東京都", today),
            at(today));
    assertThatThrownBy(
            () ->
                draft
                    .edit()
                    .acquiredThrough(code.equals("event") ? "MARRIAGE" : "BIRTH", today, at(today)))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.code()).isEqualTo("acquisition." + code));
  }

  @Test
  void anEventInTheFutureIsRefusedAndNothingIsKept() {
    LocalDate today = LocalDate.of(2026, 11, 26);
    Application draft = acquisition(LocalDate.of(2026, 11, 1), today);
    assertThatThrownBy(() -> draft.edit().acquiredThrough("BIRTH", today.plusDays(1), at(today)))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.code()).isEqualTo("acquisition.event-date"));
    assertThat(draft.form().acquisitionEventDate()).contains(today); // the one kept before
  }

  @Test
  void anAcquisitionAsksNoCardButTheEventAndItsDate() {
    LocalDate today = LocalDate.of(2026, 11, 26);
    Procedure acquisition = Procedure.byCode(Procedure.ACQUISITION).orElseThrow();
    Applicant noCard =
        new Applicant(
            "SILVA PEDRO",
            "ブラジル",
            LocalDate.of(2026, 11, 1),
            Sex.MALE,
            "群馬県太田市",
            "なし",
            "0274-12-3456",
            false,
            "São Paulo",
            null,
            "群馬県",
            "太田市浜町2-35",
            today);
    Application draft = Application.draft(1L, acquisition, noCard, at(today));
    assertThat(draft.completeness().missingFields())
        .noneMatch(f -> f.startsWith("在留カード番号"))
        .contains("取得の事由 / event giving rise to the acquisition", "事由が生じた日 / date of the event");
  }

  private static Application acquisition(LocalDate born, LocalDate today) {
    Procedure acquisition = Procedure.byCode(Procedure.ACQUISITION).orElseThrow();
    Applicant baby =
        new Applicant(
            "SILVA PEDRO",
            "ブラジル",
            born,
            Sex.MALE,
            "群馬県太田市",
            "なし",
            "0274-12-3456",
            false,
            "São Paulo",
            null,
            "群馬県",
            "太田市浜町2-35",
            today.isBefore(born) ? born : today);
    Application draft = Application.draft(1L, acquisition, baby, at(today));
    draft
        .edit()
        .plan(
            new Filing(acquisition, Filing.Reentry.NONE, false),
            null,
            new StatusChoice("LONG_TERM_RESIDENT", null),
            "LAWYER_SCRIVENER",
            false,
            at(today));
    draft.edit().deliverTo(ResultReceipt.MAIL, "applicant@example.jp", at(today));
    TestForms.fillIn(draft, today, at(today)); // answers OTHER on today; the rows set their own
    // A newborn: no family in Japan typed (fillIn's spouse row does not fit 配偶者「無」).
    draft
        .edit()
        .describe(
            draft.form().passport(),
            draft.form().stay(),
            java.util.List.of(),
            draft.form().sponsor(),
            at(today));
    return draft;
  }

  private static Instant at(LocalDate day) {
    return day.atTime(10, 0).atZone(JAPAN).toInstant();
  }
}
