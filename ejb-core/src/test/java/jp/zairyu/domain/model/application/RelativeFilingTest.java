package jp.zairyu.domain.model.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import jp.zairyu.domain.model.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who may file (issue 16): a relative (配偶者・子・父母) only for an applicant under 16 on the day of
 * filing, from the date of birth on the form, or with the declaration that the applicant cannot
 * file through illness or another reason, the reason kept. One row per case, its source in the last
 * column.
 */
class RelativeFilingTest {

  static final Instant NOW = Instant.parse("2026-11-26T01:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  @ParameterizedTest(name = "{0} for someone born {1}, filed {2}, declared {3} → {5}")
  @CsvSource(
      delimiter = '|',
      value = {
        // kind              | born       | filed      | declared | reason        | outcome
        "RELATIVE            | 2010-11-27 | 2026-11-26 | false | | ok | user-types.csv: under 16 (15, a day before the 16th birthday)",
        "RELATIVE            | 2010-11-26 | 2026-11-26 | false | | relative-not-permitted | 年齢計算ニ関スル法律: 16 on the birthday",
        "RELATIVE            | 2009-05-05 | 2026-11-26 | false | | relative-not-permitted | issue 16: a 17-year-old with no declaration",
        "RELATIVE            | 2009-05-05 | 2026-11-26 | true  | 入院中のため | ok | user-types.csv: cannot apply through illness",
        "RELATIVE            | 2009-05-05 | 2026-11-26 | true  | | relative-reason | issue 16: the declaration with its reason",
        "RELATIVE            | 1950-01-01 | 2026-11-26 | true  | 認知症により本人が手続できないため | ok | user-types.csv: another reason",
        "RELATIVE            | 2026-11-01 | 2026-11-26 | false | | ok | user-types.csv: a newborn",
        "RELATIVE            | 2008-02-29 | 2024-02-28 | false | | ok | 年齢計算ニ関スル法律: born 29 February, 15 on the 28th",
        "RELATIVE            | 2008-02-29 | 2024-02-29 | false | | relative-not-permitted | 年齢計算ニ関スル法律: 16 on 29 February",
        "RELATIVE            | 2012-03-01 | 2028-02-29 | false | | ok | 年齢計算ニ関スル法律: 15 on the leap day before the birthday",
        "LAWYER_SCRIVENER    | 1990-01-01 | 2026-11-26 | false | | ok | user-procedures.csv: yes for an agent, no condition",
        "FOREIGN_NATIONAL    | 2009-05-05 | 2026-11-26 | false | | ok | user-procedures.csv: the foreign national files themselves",
        "LEGAL_REPRESENTATIVE| 2015-01-01 | 2026-11-26 | false | | ok | user-procedures.csv: a legal representative, no condition",
      })
  void aRelativeFilesForAChildUnder16OrWithTheDeclaredReason(
      String kind,
      LocalDate born,
      LocalDate filed,
      boolean declared,
      String reason,
      String outcome,
      String source) {
    Application draft = extension(kind, born, declared, reason);
    if (outcome.equals("ok")) {
      draft.checkFiler(kind, filed);
    } else {
      assertThatThrownBy(() -> draft.checkFiler(kind, filed))
          .isInstanceOfSatisfying(
              RuleViolation.class,
              e -> {
                assertThat(e.code()).isEqualTo("filing." + outcome);
                if (outcome.equals("relative-not-permitted")) {
                  // The rule quoted, with the applicant's age that day.
                  assertThat(e.messageJa()).contains("16歳未満").contains("病気その他の理由").contains("満");
                  assertThat(e.messageEn()).contains("under 16").contains("illness");
                }
              });
    }
  }

  @Test
  void theReasonIsKeptWithTheDeclarationOnlyAndATooLongOneIsRefused() {
    Application draft = extension("RELATIVE", LocalDate.of(2009, 5, 5), true, "  入院中のため ");
    assertThat(draft.form().relativeDeclarationReason()).contains("入院中のため");
    assertThatThrownBy(() -> draft.edit().explainInability("あ".repeat(501), NOW))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.code()).isEqualTo("filing.relative-reason"));
    assertThat(draft.form().relativeDeclarationReason()).contains("入院中のため");
    // Withdrawing the declaration drops its reason.
    draft
        .edit()
        .plan(
            Filing.of("EXTENSION", Filing.Reentry.NONE, false),
            new StatusChoice("DEPENDENT", null),
            null,
            "RELATIVE",
            false,
            NOW);
    assertThat(draft.form().relativeDeclarationReason()).isEmpty();
  }

  @Test
  void aRelativeNeverFilesWhatTheTableRefuses() {
    Application draft = ApplicantLocationTest.draft("WORK_CERT");
    assertThatThrownBy(
            () ->
                draft
                    .edit()
                    .plan(
                        Filing.of("WORK_CERT", Filing.Reentry.NONE, false),
                        new StatusChoice("ENGINEER_HUMANITIES", null),
                        null,
                        "RELATIVE",
                        true,
                        NOW))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.code()).isEqualTo("filing.not-permitted"));
  }

  private static Application extension(
      String kind, LocalDate born, boolean declared, String reason) {
    Procedure extension = Procedure.byCode(Procedure.EXTENSION).orElseThrow();
    Applicant a =
        new Applicant(
            "LI XIAO",
            "中国",
            born,
            Sex.FEMALE,
            "上海",
            "学生",
            "090-1234-5678",
            false,
            "上海市",
            "AB12345678CD",
            "大阪府",
            "大阪市北区1-1",
            born.isAfter(TODAY) ? born : TODAY);
    Application draft = Application.draft(1L, extension, a, NOW);
    draft
        .edit()
        .plan(
            new Filing(extension, Filing.Reentry.NONE, false),
            new StatusChoice("DEPENDENT", null),
            null,
            kind,
            declared,
            NOW);
    draft.edit().explainInability(reason, NOW);
    return draft;
  }
}
