package jp.zairyu.domain.model.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcedureTest {

  @Test
  void feesComeFromTheReferenceTable() {
    Procedure extension = Procedure.byCode("EXTENSION").orElseThrow();

    assertThat(extension.nameJa()).isEqualTo("在留期間更新許可申請");
    assertThat(extension.feeOnlineYen()).isEqualTo(5500);
    assertThat(extension.feeWindowYen()).isEqualTo(6000);
    assertThat(extension.standalone()).isTrue();
  }

  @Test
  void accompanyingProceduresNameWhatTheyAccompany() {
    assertThat(Procedure.byCode("ACTIVITY_OUTSIDE").orElseThrow().onlyWith())
        .containsExactly("CHANGE", "EXTENSION", "ACQUISITION");
    assertThat(Procedure.byCode("NOPE")).isEmpty();
  }
}
