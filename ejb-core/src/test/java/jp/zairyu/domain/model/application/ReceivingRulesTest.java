package jp.zairyu.domain.model.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.reference.CsvTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How the result may be received (result-receipt-rules.csv): a passport sticker (証印シール) that ISA
 * does not mail keeps the applicant at the window; permission for activity outside status is mailed
 * as its 資格外活動許可書. One row per case, each with its source.
 */
class ReceivingRulesTest {

  private static final ReceivingRules RULES = ReceivingRules.standard();

  private static Filing filing(String procedure, String reentry, boolean activity) {
    return Filing.of(procedure, Filing.Reentry.valueOf(reentry), activity);
  }

  @ParameterizedTest(name = "{0} re-entry {1} activity {2}: offered {3} ({4})")
  @CsvSource(
      delimiter = ';',
      value = {
        // procedure; re-entry; activity outside; offered; source
        "EXTENSION;   NONE;     false; WINDOW MAIL; ISA notice on cards by mail (001318822.pdf): extension by mail",
        "EXTENSION;   SINGLE;   false; WINDOW;      ISA 001318822.pdf: 再入国許可 needs a passport 証印, window only",
        "EXTENSION;   MULTIPLE; false; WINDOW;      ISA 001318822.pdf: a multiple re-entry permit is a 証印 as well",
        "EXTENSION;   NONE;     true;  WINDOW MAIL; ISA since Jan 2024: by mail a 資格外活動許可書 replaces the sticker",
        "EXTENSION;   SINGLE;   true;  WINDOW;      the re-entry permit's sticker decides: window only",
        "CHANGE;      NONE;     false; WINDOW MAIL; ISA 001318822.pdf: change by mail",
        "CHANGE;      SINGLE;   false; WINDOW;      ISA 001318822.pdf: 再入国許可 needs a passport 証印",
        "CHANGE;      MULTIPLE; true;  WINDOW;      the re-entry permit's sticker decides: window only",
        "CHANGE;      NONE;     true;  WINDOW MAIL; ISA since Jan 2024: 資格外活動許可書 by mail",
        "ACQUISITION; NONE;     false; WINDOW MAIL; shared/domain README: residence card at the window or by mail",
        "ACQUISITION; SINGLE;   false; WINDOW;      ISA 001318822.pdf: 再入国許可 needs a passport 証印",
        "ACQUISITION; NONE;     true;  WINDOW MAIL; ISA since Jan 2024: 資格外活動許可書 by mail",
        "COE;         NONE;     false; WINDOW MAIL; shared/domain README: electronic COE by mail since March 2023",
        "WORK_CERT;   NONE;     false; WINDOW MAIL; our table: a certificate, no sticker",
      })
  void theFormOffersOnlyTheWindowWhenAStickerCannotBeMailed(
      String procedure, String reentry, boolean activity, String offered, String source) {
    Filing filing = filing(procedure, reentry, activity);
    EnumSet<ResultReceipt> expected = EnumSet.noneOf(ResultReceipt.class);
    Arrays.stream(offered.split(" ")).map(ResultReceipt::valueOf).forEach(expected::add);
    assertThat(RULES.offered(filing)).as(source).isEqualTo(expected);
    assertThat(RULES.windowOnly(filing).isEmpty()).as(source).isEqualTo(expected.size() == 2);
  }

  @ParameterizedTest(name = "{0} re-entry {1} activity {2} received {3}: accepted {4} ({5})")
  @CsvSource(
      delimiter = ';',
      nullValues = "NULL",
      value = {
        "EXTENSION;   SINGLE;   false; MAIL;   false; ISA 001318822.pdf: 再入国許可 excludes the mail",
        "EXTENSION;   MULTIPLE; false; MAIL;   false; ISA 001318822.pdf: 再入国許可 excludes the mail",
        "CHANGE;      SINGLE;   true;  MAIL;   false; ISA 001318822.pdf: 再入国許可 excludes the mail",
        "ACQUISITION; SINGLE;   false; MAIL;   false; ISA 001318822.pdf: 再入国許可 excludes the mail",
        "EXTENSION;   SINGLE;   false; WINDOW; true;  shared/domain README: a sticker is put on at the window",
        "EXTENSION;   SINGLE;   false; NULL;   true;  our rule: a draft may leave the choice open",
        "EXTENSION;   NONE;     true;  MAIL;   true;  ISA since Jan 2024: 資格外活動許可書 by mail",
        "CHANGE;      NONE;     false; MAIL;   true;  ISA 001318822.pdf: change by mail",
      })
  void aChoiceOfTheMailIsRefusedWhenAStickerCannotBeMailed(
      String procedure,
      String reentry,
      boolean activity,
      ResultReceipt receipt,
      boolean accepted,
      String source) {
    Filing filing = filing(procedure, reentry, activity);
    if (accepted) {
      assertThatCode(() -> RULES.check(filing, receipt)).as(source).doesNotThrowAnyException();
    } else {
      assertThatThrownBy(() -> RULES.check(filing, receipt))
          .as(source)
          .isInstanceOf(RuleViolation.class)
          .hasFieldOrPropertyWithValue("code", "application.receipt.window-only")
          .hasMessageContaining("再入国許可申請")
          .hasMessageContaining("証印シール")
          .hasMessageContaining("窓口")
          .hasMessageContaining("Re-entry Permit")
          .hasMessageContaining("not by mail");
    }
  }

