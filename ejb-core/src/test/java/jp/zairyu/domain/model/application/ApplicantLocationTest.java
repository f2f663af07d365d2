package jp.zairyu.domain.model.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import jp.zairyu.domain.model.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where the applicant is on the day of filing (issue 16): asked on the form, never inferred, and
 * refused where applicant-location.csv forbids it. One row per case, its source in the last column.
 */
class ApplicantLocationTest {

  static final Instant NOW = Instant.parse("2026-11-26T01:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  @ParameterizedTest(name = "{0} for an applicant {1}: allowed {2} ({3})")
  @CsvSource(
      delimiter = '|',
      value = {
        "COE         | ABROAD   | true  | 入管法第7条の2: for someone who wants to land",
        "COE         | IN_JAPAN | true  | ISA COE page: the applicant staying in Japan, or a sponsor in Japan",
        "CHANGE      | IN_JAPAN | true  | 入管法第20条",
        "CHANGE      | ABROAD   | false | 入管法第20条: a foreign national with a status, in Japan",
        "EXTENSION   | IN_JAPAN | true  | 入管法第21条",
        "EXTENSION   | ABROAD   | false | 入管法第21条: abroad on a re-entry permit, return first",
        "ACQUISITION | IN_JAPAN | true  | 入管法第22条の2",
        "ACQUISITION | ABROAD   | false | 入管法第22条の2: born / lost nationality in Japan",
        "WORK_CERT   | IN_JAPAN | true  | 入管法第19条の2",
        "WORK_CERT   | ABROAD   | false | 入管法第19条の2: 本邦に在留する外国人"
      })
  void theTableSaysWhoMayBeWhere(
      String procedure, ApplicantLocation location, boolean allowed, String source) {
    Application draft = draft(procedure);
    if (allowed) {
      draft.edit().locate(location, NOW);
      assertThat(draft.form().applicantLocation()).contains(location);
    } else {
      assertThatThrownBy(() -> draft.edit().locate(location, NOW))
          .isInstanceOfSatisfying(
              RuleViolation.class,
              e -> {
                assertThat(e.code()).isEqualTo("filing.applicant-location");
                assertThat(e.messageJa()).contains("日本に在留している方のみ").contains("入管法第");
                assertThat(e.messageEn()).contains("in Japan").contains("Art.");
              });
      assertThat(draft.form().applicantLocation()).isEmpty(); // nothing half-stored
    }
    assertThat(LocationRules.source(draft.procedure(), location)).isNotBlank();
  }

  @Test
  void theQuestionIsAskedNotInferredAndMissingUntilAnswered() {
    Application draft = draft("EXTENSION");
    assertThat(draft.form().applicantLocation()).isEmpty();
    assertThat(draft.completeness().missingFields())
        .contains("申請日における申請人の所在 / where the applicant is on the day of filing");
    draft.edit().locate(ApplicantLocation.IN_JAPAN, NOW);
    assertThat(draft.completeness().missingFields()).noneMatch(f -> f.startsWith("申請日における申請人の所在"));
    draft.edit().locate(null, NOW); // answered back to nothing (a draft may be incomplete)
    assertThat(draft.form().applicantLocation()).isEmpty();
  }

  @Test
  void everyStandaloneProcedureHasARowForEachLocation() {
    for (Procedure p : Procedure.standaloneProcedures()) {
      for (ApplicantLocation l : ApplicantLocation.values()) {
        assertThatCode(() -> LocationRules.allows(p, l)).doesNotThrowAnyException();
      }
    }
  }

  static Application draft(String procedure) {
    return Application.draft(
        1L,
        Procedure.byCode(procedure).orElseThrow(),
        TestForms.applicant("NGUYEN VAN AN", "東京都", TODAY),
        NOW);
  }
}
