package jp.zairyu.domain.model.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import jp.zairyu.domain.model.reference.CsvTable;
import org.junit.jupiter.api.Test;

class ApplicationStateTest {

  @Test
  void theStatesAreExactlyThoseOfTheReferenceTableInItsOrder() {
    var codes = CsvTable.load("application-states.csv").rows().stream().map(r -> r.get("state"));

    assertThat(Arrays.stream(ApplicationState.values()).map(Enum::name))
        .containsExactlyElementsOf(codes.toList());
  }

  @Test
  void labelsComeFromTheReferenceTable() {
    assertThat(ApplicationState.SUBMITTED.labelJa()).isEqualTo("申請完了");
    assertThat(ApplicationState.AWAITING_DOCUMENTS.labelEn())
        .isEqualTo("Additional documents requested");
  }
}
