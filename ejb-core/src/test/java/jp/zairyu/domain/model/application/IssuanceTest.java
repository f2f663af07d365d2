package jp.zairyu.domain.model.application;

import static jp.zairyu.domain.model.application.DecisionTest.EXAMINER;
import static jp.zairyu.domain.model.application.DecisionTest.LATER;
import static jp.zairyu.domain.model.application.DecisionTest.NOW;
import static jp.zairyu.domain.model.application.DecisionTest.OSAKA_SUPERVISOR;
import static jp.zairyu.domain.model.application.DecisionTest.SUPERVISOR;
import static jp.zairyu.domain.model.application.MailInItem.FEE_SLIP;
import static jp.zairyu.domain.model.application.MailInItem.RESIDENCE_CARD;
import static jp.zairyu.domain.model.application.MailInItem.RETURN_ENVELOPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.zairyu.domain.model.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issuance after an approval by mail (発行待ち → 完了): the practitioner sends the card, the fee slip and
 * a return envelope, the bureau checks what arrived and mails the result back.
 */
class IssuanceTest {

  private static final Set<MailInItem> ALL = EnumSet.allOf(MailInItem.class);
  private static final ResidenceCardNumber NEW_CARD = new ResidenceCardNumber("QZ00000042XY");
  private static final TrackingNumber RETURN = TrackingNumber.parse("1234-5678-9012");

  private static Application awaitingIssuance(String procedure) {
    Application application = DecisionTest.underReview(procedure, ResultReceipt.MAIL);
    application.approve(EXAMINER, NOW);
    return application;
  }

  private static Application awaitingIssuance() {
    return awaitingIssuance(Procedure.EXTENSION);
  }

  @ParameterizedTest(name = "{0}: send {1}, fee {2} yen, new card {3}")
  @CsvSource({
    "EXTENSION,   RESIDENCE_CARD FEE_SLIP RETURN_ENVELOPE, 5500, true",
    "CHANGE,      RESIDENCE_CARD FEE_SLIP RETURN_ENVELOPE, 5500, true",
    "ACQUISITION, RETURN_ENVELOPE,                         0,    true",
    "COE,         RETURN_ENVELOPE,                         0,    false",
    "WORK_CERT,   FEE_SLIP RETURN_ENVELOPE,                1600, false",
  })
  void whatIsSentDependsOnTheProcedureAndTheFeeComesFromTheTable(
      String procedure, String items, int fee, boolean newCard) {
    Application application = DecisionTest.draft(procedure, ResultReceipt.MAIL);
    assertThat(application.receiving().itemsToSend())
        .containsExactlyElementsOf(
            java.util.Arrays.stream(items.split(" ")).map(MailInItem::valueOf).toList());
    assertThat(application.receiving().feeYen()).isEqualTo(fee);
    assertThat(application.procedure().issuesResidenceCard()).isEqualTo(newCard);
  }

  @Test
  void theFeeIncludesAReentryPermitFiledWithIt() {
    Application application = DecisionTest.draft(Procedure.EXTENSION, ResultReceipt.MAIL);
    application
        .edit()
        .plan(
            Filing.of(Procedure.EXTENSION, Filing.Reentry.MULTIPLE, false),
            new StatusChoice("ENGINEER_HUMANITIES", null),
            null,
            "LAWYER_SCRIVENER",
            false,
            NOW);
    assertThat(application.receiving().feeYen()).isEqualTo(5500 + 6500);
  }

