package jp.zairyu.domain.model.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import jp.zairyu.domain.model.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Statuses (issue 16): a permanent resident and a special permanent resident, procedure by
 * procedure and role by role as permanent-residents.csv says, not refused as a whole. One row per
 * case, its source in the last column.
 */
class PermanentResidentsTest {

  static final Instant NOW = Instant.parse("2026-11-26T01:00:00Z");

  @ParameterizedTest(name = "{0} {1} as the {2} status → online {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // status                  | procedure   | role    | online | words of the refusal | source
        "PERMANENT_RESIDENT         | COE         | DESIRED | false | 第7条第1項第2号 | 入管法第7条第1項第2号",
        "PERMANENT_RESIDENT         | CHANGE      | DESIRED | false | 永住許可申請 | 入管法第22条; 永住許可 not online",
        "PERMANENT_RESIDENT         | CHANGE      | CURRENT | false | 窓口 | issue 16: no change online",
        "PERMANENT_RESIDENT         | EXTENSION   | CURRENT | false | 無期限 | 施行規則別表第二",
        "PERMANENT_RESIDENT         | ACQUISITION | DESIRED | false | 第22条の2第4項 | 入管法第22条の2第4項",
        "PERMANENT_RESIDENT         | WORK_CERT   | CURRENT | true  | - | 入管法第19条の2",
        "SPECIAL_PERMANENT_RESIDENT | COE         | DESIRED | false | 入管特例法 | 入管特例法",
        "SPECIAL_PERMANENT_RESIDENT | CHANGE      | DESIRED | false | 市区町村 | 入管特例法第4条・第5条",
        "SPECIAL_PERMANENT_RESIDENT | CHANGE      | CURRENT | false | 在留資格がない | 入管特例法",
        "SPECIAL_PERMANENT_RESIDENT | EXTENSION   | CURRENT | false | 第9条 | 入管特例法第9条",
        "SPECIAL_PERMANENT_RESIDENT | ACQUISITION | DESIRED | false | 60日以内 | 入管特例法第4条第2項",
        "SPECIAL_PERMANENT_RESIDENT | WORK_CERT   | CURRENT | false | 特別永住者証明書 | our reading of 入管法第19条の2",
      })
  void eachProcedureAsTheTableSays(
      String status,
      String procedure,
      PermanentResidents.Role role,
      boolean online,
      String words,
      String source) {
    assertThat(PermanentResidents.allows(status, Procedure.byCode(procedure).orElseThrow(), role))
        .isEqualTo(online);
    StatusChoice choice = new StatusChoice(status, null); // not refused as a whole
    boolean current = role == PermanentResidents.Role.CURRENT;
    Procedure p = Procedure.byCode(procedure).orElseThrow();
    StatusChoice other = new StatusChoice("ENGINEER_HUMANITIES", null);
    Application draft = ApplicantLocationTest.draft(procedure);
    Runnable plan =
        () ->
            draft
                .edit()
                .plan(
                    Filing.of(procedure, Filing.Reentry.NONE, false),
                    current ? choice : (p.asksCurrentStatus() ? other : null),
                    current ? null : choice,
                    "LAWYER_SCRIVENER",
                    false,
                    NOW);
    if (online) {
      assertThatCode(plan::run).doesNotThrowAnyException();
      assertThat(draft.form().currentStatus()).contains(choice);
    } else {
      assertThatThrownBy(plan::run)
          .isInstanceOfSatisfying(
              RuleViolation.class,
              e -> {
                assertThat(e.code()).isEqualTo("status.permanent-not-online");
                assertThat(e.messageJa()).contains(words);
                assertThat(e.messageEn()).isNotBlank();
              });
      assertThat(draft.form().currentStatus()).isEmpty(); // nothing half-stored
    }
  }

  @Test
  void theFormOffersThemAndTheOtherStatusesStayRefusedAsAWhole() {
    assertThat(ResidenceStatus.choosable())
        .extracting(ResidenceStatus::code)
        .contains("PERMANENT_RESIDENT", "SPECIAL_PERMANENT_RESIDENT", "DESIGNATED")
        .doesNotContain("DIPLOMAT", "TEMPORARY_VISITOR");
    assertThat(ResidenceStatus.filableOnline())
        .extracting(ResidenceStatus::code)
        .doesNotContain("PERMANENT_RESIDENT", "SPECIAL_PERMANENT_RESIDENT");
    assertThat(new StatusChoice("SPECIAL_PERMANENT_RESIDENT", null).labelJa()).isEqualTo("特別永住者");
    assertThatThrownBy(() -> new StatusChoice("DIPLOMAT", null))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.code()).isEqualTo("status.not-online"));
  }

  @Test
  void aPermanentResidentsCertificateOfEmploymentHoldsAnIndefinitePeriod() {
    Application draft = ApplicantLocationTest.draft("WORK_CERT");
    draft
        .edit()
        .plan(
            Filing.of("WORK_CERT", Filing.Reentry.NONE, false),
            new StatusChoice("PERMANENT_RESIDENT", null),
            null,
            "LAWYER_SCRIVENER",
            false,
            NOW);
    assertThat(draft.form().currentPeriodIndefinite()).isTrue();
  }
}
