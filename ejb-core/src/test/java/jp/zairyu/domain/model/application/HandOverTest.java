package jp.zairyu.domain.model.application;

import static jp.zairyu.domain.model.application.DecisionTest.EXAMINER;
import static jp.zairyu.domain.model.application.DecisionTest.NOW;
import static jp.zairyu.domain.model.application.DecisionTest.OSAKA_SUPERVISOR;
import static jp.zairyu.domain.model.application.DecisionTest.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import jp.zairyu.domain.model.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A result received at the window ends in 完了 too (issue 16; application-states.csv: 完了 "card or
 * certificate issued (mailed or handed over)"): the officer records the handing over — the day, the
 * new card, who came — and nothing stays at 許可. One row per case, each with its source.
 */
class HandOverTest {

  /** NOW is 2026-11-26 10:00 in Japan: the day of the decision. */
  private static final LocalDate DECIDED = LocalDate.of(2026, 11, 26);

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
  private static final Instant LATER = NOW.plusSeconds(4 * 86400);
  private static final ResidenceCardNumber NEW_CARD = new ResidenceCardNumber("QZ00000077XY");

  private static Application approvedAtTheWindow(String procedure) {
    return TestApplications.approved(procedure, ResultReceipt.WINDOW);
  }

  @ParameterizedTest(name = "{0}: handed over with a new card {1} ({2})")
  @CsvSource(
      delimiter = ';',
      value = {
        "EXTENSION;   true;  procedure-rules.csv card_issued=yes: a new card replaces the old",
        "CHANGE;      true;  procedure-rules.csv card_issued=yes",
        "ACQUISITION; true;  procedure-rules.csv card_issued=yes: a first card",
        "COE;         false; procedure-rules.csv card_issued=no: the paper certificate at the window",
        "WORK_CERT;   false; procedure-rules.csv card_issued=no: a certificate",
      })
  void aResultAtTheWindowIsHandedOverAndCompleted(String procedure, boolean card, String source) {
    Application application = approvedAtTheWindow(procedure);
    assertThat(application.state()).as(source).isEqualTo(ApplicationState.APPROVED);
    assertThat(application.offers(ApplicationAction.HAND_OVER, Caller.officer(SUPERVISOR)))
        .isTrue();

    application.handOver(
        SUPERVISOR,
        card ? NEW_CARD : null,
        TODAY.minusDays(1),
        "  NGUYEN VAN AN ",
        WindowCollector.APPLICANT,
        TODAY,
        LATER);

    assertThat(application.state()).as(source).isEqualTo(ApplicationState.COMPLETED);
    assertThat(application.wording().stateJa()).isEqualTo("完了");
    Issuance issuance = application.issuance();
    assertThat(issuance.handedOverOn()).contains(TODAY.minusDays(1));
    assertThat(issuance.collectorName()).contains("NGUYEN VAN AN");
    assertThat(issuance.collectorCapacity()).contains(WindowCollector.APPLICANT);
    assertThat(issuance.issuedCardNumber().isPresent()).isEqualTo(card);
    assertThat(issuance.issuedAt()).contains(LATER);
    assertThat(issuance.returnTrackingNumber()).isEmpty();
    assertThat(application.offers(ApplicationAction.HAND_OVER, Caller.officer(SUPERVISOR)))
        .isFalse();
  }

  @ParameterizedTest(name = "on {0} by ''{1}'' as {2}: refused with ''{3}'' ({4})")
  @CsvSource(
      delimiter = ';',
      nullValues = "NULL",
      value = {
        "NULL;       NGUYEN VAN AN; APPLICANT;            受け渡した日を入力;   our rule: the day is recorded",
        "2026-12-01; NGUYEN VAN AN; APPLICANT;            今日より後;           our rule: not after today (2026-11-30)",
        "2026-11-25; NGUYEN VAN AN; APPLICANT;            許可の日（2026-11-26）より前; our rule: not before the decision",
        "2026-11-30; '   ';         APPLICANT;            氏名を入力;           issue 16: the person who came is recorded",
        "2026-11-30; NULL;          AGENT;                氏名を入力;           issue 16: the person who came is recorded",
        "2026-11-30; NGUYEN VAN AN; NULL;                 立場;                 our rule: in what capacity they came",
        "2026-11-30; LONG;          LEGAL_REPRESENTATIVE; 100文字以内;          V30: collector_name is 100 characters",
        "NULL;       '';            NULL;                 受け渡した日を入力してください。来庁した方の氏名を入力してください。来庁した方の立場; every problem at once",
      })
  void badInputIsRefusedAndNothingIsStored(
      LocalDate on, String name, WindowCollector capacity, String message, String source) {
    Application application = approvedAtTheWindow(Procedure.EXTENSION);
    String collector = "LONG".equals(name) ? "A".repeat(101) : name;
    assertThatThrownBy(
            () -> application.handOver(SUPERVISOR, NEW_CARD, on, collector, capacity, TODAY, LATER))
        .as(source)
        .isInstanceOf(RuleViolation.class)
        .hasFieldOrPropertyWithValue("code", "application.handover.invalid")
        .hasMessageContaining(message);
    assertThat(application.state()).isEqualTo(ApplicationState.APPROVED);
    assertThat(application.issuance().handedOverOn()).isEmpty();
    assertThat(application.issuance().issuedCardNumber()).isEmpty();
    assertThat(application.issuance().issuedAt()).isEmpty();
  }

  @Test
  void theDayOfTheDecisionAndTodayAreAccepted() {
    Application decidedDay = approvedAtTheWindow(Procedure.EXTENSION);
    decidedDay.handOver(EXAMINER, NEW_CARD, DECIDED, "X", WindowCollector.AGENT, TODAY, LATER);
    assertThat(decidedDay.state()).isEqualTo(ApplicationState.COMPLETED);
    Application today = approvedAtTheWindow(Procedure.EXTENSION);
    today.handOver(
        EXAMINER, NEW_CARD, TODAY, "X", WindowCollector.LEGAL_REPRESENTATIVE, TODAY, LATER);
    assertThat(today.issuance().collectorCapacity()).contains(WindowCollector.LEGAL_REPRESENTATIVE);
  }

  @Test
  void byMailThereIsNoHandingOver() {
    Application awaiting = TestApplications.approved(Procedure.EXTENSION, ResultReceipt.MAIL);
    assertThatThrownBy(
            () ->
                awaiting.handOver(
                    SUPERVISOR, NEW_CARD, TODAY, "X", WindowCollector.APPLICANT, TODAY, LATER))
        .isInstanceOf(RuleViolation.class)
        .hasFieldOrPropertyWithValue("code", "application.state.hand-over");

    // An electronic COE is 交付 (APPROVED) and mailed at once: nothing to hand over.
    Application electronic = TestApplications.approved(Procedure.COE, ResultReceipt.MAIL);
    assertThat(electronic.state()).isEqualTo(ApplicationState.APPROVED);
    assertThat(electronic.offers(ApplicationAction.HAND_OVER, Caller.officer(SUPERVISOR)))
        .isFalse();
    assertThatThrownBy(
            () ->
                electronic.handOver(
                    SUPERVISOR, null, TODAY, "X", WindowCollector.APPLICANT, TODAY, LATER))
        .isInstanceOf(RuleViolation.class)
        .hasFieldOrPropertyWithValue("code", "application.handover.by-mail");
  }

  @Test
  void onlyAnOfficerOfTheBureauHandsOverAndOnlyOnce() {
    Application application = approvedAtTheWindow(Procedure.EXTENSION);
    assertThat(application.offers(ApplicationAction.HAND_OVER, Caller.officer(OSAKA_SUPERVISOR)))
        .isFalse();
    assertThat(application.offers(ApplicationAction.HAND_OVER, Caller.practitioner(7L))).isFalse();
    assertThatThrownBy(
            () ->
                application.handOver(
                    OSAKA_SUPERVISOR,
                    NEW_CARD,
                    TODAY,
                    "X",
                    WindowCollector.APPLICANT,
                    TODAY,
                    LATER))
        .isInstanceOf(RuleViolation.class)
        .hasFieldOrPropertyWithValue("code", "application.other-bureau");
    application.handOver(SUPERVISOR, NEW_CARD, TODAY, "X", WindowCollector.APPLICANT, TODAY, LATER);
    assertThatThrownBy(
            () ->
                application.handOver(
                    SUPERVISOR, NEW_CARD, TODAY, "Y", WindowCollector.APPLICANT, TODAY, LATER))
        .isInstanceOf(RuleViolation.class)
        .hasFieldOrPropertyWithValue("code", "application.state.hand-over");
    assertThat(Set.copyOf(application.actionsFor(Caller.officer(SUPERVISOR))))
        .doesNotContain(ApplicationAction.HAND_OVER);
  }
}