  @Test
  void thePractitionerRecordsTheSendingTheBureauTheArrivalThenIssues() {
    Application application = awaitingIssuance();

    application.mailIn().recordSending(TrackingNumber.parse("ｌｐ１２３４－５６７８－９０１２"), LATER);
    assertThat(application.issuance().sentTrackingNumber())
        .contains(new TrackingNumber("LP123456789012"));
    application
        .mailIn()
        .recordSending(TrackingNumber.parse("1111-2222-3333"), LATER); // a correction
    assertThat(application.issuance().sentTrackingNumber().orElseThrow().value())
        .isEqualTo("111122223333");

    application.mailIn().recordReceipt(SUPERVISOR, ALL, 5500, LATER);
    assertThat(application.issuance().itemsReceivedAt()).contains(LATER);
    assertThat(application.issuance().feePaidYen()).contains(5500);
    assertThat(application.state()).isEqualTo(ApplicationState.APPROVED_AWAITING_ISSUANCE);
    assertThatThrownBy(
            () -> application.mailIn().recordSending(TrackingNumber.parse("99998888"), LATER))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("already recorded the arrival");

    application.issue(EXAMINER, NEW_CARD, RETURN, java.util.Set.of(), LATER.plusSeconds(60));
    assertThat(application.state()).isEqualTo(ApplicationState.COMPLETED);
    assertThat(application.issuance().issuedCardNumber()).contains(NEW_CARD);
    assertThat(application.issuance().returnTrackingNumber())
        .contains(new TrackingNumber("123456789012"));
    assertThat(application.issuance().issuedAt()).contains(LATER.plusSeconds(60));
    assertThat(application.wording().stateJa()).isEqualTo("完了");
  }

  @ParameterizedTest(name = "stamps of {0} yen are refused for a fee of 5,500 yen")
  @CsvSource(
      value = {"5000", "6000", "0", "55000", "NULL"},
      nullValues = "NULL")
  void aWrongFeeAmountIsRefused(Integer stamps) {
    Application application = awaitingIssuance();
    assertThatThrownBy(() -> application.mailIn().recordReceipt(EXAMINER, ALL, stamps, LATER))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("5,500円")
        .hasMessageContaining("do not match the fee of ¥5,500");
    assertThat(application.issuance().itemsReceivedAt()).isEmpty();
    assertThatThrownBy(
            () -> application.issue(EXAMINER, NEW_CARD, RETURN, java.util.Set.of(), LATER))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("before issuing");
  }

  @ParameterizedTest(name = "without {0} the receipt is refused")
  @CsvSource({"RESIDENCE_CARD", "FEE_SLIP", "RETURN_ENVELOPE"})
  void everyItemMustHaveArrived(MailInItem missing) {
    Application application = awaitingIssuance();
    Set<MailInItem> received = EnumSet.allOf(MailInItem.class);
    received.remove(missing);
    assertThatThrownBy(() -> application.mailIn().recordReceipt(EXAMINER, received, 5500, LATER))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining(missing.labelEn());
    assertThat(application.issuance().itemsReceivedAt()).isEmpty();
  }

  @Test
  void withoutAFeeNoSlipIsExpectedAndACertificateHasNoCardNumber() {
    Application acquisition = awaitingIssuance(Procedure.ACQUISITION);
    acquisition.mailIn().recordReceipt(EXAMINER, EnumSet.of(RETURN_ENVELOPE), null, LATER);
    assertThat(acquisition.issuance().feePaidYen()).isEmpty();

    Application certificate = awaitingIssuance(Procedure.WORK_CERT);
    certificate
        .mailIn()
        .recordReceipt(EXAMINER, EnumSet.of(FEE_SLIP, RETURN_ENVELOPE), 1600, LATER);
    assertThatThrownBy(
            () -> certificate.issue(EXAMINER, NEW_CARD, RETURN, java.util.Set.of(), LATER))
        .isInstanceOf(IllegalArgumentException.class);
    certificate.issue(EXAMINER, null, RETURN, java.util.Set.of(), LATER);
    assertThat(certificate.state()).isEqualTo(ApplicationState.COMPLETED);
    assertThat(certificate.issuance().issuedCardNumber()).isEmpty();
  }

