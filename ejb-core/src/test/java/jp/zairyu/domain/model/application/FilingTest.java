package jp.zairyu.domain.model.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import jp.zairyu.domain.model.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What may be filed, by whom, with which statuses, for which fee — from the domain tables. */
class FilingTest {

  static final Instant NOW = Instant.parse("2026-11-26T01:00:00Z");

  @Test
  void statusesExcludedFromOnlineFilingCannotBeChosen() {
    assertThat(ResidenceStatus.filableOnline())
        .extracting(ResidenceStatus::code)
        .doesNotContain("DIPLOMAT", "TEMPORARY_VISITOR", "PERMANENT_RESIDENT")
        .contains("HSP", "SSW", "STUDENT", "DESIGNATED")
        .hasSize(26);
    assertThatThrownBy(() -> new StatusChoice("TEMPORARY_VISITOR", null))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.code()).isEqualTo("status.not-online"));
    assertThatThrownBy(() -> new StatusChoice("NO_SUCH", null)).isInstanceOf(RuleViolation.class);
  }

  @ParameterizedTest
  @CsvSource({"HSP,1号イ,true", "HSP,,false", "HSP,3号,false", "SSW,2号,true", "TITP,2号ロ,true"})
  void statusesWithCategoriesNeedOne(String code, String subtype, boolean valid) {
    if (valid) {
      assertThat(new StatusChoice(code, subtype).labelJa()).endsWith(subtype);
    } else {
      assertThatThrownBy(() -> new StatusChoice(code, subtype))
          .isInstanceOfSatisfying(
              RuleViolation.class, e -> assertThat(e.code()).isEqualTo("status.subtype"));
    }
  }

  @ParameterizedTest(name = "{0} re-entry={1} outside={2} → {3} yen")
  @CsvSource({
    "EXTENSION,NONE,false,5500",
    "EXTENSION,SINGLE,false,9000",
    "EXTENSION,MULTIPLE,true,12000",
    "CHANGE,SINGLE,true,9000",
    "ACQUISITION,MULTIPLE,false,6500",
    "COE,NONE,false,0",
    "WORK_CERT,NONE,false,1600"
  })
  void theOnlineFeeComesFromProceduresCsv(
      String procedure, Filing.Reentry reentry, boolean outside, int yen) {
    assertThat(Filing.of(procedure, reentry, outside).feeOnlineYen()).isEqualTo(yen);
  }

  @ParameterizedTest
  @CsvSource({"COE,SINGLE,false", "COE,NONE,true", "WORK_CERT,MULTIPLE,false"})
  void addOnsOnlyWithAChangeExtensionOrAcquisition(
      String procedure, Filing.Reentry reentry, boolean outside) {
    assertThatThrownBy(() -> Filing.of(procedure, reentry, outside))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.code()).isEqualTo("filing.add-on"));
    assertThatThrownBy(() -> Filing.of("REENTRY", Filing.Reentry.NONE, false))
        .isInstanceOf(RuleViolation.class);
  }

  @ParameterizedTest
  @CsvSource({
    "LAWYER_SCRIVENER,COE,YES",
    "RELATIVE,CHANGE,CONDITIONAL",
    "RELATIVE,WORK_CERT,NO",
    "RELATIVE,ACTIVITY_OUTSIDE,NO",
    "FOREIGN_NATIONAL,REENTRY,YES"
  })
  void whoMayFileWhatComesFromUserProceduresCsv(
      String kind, String procedure, FilingPermission expected) {
    assertThat(FilingPermission.of(kind, procedure)).isEqualTo(expected);
  }

  static Application draft(String procedure) {
    return Application.draft(
        1L, Procedure.byCode(procedure).orElseThrow(), ApplicationTest.complete("東京都"), NOW);
  }

  static StatusChoice status(String code) {
    return code == null ? null : new StatusChoice(code, null);
  }

  @ParameterizedTest(name = "{0}: current={1} desired={2} by {3} → {4}")
  @CsvSource({
    "CHANGE,STUDENT,ENGINEER_HUMANITIES,LAWYER_SCRIVENER,",
    "CHANGE,STUDENT,STUDENT,LAWYER_SCRIVENER,filing.same-status",
    "CHANGE,,ENGINEER_HUMANITIES,LAWYER_SCRIVENER,filing.status-missing",
    "EXTENSION,STUDENT,,LAWYER_SCRIVENER,",
    "EXTENSION,STUDENT,DEPENDENT,LAWYER_SCRIVENER,filing.extension-status",
    "COE,,STUDENT,ORG_STAFF,",
    "COE,STUDENT,STUDENT,ORG_STAFF,filing.status-not-applicable",
    "ACQUISITION,,SPOUSE_OF_JAPANESE,FOREIGN_NATIONAL,",
    "WORK_CERT,ENGINEER_HUMANITIES,,FOREIGN_NATIONAL,",
    "WORK_CERT,ENGINEER_HUMANITIES,STUDENT,FOREIGN_NATIONAL,filing.status-not-applicable",
    "WORK_CERT,ENGINEER_HUMANITIES,,RELATIVE,filing.not-permitted",
    // A relative may plan it: the age or the declaration is decided on the day of filing
    // (RelativeFilingTest).
    "EXTENSION,DEPENDENT,,RELATIVE,",
  })
  void statusesMustFitTheProcedureAndTheUserMustBeAllowed(
      String procedure, String current, String desired, String kind, String refusal) {
    Application draft = draft(procedure);
    Filing filing = Filing.of(procedure, Filing.Reentry.NONE, false);
    if (refusal == null) {
      assertThatCode(
              () -> draft.edit().plan(filing, status(current), status(desired), kind, false, NOW))
          .doesNotThrowAnyException();
    } else {
      assertThatThrownBy(
              () -> draft.edit().plan(filing, status(current), status(desired), kind, false, NOW))
          .isInstanceOfSatisfying(
              RuleViolation.class, e -> assertThat(e.code()).isEqualTo(refusal));
    }
  }

  @Test
  void aRelativeFilesOnlyWithTheDeclaration() {
    Application draft = draft("EXTENSION");
    Filing filing = Filing.of("EXTENSION", Filing.Reentry.NONE, false);
    draft.edit().plan(filing, status("DEPENDENT"), null, "RELATIVE", true, NOW);
    assertThat(draft.form().relativeDeclaration()).isTrue();
    assertThat(draft.form().desiredStatus()).contains(status("DEPENDENT"));
  }

  @Test
  void supervisedInternTrainingIsFiledOnlyByTheSupervisingOrganisation() {
    Filing filing = Filing.of("EXTENSION", Filing.Reentry.NONE, false);
    StatusChoice supervised = new StatusChoice("TITP", "2号ロ");
    assertThatThrownBy(
            () ->
                draft("EXTENSION")
                    .edit()
                    .plan(filing, supervised, null, "LAWYER_SCRIVENER", false, NOW))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.code()).isEqualTo("filing.titp-supervised"));
    assertThatCode(
            () -> draft("EXTENSION").edit().plan(filing, supervised, null, "ORG_STAFF", false, NOW))
        .doesNotThrowAnyException();
  }

  @Test
  void aDraftCannotBeSubmittedWithoutItsStatuses() {
    Application change = draft("CHANGE");
    assertThatThrownBy(() -> change.submit(ReceiptNumber.of("TOKYO", 2026, 9), NOW))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> assertThat(e.messageJa()).contains("現在の在留資格").contains("希望する在留資格"));
    change
        .edit()
        .plan(
            Filing.of("CHANGE", Filing.Reentry.MULTIPLE, true),
            status("STUDENT"),
            status("ENGINEER_HUMANITIES"),
            "LAWYER_SCRIVENER",
            false,
            NOW);
    assertThatThrownBy(() -> change.submit(ReceiptNumber.of("TOKYO", 2026, 9), NOW))
        .hasMessageContaining("結果の受領方法")
        .hasMessageContaining("申請人のメールアドレス");
    assertThatThrownBy(() -> change.edit().deliverTo(ResultReceipt.WINDOW, "not-an-address", NOW))
        .isInstanceOf(RuleViolation.class);
    change.edit().deliverTo(ResultReceipt.WINDOW, "Applicant@Example.JP", NOW);
    assertThat(change.form().applicantEmail()).contains("Applicant@example.jp");
    TestForms.fillIn(change, java.time.LocalDate.of(2026, 11, 26), NOW);
    change.submit(ReceiptNumber.of("TOKYO", 2026, 9), NOW);
    assertThat(change.filing().feeOnlineYen()).isEqualTo(12000);
  }
}
