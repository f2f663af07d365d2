package jp.zairyu.domain.model.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.function.Consumer;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.account.Officer;
import jp.zairyu.domain.model.account.OfficerRole;
import jp.zairyu.domain.model.bureau.BureauDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decisions: approval in one step by the examiner (発行待ち when the result comes by mail), denial
 * proposed by the examiner and confirmed or returned by another supervisor of the bureau.
 */
class DecisionTest {

  static final Instant NOW = Instant.parse("2026-11-26T01:00:00Z");
  static final Instant LATER = NOW.plusSeconds(600);

  static final Officer EXAMINER = officer(1L, "TOKYO", OfficerRole.EXAMINER);
  static final Officer OTHER_EXAMINER = officer(2L, "TOKYO", OfficerRole.EXAMINER);
  static final Officer SUPERVISOR = officer(10L, "TOKYO", OfficerRole.SUPERVISOR);
  static final Officer OTHER_SUPERVISOR = officer(11L, "TOKYO", OfficerRole.SUPERVISOR);
  static final Officer OSAKA_SUPERVISOR = officer(20L, "OSAKA", OfficerRole.SUPERVISOR);
  static final Officer TOKYO_ADMIN = officer(30L, "TOKYO", OfficerRole.ADMIN);

  static Officer officer(long id, String bureau, OfficerRole role) {
    return TestOfficers.withId(
        new Officer("o" + id, "hash", "officer " + id, bureau, role), Officer.class, id);
  }

  /** A draft of the procedure, complete, with the result received as given. */
  static Application draft(String procedure, ResultReceipt receipt) {
    Procedure p = Procedure.byCode(procedure).orElseThrow();
    Application draft = Application.draft(7L, p, ApplicationTest.complete("東京都"), NOW);
    StatusChoice engineer = new StatusChoice("ENGINEER_HUMANITIES", null);
    StatusChoice student = new StatusChoice("STUDENT", null);
    switch (procedure) {
      case Procedure.COE, Procedure.ACQUISITION ->
          draft
              .edit()
              .plan(
                  Filing.of(procedure, null, false),
                  null,
                  engineer,
                  "LAWYER_SCRIVENER",
                  false,
                  NOW);
      case Procedure.CHANGE ->
          draft
              .edit()
              .plan(
                  Filing.of(procedure, null, false),
                  student,
                  engineer,
                  "LAWYER_SCRIVENER",
                  false,
                  NOW);
      case Procedure.EXTENSION ->
          draft
              .edit()
              .plan(
                  Filing.of(procedure, null, false),
                  engineer,
                  null,
                  "LAWYER_SCRIVENER",
                  false,
                  NOW);
      case Procedure.WORK_CERT ->
          draft
              .edit()
              .plan(
                  Filing.of(procedure, null, false),
                  engineer,
                  null,
                  "LAWYER_SCRIVENER",
                  false,
                  NOW);
      default -> throw new IllegalArgumentException(procedure);
    }
    draft.edit().deliverTo(receipt, "applicant@example.jp", NOW);
    return TestForms.fillIn(draft, java.time.LocalDate.of(2026, 11, 26), NOW);
  }

  /** Submitted, routed to Tokyo and taken by {@link #EXAMINER}. */
  static Application underReview(String procedure, ResultReceipt receipt) {
    Application application = draft(procedure, receipt);
    application.submit(ReceiptNumber.of("TOKYO", 2026, 1), NOW);
    application.routeTo(application.routing().competentBureau(BureauDirectory.standard()), NOW);
    application.startExamination(EXAMINER, NOW);
    return application;
  }

  static Application underReview() {
    return underReview(Procedure.EXTENSION, ResultReceipt.MAIL);
  }

  @ParameterizedTest(name = "{0} received at the {1}: approval leads to {2}")
  @CsvSource({
    "EXTENSION, MAIL,   APPROVED_AWAITING_ISSUANCE",
    "EXTENSION, WINDOW, APPROVED",
    "CHANGE,    MAIL,   APPROVED_AWAITING_ISSUANCE",
    "CHANGE,    WINDOW, APPROVED",
    "COE,       MAIL,   APPROVED", // an electronic COE is mailed at once
    "COE,       WINDOW, APPROVED",
    "WORK_CERT, WINDOW, APPROVED",
  })
  void approvalIsOneStepAndMailWaitsForIssuance(
      String procedure, ResultReceipt receipt, ApplicationState expected) {
    Application application = underReview(procedure, receipt);
    application.approve(EXAMINER, LATER);
    assertThat(application.state()).isEqualTo(expected);
    assertThat(application.decision().decidedAt()).contains(LATER);
    assertThat(application.decision().decidedBy()).contains(EXAMINER.id());
    assertThat(application.state().isDecided()).isTrue();
    assertThat(application.allows(ApplicationAction.WITHDRAW)).isFalse();
  }