  @Test
  void theFeeSlipIsDueOnlyWhileWaitingForIssuanceWithAFee() {
    assertThat(DecisionTest.draft(Procedure.EXTENSION, ResultReceipt.MAIL).mailIn().feeSlipDue())
        .isFalse();
    Application extension = awaitingIssuance();
    assertThat(extension.mailIn().feeSlipDue()).isTrue();
    assertThat(awaitingIssuance(Procedure.ACQUISITION).mailIn().feeSlipDue()).isFalse(); // no fee
    extension.mailIn().recordReceipt(EXAMINER, ALL, 5500, LATER);
    extension.issue(EXAMINER, NEW_CARD, RETURN, java.util.Set.of(), LATER);
    assertThat(extension.mailIn().feeSlipDue()).isFalse();
  }

  @Test
  void anElectronicCoeIsApprovedAndMailedNeverAwaitingIssuance() {
    Application coe = DecisionTest.underReview(Procedure.COE, ResultReceipt.MAIL);
    assertThat(coe.receiving().electronicCoe()).isTrue();
    coe.approve(EXAMINER, NOW);
    assertThat(coe.state()).isEqualTo(ApplicationState.APPROVED);
    assertThat(coe.wording().stateJa()).isEqualTo("交付");
    assertThatThrownBy(() -> coe.mailIn().recordSending(RETURN, LATER))
        .isInstanceOf(RuleViolation.class);
    assertThat(DecisionTest.draft(Procedure.COE, ResultReceipt.WINDOW).receiving().electronicCoe())
        .isFalse();
    assertThat(
            DecisionTest.draft(Procedure.EXTENSION, ResultReceipt.MAIL).receiving().electronicCoe())
        .isFalse();
  }

  @Test
  void aCardIsNotIssuedWithoutANumber() {
    Application application = awaitingIssuance();
    application.mailIn().recordReceipt(EXAMINER, ALL, 5500, LATER);
    assertThatThrownBy(() -> application.issue(EXAMINER, null, RETURN, java.util.Set.of(), LATER))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theArrivalIsRecordedOnce() {
    Application application = awaitingIssuance();
    application.mailIn().recordReceipt(EXAMINER, ALL, 5500, LATER);
    assertThatThrownBy(() -> application.mailIn().recordReceipt(EXAMINER, ALL, 5500, LATER))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("already been recorded");
  }

  @Test
  void anOfficerOfAnotherBureauCannotReceiveNorIssue() {
    Application application = awaitingIssuance();
    assertThatThrownBy(() -> application.mailIn().recordReceipt(OSAKA_SUPERVISOR, ALL, 5500, LATER))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("another regional bureau");
    application.mailIn().recordReceipt(EXAMINER, ALL, 5500, LATER);
    assertThatThrownBy(
            () -> application.issue(OSAKA_SUPERVISOR, NEW_CARD, RETURN, java.util.Set.of(), LATER))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("another regional bureau");
    assertThat(application.state()).isEqualTo(ApplicationState.APPROVED_AWAITING_ISSUANCE);
  }

  @Test
  void noIssuanceStepsOutsideTheWaitForIssuance() {
    Application window = DecisionTest.underReview(Procedure.EXTENSION, ResultReceipt.WINDOW);
    window.approve(EXAMINER, NOW);
    Application underReview = DecisionTest.underReview();
    for (Application application : List.of(window, underReview)) {
      assertThatThrownBy(() -> application.mailIn().recordSending(RETURN, LATER))
          .isInstanceOf(RuleViolation.class);
      assertThatThrownBy(() -> application.mailIn().recordReceipt(EXAMINER, ALL, 5500, LATER))
          .isInstanceOf(RuleViolation.class);
      assertThatThrownBy(
              () -> application.issue(EXAMINER, NEW_CARD, RETURN, java.util.Set.of(), LATER))
          .isInstanceOf(RuleViolation.class);
    }
    assertThat(window.state()).isEqualTo(ApplicationState.APPROVED);
  }

  @Test
  void itemsDeclaredForTheReceiptIncludeTheCardOnlyWhenItIsReplaced() {
    assertThat(awaitingIssuance().receiving().itemsToSend())
        .containsExactly(RESIDENCE_CARD, FEE_SLIP, RETURN_ENVELOPE);
  }
}
