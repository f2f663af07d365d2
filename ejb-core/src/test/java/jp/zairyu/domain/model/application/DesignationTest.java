package jp.zairyu.domain.model.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import jp.zairyu.domain.model.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Statuses (issue 16): 特定活動 is filed with its designation (告示 number or 告示外,
 * designated-activities.csv); 出国準備期間 cannot be filed online and says where to go. One row per case,
 * its source in the last column.
 */
class DesignationTest {

  static final Instant NOW = Instant.parse("2026-11-26T01:00:00Z");

  @ParameterizedTest(name = "特定活動 {0} → {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // designation | outcome                           | source
        "46号          | ok                                | 特定活動告示第46号 本邦大学等卒業者",
        "5号           | ok                                | 特定活動告示第5号 ワーキング・ホリデー",
        "9号           | ok                                | 特定活動告示第9号 インターンシップ",
        "33号          | ok                                | 特定活動告示第33号",
        "44号          | ok                                | 特定活動告示第44号",
        "53号          | ok                                | 特定活動告示第53号 デジタルノマド",
        "告示外        | ok                                | 入管法別表第一の五: 個々に指定する活動",
        "出国準備期間  | status.designation-not-online     | ISA: online filing excludes 特定活動（出国準備期間）",
        "-             | status.subtype                    | ISA's forms ask the designation",
        "99号          | status.subtype                    | 特定活動告示 has no such number in our table",
      })
  void designatedActivitiesAreFiledWithTheirDesignation(
      String code, String outcome, String source) {
    if (outcome.equals("ok")) {
      StatusChoice s = new StatusChoice("DESIGNATED", code);
      assertThat(s.labelJa()).isEqualTo("特定活動 " + code);
      assertThat(s.status().subtypeLabel(code)).startsWith(code);
    } else {
      assertThatThrownBy(() -> new StatusChoice("DESIGNATED", code))
          .isInstanceOfSatisfying(
              RuleViolation.class,
              e -> {
                assertThat(e.code()).isEqualTo(outcome);
                if (outcome.equals("status.designation-not-online")) {
                  // Where to go instead, in both languages.
                  assertThat(e.messageJa()).contains("出国準備期間").contains("窓口");
                  assertThat(e.messageEn()).contains("cannot be filed online").contains("window");
                }
              });
    }
  }

  @ParameterizedTest(name = "{0} with 特定活動（出国準備期間） as the {1} status")
  @CsvSource({
    "CHANGE,desired", // ISA: excluded from online filing, the window instead
    "CHANGE,current",
    "EXTENSION,current",
    "COE,desired"
  })
  void departurePreparationIsRefusedInEveryRole(String procedure, String role) {
    assertThatThrownBy(
            () -> {
              StatusChoice departure = new StatusChoice("DESIGNATED", "出国準備期間");
              ApplicantLocationTest.draft(procedure)
                  .edit()
                  .plan(
                      Filing.of(procedure, Filing.Reentry.NONE, false),
                      role.equals("current") ? departure : null,
                      role.equals("desired") ? departure : null,
                      "LAWYER_SCRIVENER",
                      false,
                      NOW);
            })
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> assertThat(e.code()).isEqualTo("status.designation-not-online"));
  }

  @Test
  void everyDesignationHasItsSourceAndTheStatusListsThemAsCategories() {
    ResidenceStatus designated = ResidenceStatus.byCode("DESIGNATED").orElseThrow();
    assertThat(designated.subtypes()).contains("46号", "告示外", "出国準備期間");
    for (String code : designated.subtypes()) {
      Designation d = Designation.of("DESIGNATED", code).orElseThrow();
      assertThat(d.source()).isNotBlank();
      assertThat(d.online() || !d.whereJa().isBlank()).isTrue();
    }
    assertThat(ResidenceStatus.byCode("HSP").orElseThrow().subtypeLabel("2号")).isEqualTo("2号");
  }
}
