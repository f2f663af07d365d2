package jp.zairyu.domain.model.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import jp.zairyu.domain.model.application.Procedure;
import jp.zairyu.domain.model.application.ResidenceStatus;
import org.junit.jupiter.api.Test;

class DocumentTypeTest {

  @Test
  void everyStatusAndProcedureOfTheTableExists() {
    for (DocumentType d : DocumentType.all()) {
      assertThat(d.statuses())
          .as(d.code())
          .allSatisfy(
              s -> assertThat(ResidenceStatus.byCode(s)).as(d.code() + " " + s).isPresent());
      assertThat(d.procedures())
          .as(d.code())
          .allSatisfy(p -> assertThat(Procedure.byCode(p)).as(d.code() + " " + p).isPresent());
      assertThat(d.nameJa()).isNotBlank();
      assertThat(d.nameEn()).isNotBlank();
    }
  }

  @Test
  void everyOnlineStatusNeedsThePassportAndMayAddOtherDocuments() {
    for (ResidenceStatus s : ResidenceStatus.filableOnline()) {
      for (Procedure p : Procedure.standaloneProcedures()) {
        assertThat(DocumentType.checklist(p.code(), s.code()))
            .extracting(DocumentType::code)
            .as(p.code() + " " + s.code())
            .contains("PASSPORT", "OTHER");
      }
    }
  }
}