  @ParameterizedTest(name = "{0} activity {1} received {2}: mailed {3} ({4})")
  @CsvSource(
      delimiter = ';',
      value = {
        "EXTENSION;   true;  MAIL;   資格外活動許可書; ISA since Jan 2024: by mail a 資格外活動許可書 instead of the sticker",
        "CHANGE;      true;  MAIL;   資格外活動許可書; ISA since Jan 2024",
        "ACQUISITION; true;  MAIL;   資格外活動許可書; ISA since Jan 2024",
        "EXTENSION;   true;  WINDOW; '';              ISA: at the window the sticker is put in the passport",
        "EXTENSION;   false; MAIL;   '';              nothing filed that needs a sticker",
      })
  void permissionForActivityOutsideStatusByMailComesAsItsPermit(
      String procedure, boolean activity, ResultReceipt receipt, String mailed, String source) {
    assertThat(
            RULES.mailedDocuments(filing(procedure, "NONE", activity), receipt).stream()
                .map(ReceivingRules.MailedDocument::labelJa)
                .toList())
        .as(source)
        .isEqualTo(mailed.isEmpty() ? java.util.List.of() : java.util.List.of(mailed));
  }

  @Test
  void everyProcedureHasARowWithItsSourceAndABrokenTableIsRefused() {
    CsvTable procedures = CsvTable.load("procedures.csv");
    assertThat(CsvTable.load("result-receipt-rules.csv").rows())
        .hasSize(procedures.rows().size())
        .allSatisfy(r -> assertThat(r.get("source")).isNotBlank());
    assertThatThrownBy(
            () ->
                ReceivingRules.of(
                    CsvTable.parse(
                        "code,passport_sticker,by_mail,mailed_instead_ja,mailed_instead_en,source\n"
                            + "COE,no,yes,,,x\n"),
                    procedures))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("does not match");
    assertThatThrownBy(
            () ->
                ReceivingRules.of(
                    CsvTable.parse(
                        "code,passport_sticker,by_mail,mailed_instead_ja,mailed_instead_en,source\n"
                            + "COE,yes,yes,,,x\n"),
                    procedures))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("without naming the document");
  }

  @Test
  void aDraftCannotChooseTheMailWithAReentryPermitNorBeSubmittedSo() {
    Application draft = DecisionTest.draft(Procedure.EXTENSION, ResultReceipt.WINDOW);
    draft
        .edit()
        .plan(
            Filing.of(Procedure.EXTENSION, Filing.Reentry.SINGLE, false),
            new StatusChoice("ENGINEER_HUMANITIES", null),
            null,
            "LAWYER_SCRIVENER",
            false,
            DecisionTest.NOW);
    assertThat(draft.receiving().offered()).containsExactly(ResultReceipt.WINDOW);
    assertThatThrownBy(
            () -> draft.edit().deliverTo(ResultReceipt.MAIL, "a@example.jp", DecisionTest.NOW))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("証印シール");
    assertThat(draft.form().resultReceipt()).contains(ResultReceipt.WINDOW); // nothing stored
  }

  @Test
  void aDraftWhoseReentryPermitCameAfterTheMailWasChosenIsNotSubmitted() {
    Application draft = DecisionTest.draft(Procedure.EXTENSION, ResultReceipt.MAIL);
    draft
        .edit()
        .plan(
            Filing.of(Procedure.EXTENSION, Filing.Reentry.MULTIPLE, false),
            new StatusChoice("ENGINEER_HUMANITIES", null),
            null,
            "LAWYER_SCRIVENER",
            false,
            DecisionTest.NOW);
    assertThatThrownBy(() -> draft.submit(ReceiptNumber.of("TOKYO", 2026, 1), DecisionTest.NOW))
        .isInstanceOf(RuleViolation.class)
        .hasFieldOrPropertyWithValue("code", "application.receipt.window-only");
    assertThat(draft.state()).isEqualTo(ApplicationState.DRAFT);
    assertThat(draft.receiptNumber()).isEmpty();
  }
}
