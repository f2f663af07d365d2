package jp.zairyu.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.Filing;
import jp.zairyu.domain.model.application.Procedure;
import jp.zairyu.domain.model.application.ResultReceipt;
import jp.zairyu.domain.model.application.StatusChoice;
import jp.zairyu.domain.model.application.TestForms;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApplicationSheetTest {

  static final Instant NOW = Instant.parse("2026-11-26T01:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  static Application complete(String procedure, String current, String desired) {
    Application draft =
        Application.draft(
            7L,
            Procedure.byCode(procedure).orElseThrow(),
            TestForms.applicant("NGUYEN VAN AN", "東京都", TODAY),
            NOW);
    draft
        .edit()
        .plan(
            Filing.of(procedure, null, false),
            current == null ? null : new StatusChoice(current, null),
            desired == null ? null : new StatusChoice(desired, null),
            "LAWYER_SCRIVENER",
            false,
            NOW);
    draft.edit().deliverTo(ResultReceipt.MAIL, "applicant@example.jp", NOW);
    return TestForms.fillIn(draft, TODAY, NOW);
  }

  static Map<String, String> values(Application a) {
    return ApplicationSheet.of(a).stream()
        .flatMap(s -> s.rows().stream())
        .collect(Collectors.toMap(ApplicationSheet.Row::id, ApplicationSheet.Row::value));
  }

  @ParameterizedTest(name = "{0} {1}→{2}: sections {3}")
  @CsvSource({
    "EXTENSION,ENGINEER_HUMANITIES,,form-applicant form-passport form-stay form-family form-sponsor",
    "CHANGE,ENGINEER_HUMANITIES,STUDENT,form-applicant form-passport form-stay form-family form-sponsor",
    "COE,,SPOUSE_OF_JAPANESE,form-applicant form-passport form-stay form-family form-accompanying form-sponsor",
    "ACQUISITION,,LONG_TERM_RESIDENT,form-applicant form-passport form-stay form-family"
  })
  void everySectionThatAppliesIsShown(
      String procedure, String current, String desired, String sections) {
    Application a = complete(procedure, current, desired);
    assertThat(ApplicationSheet.of(a))
        .extracting(ApplicationSheet.Section::id)
        .containsExactly(sections.split(" "));
    Map<String, String> v = values(a);
    assertThat(v.get("form-passportNumber")).isEqualTo("TZ1234567");
    assertThat(v.get("form-sex")).isEqualTo("女 / Female");
    assertThat(v.get("form-family-1")).contains("配偶者").contains("TRAN THI BINH").contains("同居");
    assertThat(v.get("form-criminalRecord")).isEqualTo("無 / No");
    assertThat(v.containsKey("form-entryPort")).isEqualTo(procedure.equals("COE"));
    assertThat(v.containsKey("form-currentPeriod"))
        .isEqualTo(List.of("CHANGE", "EXTENSION").contains(procedure));
  }

  @ParameterizedTest(name = "{0}: {1} = {2}")
  @CsvSource({
    "ENGINEER_HUMANITIES,form-sponsorIncome,'4,800,000円 / ¥4,800,000'",
    "STUDENT,form-sponsorDetail,日本語科",
    "SPOUSE_OF_JAPANESE,form-sponsorNationality,日本"
  })
  void theStatusSpecificPartShowsItsOwnFields(String desired, String row, String value) {
    Map<String, String> v = values(complete("CHANGE", "CULTURAL", desired));
    assertThat(v).containsEntry(row, value);
  }

  @ParameterizedTest(name = "{0} {1}→{2}: {3} = {4}")
  @CsvSource({
    "EXTENSION,ENGINEER_HUMANITIES,,form-married,有 / Yes",
    "EXTENSION,ENGINEER_HUMANITIES,,form-homeAddress,ハノイ市ホアンキエム区1-1",
    "EXTENSION,ENGINEER_HUMANITIES,,form-desiredPeriod,3年",
    "CHANGE,ENGINEER_HUMANITIES,HSP 2号,form-desiredPeriod,無期限 / Indefinite",
    "CHANGE,ENGINEER_HUMANITIES,HSP 2号,form-currentPeriod,3年",
    "CHANGE,HSP 2号,SPOUSE_OF_JAPANESE,form-currentPeriod,無期限 / Indefinite",
    "CHANGE,HSP 2号,SPOUSE_OF_JAPANESE,form-currentExpiry,無期限 / Indefinite",
    "CHANGE,HSP 2号,SPOUSE_OF_JAPANESE,form-desiredPeriod,3年",
    "WORK_CERT,HSP 2号,,form-currentPeriod,無期限 / Indefinite",
    "WORK_CERT,HSP 2号,,form-currentExpiry,無期限 / Indefinite",
    "WORK_CERT,HSP 1号イ,,form-currentExpiry,2027-01-26",
    "COE,,ENGINEER_HUMANITIES,form-accompanied,無 / No",
    "COE,,ENGINEER_HUMANITIES,form-homeAddress,ハノイ市ホアンキエム区1-1"
  })
  void theRemainingFieldsAreShown(
      String procedure, String current, String desired, String row, String value) {
    Application draft =
        Application.draft(
            7L,
            Procedure.byCode(procedure).orElseThrow(),
            TestForms.applicant("NGUYEN VAN AN", "東京都", TODAY),
            NOW);
    String[] d = desired == null ? null : desired.split(" ");
    String[] c = current == null ? null : current.split(" ");
    draft
        .edit()
        .plan(
            Filing.of(procedure, null, false),
            c == null ? null : new StatusChoice(c[0], c.length > 1 ? c[1] : null),
            d == null ? null : new StatusChoice(d[0], d.length > 1 ? d[1] : null),
            "LAWYER_SCRIVENER",
            false,
            NOW);
    draft.edit().deliverTo(ResultReceipt.MAIL, "applicant@example.jp", NOW);
    TestForms.fillIn(draft, TODAY, NOW);
    assertThat(values(draft)).containsEntry(row, value);
    assertThat(values(draft).containsKey("form-accompanied")).isEqualTo(procedure.equals("COE"));
  }

  @ParameterizedTest(name = "empty {0} reads —")
  @CsvSource({"form-placeOfBirth"})
  void emptyFieldsReadADash(String row) {
    Application a = complete("EXTENSION", "ENGINEER_HUMANITIES", null);
    a.edit()
        .revise(
            new jp.zairyu.domain.model.application.Applicant(
                "A", null, null, null, "東京都", null, TODAY),
            NOW);
    assertThat(values(a)).containsEntry(row, "—");
    assertThat(
            ApplicationSheet.of(a).stream()
                .flatMap(s -> s.rows().stream())
                .collect(Collectors.toMap(ApplicationSheet.Row::id, Function.identity()))
                .get("form-address")
                .labelJa())
        .isEqualTo("住居地");
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource({
    "COE,MAIL,'電子メール（電子交付の在留資格認定証明書） / By e-mail (electronic certificate)'",
    "COE,WINDOW,窓口 / At the window",
    "EXTENSION,MAIL,郵送 / By post",
    "EXTENSION,WINDOW,窓口 / At the window"
  })
  void howTheResultIsReceivedSaysWhenItIsAnElectronicCoe(
      String procedure, ResultReceipt receipt, String label) {
    Application a =
        complete(
            procedure,
            procedure.equals("COE") ? null : "ENGINEER_HUMANITIES",
            procedure.equals("COE") ? "ENGINEER_HUMANITIES" : null);
    a.edit().deliverTo(receipt, "applicant@example.jp", NOW);
    assertThat(ApplicationSheet.resultReceipt(a)).isEqualTo(label);
  }
}
