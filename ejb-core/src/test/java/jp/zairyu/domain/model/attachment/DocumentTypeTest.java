package jp.zairyu.domain.model.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.zairyu.domain.model.application.Designation;
import jp.zairyu.domain.model.application.Procedure;
import jp.zairyu.domain.model.application.ResidenceStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
        assertThat(DocumentType.checklist(p.code(), s.code(), null))
            .extracting(DocumentType::code)
            .as(p.code() + " " + s.code())
            .contains("PASSPORT", "OTHER");
      }
    }
  }

  @Test
  void everyDesignationOfTheTableExists() {
    for (DocumentType d : DocumentType.all()) {
      assertThat(d.designations())
          .as(d.code())
          .allSatisfy(
              n ->
                  assertThat(d.statuses())
                      .as(d.code() + " " + n + ": only for the status it designates")
                      .containsExactly("DESIGNATED"))
          .allSatisfy(
              n -> assertThat(Designation.of("DESIGNATED", n)).as(d.code() + " " + n).isPresent());
    }
  }

  /**
   * 特定活動: the designation chosen with the status selects the documents (issue 16). A row per case:
   * procedure, designation (blank: none chosen yet), the designation's own document or "-", whether
   * the activity plan every designation needs is asked.
   */
  @ParameterizedTest(name = "{0} 特定活動 {1}: {2}")
  @CsvSource({
    // ISA, 在留資格「特定活動」（ワーキング・ホリデー）: 帰国用航空券又はその購入資金
    "COE,       5号,    RETURN_TICKET_OR_FUNDS",
    "EXTENSION, 5号,    RETURN_TICKET_OR_FUNDS",
    // ISA, 特定活動46号（本邦大学卒業者）: 卒業証明書（学位記）, 日本語能力（N1等）を証する資料
    "COE,       46号,   GRADUATION_AND_JAPANESE",
    "CHANGE,    46号,   GRADUATION_AND_JAPANESE",
    "EXTENSION, 46号,   GRADUATION_AND_JAPANESE",
    // ISA, 告示外特定活動: 理由書 (why the activity is to be designated individually)
    "CHANGE,    告示外, STATEMENT_OF_REASONS",
    "EXTENSION, 告示外, STATEMENT_OF_REASONS",
    // a designation with no document of its own: only the plan every designation needs
    "CHANGE,    25号,   -",
    "COE,       15号,   -",
    // none chosen yet: nothing designation-specific
    "CHANGE,    ,       -",
  })
  void theDesignationSelectsItsDocuments(String procedure, String designation, String own) {
    List<String> codes =
        DocumentType.checklist(procedure, "DESIGNATED", designation).stream()
            .map(DocumentType::code)
            .toList();

    assertThat(codes).contains("PASSPORT", "DESIGNATED_ACTIVITY_PLAN", "OTHER");
    List<String> specific =
        List.of("RETURN_TICKET_OR_FUNDS", "GRADUATION_AND_JAPANESE", "STATEMENT_OF_REASONS");
    if ("-".equals(own)) {
      assertThat(codes).doesNotContainAnyElementsOf(specific);
    } else {
      assertThat(codes)
          .contains(own)
          .doesNotContainAnyElementsOf(specific.stream().filter(c -> !c.equals(own)).toList());
    }
  }

  @Test
  void anotherStatusNeverGetsADesignationsDocument() {
    assertThat(DocumentType.checklist("CHANGE", "ENGINEER_HUMANITIES", "46号"))
        .extracting(DocumentType::code)
        .doesNotContain("GRADUATION_AND_JAPANESE", "DESIGNATED_ACTIVITY_PLAN");
  }
}
