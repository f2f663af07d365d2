package jp.zairyu.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import jp.zairyu.domain.model.FieldProblem;
import jp.zairyu.domain.model.InvalidInput;
import org.junit.jupiter.api.Test;

class AgentRegistryImportTest {

  static final Instant NOW = Instant.parse("2026-11-26T01:00:00Z");

  @Test
  void readsTheRegistryCsv() {
    var entries =
        AgentRegistryImport.parse(
            "\uFEFF"
                + AgentRegistryImport.HEADER
                + "\n100000000001,山田 太郎,2029-03-31,第一東京弁護士会,Yamada@Example.JP\n\n"
                + "200000000002,行政 花子,2028-01-31,,\n",
            NOW);
    assertThat(entries).hasSize(2);
    assertThat(entries.get(0).expiryDate()).isEqualTo(LocalDate.of(2029, 3, 31));
    assertThat(entries.get(0).email()).isEqualTo("Yamada@example.jp");
    assertThat(entries.get(1).unitAssociation()).isNull();
    assertThat(entries.get(1).email()).isNull();
  }

  @Test
  void refusesTheWholeFileWithTheLineNumbers() {
    assertThatThrownBy(
            () ->
                AgentRegistryImport.parse(
                    AgentRegistryImport.HEADER
                        + "\n100000000001,山田 太郎,2029-03-31,x,a@example.jp\n12345,短い,2029-03-31,x,\n"
                        + "300000000003,大阪 次郎,2029/03/31,x,\n400000000004,,2029-03-31,x,\n"
                        + "500000000005,取込 五郎,2029-03-31,x,not-a-mail\n"
                        + "600000000006,取込 六郎,2029-03-31,x\n",
                    NOW))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::labelEn)
                    .containsExactly("Line 3", "Line 4", "Line 5", "Line 6", "Line 7"));
    assertThatThrownBy(() -> AgentRegistryImport.parse("number,name\n", NOW))
        .isInstanceOf(InvalidInput.class);
  }
}
