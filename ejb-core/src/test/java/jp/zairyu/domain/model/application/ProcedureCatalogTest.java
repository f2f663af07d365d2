package jp.zairyu.domain.model.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.bureau.BureauDirectory;
import jp.zairyu.domain.model.reference.CsvTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Procedures are data: the shipped tables give what each procedure asks, and a table with one more
 * procedure of the same shape works through the rules with no code change.
 */
class ProcedureCatalogTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  /** What the switches on procedure codes decided before the rules were a table. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // code, current, desired, holds, period, abroad, accompanying, card, card in, e-cert, approval
    "COE,         false, true,  false, true,  true,  true,  false, false, true,  交付",
    "CHANGE,      true,  true,  true,  true,  false, false, true,  true,  false, 許可",
    "EXTENSION,   true,  false, true,  true,  false, false, true,  true,  false, 許可",
    "ACQUISITION, false, true,  false, true,  false, false, true,  false, false, 許可",
    "WORK_CERT,   true,  false, true,  false, false, false, false, false, false, 許可"
  })
  void theShippedTableAsksWhatEachProcedureAsked(
      String code,
      boolean current,
      boolean desired,
      boolean holds,
      boolean desiredPeriod,
      boolean abroad,
      boolean accompanying,
      boolean card,
      boolean cardSentIn,
      boolean electronic,
      String approval) {
    Procedure p = Procedure.byCode(code).orElseThrow();

    assertThat(p.asksCurrentStatus()).isEqualTo(current);
    assertThat(p.asksDesiredStatus()).isEqualTo(desired);
    assertThat(p.holdsStatus()).isEqualTo(holds);
    assertThat(p.asksDesiredPeriod()).isEqualTo(desiredPeriod);
    assertThat(p.applicantAbroad()).isEqualTo(abroad);
    assertThat(p.asksAccompanyingPersons()).isEqualTo(accompanying);
    assertThat(p.issuesResidenceCard()).isEqualTo(card);
    assertThat(p.cardSentIn()).isEqualTo(cardSentIn);
    assertThat(p.electronicByMail()).isEqualTo(electronic);
    assertThat(p.approvalJa()).isEqualTo(approval);
    assertThat(p.keepsStatus()).isEqualTo(code.equals("EXTENSION"));
    assertThat(p.hasDesiredStatus()).isEqualTo(!code.equals("WORK_CERT"));
  }

  @Test
  void theShippedTablesJoin() {
    ProcedureCatalog catalog = ProcedureCatalog.standard();

    assertThat(catalog.all()).extracting(Procedure::code).hasSize(7);
    assertThat(catalog.preselected().code()).isEqualTo("EXTENSION");
    assertThat(catalog.byCode("CHANGE").orElseThrow().addOns())
        .extracting(Procedure::code)
        .containsExactly("REENTRY", "ACTIVITY_OUTSIDE");
    assertThat(catalog.byCode("COE").orElseThrow().addOns()).isEmpty();
    assertThat(catalog.byCode("REENTRY").orElseThrow().multipleFeeOnlineYen()).isEqualTo(6500);
    assertThat(catalog.byCode("WORK_CERT").orElseThrow().permissionFor("RELATIVE"))
        .isEqualTo(FilingPermission.NO);
    assertThat(catalog.byCode("COE").orElseThrow().permissionFor("RELATIVE"))
        .isEqualTo(FilingPermission.CONDITIONAL);
  }

  @Test
  void aProcedureWithoutRulesIsRefused() {
    String rules = text("procedure-rules.csv").replaceAll("(?m)^WORK_CERT,.*\\R", "");

    assertThatThrownBy(
            () ->
                ProcedureCatalog.of(
                    CsvTable.parse(text("procedures.csv")),
                    CsvTable.parse(rules),
                    CsvTable.parse(text("user-procedures.csv"))))
        .hasMessageContaining("WORK_CERT");
  }

  @Test
  void aKeptStatusNeedsAStatusHeld() {
    String rules =
        text("procedure-rules.csv").replace("ACQUISITION,none,required", "ACQUISITION,none,same");

    assertThatThrownBy(
            () ->
                ProcedureCatalog.of(
                    CsvTable.parse(text("procedures.csv")),
                    CsvTable.parse(rules),
                    CsvTable.parse(text("user-procedures.csv"))))
        .hasMessageContaining("ACQUISITION");
  }

  /**
   * One more procedure — rows in the three tables, nothing else — is drafted, planned with an
   * add-on, completed, submitted, examined and decided with its own words.
   */
  @Test
  void oneMoreProcedureOfTheSameShapeWorksThroughTheRules() {
    ProcedureCatalog catalog = withTransfer();
    Procedure transfer = catalog.byCode("TRANSFER").orElseThrow();
    assertThat(catalog.standalone()).contains(transfer);
    assertThat(transfer.addOns()).extracting(Procedure::code).containsExactly("REENTRY");

    Application draft =
        Application.draft(7L, transfer, ApplicationTest.complete("東京都"), DecisionTest.NOW);
    StatusChoice engineer = new StatusChoice("ENGINEER_HUMANITIES", null);
    assertThatThrownBy(
            () ->
                draft
                    .edit()
                    .plan(
                        new Filing(transfer, Filing.Reentry.NONE, false),
                        null,
                        null,
                        "LAWYER_SCRIVENER",
                        false,
                        DecisionTest.NOW))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("現在の在留資格");
    assertThatThrownBy(
            () ->
                draft
                    .edit()
                    .plan(
                        new Filing(transfer, Filing.Reentry.NONE, false),
                        engineer,
                        null,
                        "RELATIVE",
                        false,
                        DecisionTest.NOW))
        .isInstanceOf(RuleViolation.class);
    draft
        .edit()
        .plan(
            new Filing(transfer, Filing.Reentry.SINGLE, false),
            engineer,
            null,
            "LAWYER_SCRIVENER",
            false,
            DecisionTest.NOW);
    assertThat(draft.form().desiredStatus()).contains(engineer);
    assertThat(draft.receiving().feeYen()).isEqualTo(4000 + 3500);
    // a re-entry permit is a passport sticker (result-receipt-rules.csv): fetched at the window
    assertThatThrownBy(
            () ->
                draft
                    .edit()
                    .deliverTo(ResultReceipt.MAIL, "applicant@example.jp", DecisionTest.NOW))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("証印シール");
    draft
        .edit()
        .plan(
            new Filing(transfer, Filing.Reentry.NONE, false),
            engineer,
            null,
            "LAWYER_SCRIVENER",
            false,
            DecisionTest.NOW);
    assertThat(draft.receiving().feeYen()).isEqualTo(4000);
    draft.edit().deliverTo(ResultReceipt.MAIL, "applicant@example.jp", DecisionTest.NOW);
    assertThat(draft.completeness().missingFields()).contains("現在の在留期間 / current period of stay");

    TestForms.fillIn(draft, TODAY, DecisionTest.NOW);
    assertThat(draft.completeness().missingFields()).isEmpty();
    draft.submit(ReceiptNumber.of("TOKYO", 2026, 1), DecisionTest.NOW);
    draft.routeTo(draft.routing().competentBureau(BureauDirectory.standard()), DecisionTest.NOW);
    draft.startExamination(DecisionTest.EXAMINER, DecisionTest.NOW);
    draft.approve(DecisionTest.EXAMINER, DecisionTest.NOW);

    assertThat(draft.state()).isEqualTo(ApplicationState.APPROVED_AWAITING_ISSUANCE);
    assertThat(draft.wording().stateJa()).isEqualTo("発行待ち");
    assertThat(draft.wording().denialJa()).isEqualTo("不承認");
    assertThat(draft.receiving().itemsToSend())
        .containsExactly(
            MailInItem.RESIDENCE_CARD, MailInItem.FEE_SLIP, MailInItem.RETURN_ENVELOPE);
    draft
        .mailIn()
        .recordReceipt(
            DecisionTest.SUPERVISOR,
            EnumSet.copyOf(draft.receiving().itemsToSend()),
            4000,
            DecisionTest.LATER);
    draft.issue(
        DecisionTest.EXAMINER,
        new ResidenceCardNumber("QZ00000042XY"),
        TrackingNumber.parse("1234-5678-9012"),
        java.util.Set.of(),
        DecisionTest.LATER);
    assertThat(draft.state()).isEqualTo(ApplicationState.COMPLETED);
  }

  @Test
  void oneMoreProcedureIsDecidedInItsOwnWords() {
    Application approved = examined(ResultReceipt.WINDOW);
    approved.approve(DecisionTest.EXAMINER, DecisionTest.NOW);

    assertThat(approved.state()).isEqualTo(ApplicationState.APPROVED);
    assertThat(approved.wording().stateJa()).isEqualTo("承認");
    assertThat(approved.wording().stateEn()).isEqualTo("Granted");

    Application denied = examined(ResultReceipt.WINDOW);
    denied.denials().propose(DecisionTest.EXAMINER, "理由", DecisionTest.NOW);
    denied.confirmDenial(DecisionTest.SUPERVISOR, DecisionTest.LATER);

    assertThat(denied.wording().stateJa()).isEqualTo("不承認");
    assertThat(denied.wording().stateEn()).isEqualTo("Not granted");
    assertThat(denied.wording().denialEn()).isEqualTo("refusal of the transfer");
  }

  private static Application examined(ResultReceipt receipt) {
    Procedure transfer = withTransfer().byCode("TRANSFER").orElseThrow();
    Application draft =
        Application.draft(7L, transfer, ApplicationTest.complete("東京都"), DecisionTest.NOW);
    draft
        .edit()
        .plan(
            new Filing(transfer, null, false),
            new StatusChoice("ENGINEER_HUMANITIES", null),
            null,
            "LAWYER_SCRIVENER",
            false,
            DecisionTest.NOW);
    draft.edit().deliverTo(receipt, "applicant@example.jp", DecisionTest.NOW);
    TestForms.fillIn(draft, TODAY, DecisionTest.NOW);
    draft.submit(ReceiptNumber.of("TOKYO", 2026, 2), DecisionTest.NOW);
    draft.routeTo(draft.routing().competentBureau(BureauDirectory.standard()), DecisionTest.NOW);
    draft.startExamination(DecisionTest.EXAMINER, DecisionTest.NOW);
    return draft;
  }

  /** The shipped tables with a 所属機関変更 procedure: one row (or column) more in each. */
  private static ProcedureCatalog withTransfer() {
    String procedures =
        text("procedures.csv").replace("|ACQUISITION,single;", "|ACQUISITION|TRANSFER,single;")
            + "TRANSFER,所属機関変更許可申請,Change of Employing Organisation,4000,4500,,a test row\n";
    String rules =
        text("procedure-rules.csv")
            + "TRANSFER,required,same,yes,yes,japan,no,yes,yes,no,no,,承認,Granted,不承認,Not granted,"
            + "refusal of the transfer,a test row\n";
    StringBuilder users = new StringBuilder();
    for (String line : text("user-procedures.csv").split("\n")) {
      users
          .append(line)
          .append(
              line.startsWith("user_type")
                  ? ",TRANSFER"
                  : line.startsWith("RELATIVE") ? ",no" : ",yes")
          .append('\n');
    }
    assertThat(procedures).contains("|ACQUISITION|TRANSFER,single;");
    return ProcedureCatalog.of(
        CsvTable.parse(procedures), CsvTable.parse(rules), CsvTable.parse(users.toString()));
  }

  private static String text(String table) {
    try (InputStream in = ProcedureCatalogTest.class.getResourceAsStream("/domain/" + table)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void theRulesTableNamesItsSourceForEveryRow() {
    List<java.util.Map<String, String>> rows = CsvTable.load("procedure-rules.csv").rows();
    assertThat(rows).allSatisfy(r -> assertThat(r.get("source")).isNotBlank());
  }
}