  @Test
  void aProposedDenialWaitsForASupervisorAndTheStateStays() {
    Application application = underReview();
    application.denials().propose(EXAMINER, "  在留状況が不良であるため。 / Poor record of stay. ", LATER);

    assertThat(application.state()).isEqualTo(ApplicationState.UNDER_REVIEW);
    assertThat(application.decision().decidedAt()).isEmpty();
    DenialProposal pending = application.denials().pending().orElseThrow();
    assertThat(pending.reason()).isEqualTo("在留状況が不良であるため。 / Poor record of stay.");
    assertThat(pending.proposedBy()).isEqualTo(EXAMINER.id());
    assertThat(pending.outcome()).isEqualTo(DenialProposal.Outcome.PENDING);
    assertThat(application.updatedAt()).isEqualTo(LATER);
  }

  @Test
  void anotherSupervisorOfTheBureauConfirmsTheDenial() {
    Application application = underReview();
    application.denials().propose(EXAMINER, "理由 / reason", NOW);

    application.confirmDenial(SUPERVISOR, LATER);

    assertThat(application.state()).isEqualTo(ApplicationState.DENIED);
    assertThat(application.decision().decidedAt()).contains(LATER);
    assertThat(application.decision().decidedBy()).contains(SUPERVISOR.id());
    assertThat(application.decision().denialReason()).contains("理由 / reason");
    assertThat(application.denials().pending()).isEmpty();
    assertThat(application.denials().all())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.outcome()).isEqualTo(DenialProposal.Outcome.CONFIRMED);
              assertThat(p.settledBy()).contains(SUPERVISOR.id());
              assertThat(p.settledAt()).contains(LATER);
            });
    assertThat(application.wording().stateJa()).isEqualTo("不許可");
    assertThat(application.allows(ApplicationAction.WITHDRAW)).isFalse();
  }

  @Test
  void aCoeIsNotIssuedRatherThanDenied() {
    Application coe = underReview(Procedure.COE, ResultReceipt.MAIL);
    coe.denials().propose(EXAMINER, "理由", NOW);
    coe.confirmDenial(SUPERVISOR, LATER);
    assertThat(coe.wording().stateJa()).isEqualTo("不交付");
    assertThat(coe.wording().denialJa()).isEqualTo("不交付");
    Application approved = underReview(Procedure.COE, ResultReceipt.WINDOW);
    approved.approve(EXAMINER, LATER);
    assertThat(approved.wording().stateJa()).isEqualTo("交付");
    assertThat(underReview().wording().denialJa()).isEqualTo("不許可");
  }

  /** Who may confirm or return a pending proposal, and the message of a refusal. */
  @ParameterizedTest(name = "{0} cannot settle the proposal")
  @CsvSource({
    "the examiner who proposed it, EXAMINER,         supervisor",
    "another examiner,             OTHER_EXAMINER,   supervisor",
    "an ADMIN of the bureau,       TOKYO_ADMIN,      supervisor",
    "a supervisor of Osaka,        OSAKA_SUPERVISOR, another regional bureau",
  })
  void onlyASupervisorOfTheBureauSettlesTheProposal(String who, String officer, String message) {
    Officer o = byName(officer);
    for (Consumer<Application> settle :
        java.util.List.<Consumer<Application>>of(
            a -> a.confirmDenial(o, LATER), a -> a.denials().sendBack(o, "note", LATER))) {
      Application application = underReview();
      application.denials().propose(EXAMINER, "理由", NOW);
      assertThatThrownBy(() -> settle.accept(application))
          .isInstanceOf(RuleViolation.class)
          .hasMessageContaining(message);
      assertThat(application.state()).isEqualTo(ApplicationState.UNDER_REVIEW);
      assertThat(application.denials().pending()).isPresent();
    }
  }

  private static Officer byName(String name) {
    return switch (name) {
      case "EXAMINER" -> EXAMINER;
      case "OTHER_EXAMINER" -> OTHER_EXAMINER;
      case "TOKYO_ADMIN" -> TOKYO_ADMIN;
      case "OSAKA_SUPERVISOR" -> OSAKA_SUPERVISOR;
      default -> throw new IllegalArgumentException(name);
    };
  }

  @Test
  void aSupervisorWhoProposedCannotConfirmHisOwnProposal() {
    Application application = submittedAndRouted();
    application.startExamination(SUPERVISOR, NOW);
    application.denials().propose(SUPERVISOR, "理由", NOW);
    assertThatThrownBy(() -> application.confirmDenial(SUPERVISOR, LATER))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("自分で起案")
        .hasMessageContaining("another supervisor");
    application.confirmDenial(OTHER_SUPERVISOR, LATER);
    assertThat(application.state()).isEqualTo(ApplicationState.DENIED);
  }

  private static Application submittedAndRouted() {
    Application application = draft(Procedure.EXTENSION, ResultReceipt.MAIL);
    application.submit(ReceiptNumber.of("TOKYO", 2026, 1), NOW);
    application.routeTo(application.routing().competentBureau(BureauDirectory.standard()), NOW);
    return application;
  }

  @Test
  void aReturnedProposalStaysInTheHistoryAndExaminationGoesOn() {
    Application application = underReview();
    application.denials().propose(EXAMINER, "最初の理由", NOW);

    assertThatThrownBy(() -> application.denials().sendBack(SUPERVISOR, "  ", LATER))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("sent back");
    application.denials().sendBack(SUPERVISOR, " 理由が不十分です。 ", LATER);

    assertThat(application.state()).isEqualTo(ApplicationState.UNDER_REVIEW);
    assertThat(application.denials().pending()).isEmpty();
    DenialProposal returned = application.denials().all().get(0);
    assertThat(returned.outcome()).isEqualTo(DenialProposal.Outcome.RETURNED);
    assertThat(returned.returnNote()).contains("理由が不十分です。");

    // The examiner may propose again, or approve instead.
    application.denials().propose(EXAMINER, "補足した理由", LATER);
    assertThat(application.denials().all()).hasSize(2);
    application.denials().sendBack(SUPERVISOR, "やはり許可相当", LATER);
    application.approve(EXAMINER, LATER);
    assertThat(application.state()).isEqualTo(ApplicationState.APPROVED_AWAITING_ISSUANCE);
    assertThat(application.decision().denialReason()).isEmpty();
  }

  @Test
  void whileADenialIsPendingTheExaminerNeitherApprovesNorAsksNorProposesAgain() {
    Application application = underReview();
    application.denials().propose(EXAMINER, "理由", NOW);
    java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 26);
    for (Runnable action :
        java.util.List.<Runnable>of(
            () -> application.approve(EXAMINER, LATER),
            () -> application.requestDocuments(EXAMINER, "住民票", today.plusDays(7), today, LATER),
            () -> application.denials().propose(EXAMINER, "もう一度", LATER))) {
      assertThatThrownBy(action::run)
          .isInstanceOf(RuleViolation.class)
          .hasMessageContaining("waiting for a supervisor");
    }
    assertThat(application.state()).isEqualTo(ApplicationState.UNDER_REVIEW);
    assertThat(application.denials().all()).hasSize(1);
  }

  @ParameterizedTest(name = "reason \"{0}\" is refused")
  @CsvSource(
      value = {"''", "'   '", "NULL"},
      nullValues = "NULL")
  void aDenialNeedsReasons(String reason) {
    Application application = underReview();
    assertThatThrownBy(() -> application.denials().propose(EXAMINER, reason, NOW))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("reasons for the denial");
    assertThat(application.denials().pending()).isEmpty();
  }

  @Test
  void theReasonsHaveALimit() {
    Application application = underReview();
    assertThatThrownBy(() -> application.denials().propose(EXAMINER, "x".repeat(2001), NOW))
        .isInstanceOf(RuleViolation.class);
    application.denials().propose(EXAMINER, "x".repeat(2000), NOW);
    assertThat(application.denials().pending()).isPresent();
  }

  @Test
  void onlyTheAssignedExaminerOfTheBureauProposes() {
    Application application = underReview();
    assertThatThrownBy(() -> application.denials().propose(OTHER_EXAMINER, "理由", NOW))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("not the examiner");
    assertThatThrownBy(() -> application.denials().propose(OSAKA_SUPERVISOR, "理由", NOW))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("another regional bureau");
  }

  @Test
  void nothingToConfirmWithoutAProposalNorAfterTheDecision() {
    Application application = underReview();
    assertThatThrownBy(() -> application.confirmDenial(SUPERVISOR, NOW))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("no proposed denial");
    application.approve(EXAMINER, NOW);
    assertThatThrownBy(() -> application.denials().propose(EXAMINER, "理由", NOW))
        .isInstanceOf(RuleViolation.class);
    assertThatThrownBy(() -> application.confirmDenial(SUPERVISOR, NOW))
        .isInstanceOf(RuleViolation.class);
  }
}
