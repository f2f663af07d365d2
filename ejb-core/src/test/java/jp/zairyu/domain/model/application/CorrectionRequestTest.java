package jp.zairyu.domain.model.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.account.Officer;
import jp.zairyu.domain.model.bureau.BureauDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Correction requests (訂正の申出): after submission and before the decision the practitioner tells the
 * bureau what is wrong; the submitted content stays as received; an officer of the bureau
 * acknowledges it once.
 */
class CorrectionRequestTest {

  private static final Instant NOW = Instant.parse("2026-11-26T01:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
  private static final long AUTHOR = 7L;

  private final Officer examiner = TestOfficers.examiner(1L, "TOKYO");
  private final Officer osaka = TestOfficers.examiner(3L, "OSAKA");

  private static Application submitted() {
    Application application = ApplicationTest.extensionDraft(ApplicationTest.complete("東京都"));
    application.submit(ReceiptNumber.of("TOKYO", 2026, 1), NOW);
    application.routeTo(application.routing().competentBureau(BureauDirectory.standard()), NOW);
    return application;
  }

  private static CorrectionRequest withId(CorrectionRequest request, long id) {
    return TestOfficers.withId(request, CorrectionRequest.class, id);
  }

  @Test
  void aCorrectionIsRecordedWithoutChangingTheSubmittedContent() {
    Application application = submitted();
    String nameBefore = application.form().applicant().fullName();
    ApplicationState stateBefore = application.state();

    CorrectionRequest request =
        application
            .corrections()
            .request(AUTHOR, " 旅券番号 ", "正しくは TR1234567 です。入力誤りのため。", NOW.plusSeconds(60));

    assertThat(request.item()).isEqualTo("旅券番号");
    assertThat(request.correction()).isEqualTo("正しくは TR1234567 です。入力誤りのため。");
    assertThat(request.requestedBy()).isEqualTo(AUTHOR);
    assertThat(request.open()).isTrue();
    assertThat(application.corrections().open()).isEqualTo(1);
    assertThat(application.form().applicant().fullName()).isEqualTo(nameBefore);
    assertThat(application.state()).isEqualTo(stateBefore);
    assertThat(application.updatedAt()).isEqualTo(NOW.plusSeconds(60));
  }

  @Test
  void anOfficerOfTheBureauAcknowledgesOnceAnotherBureauCannot() {
    Application application = submitted();
    withId(application.corrections().request(AUTHOR, "住居地", "番地は 2-8-1 です。", NOW), 11L);

    assertThatThrownBy(() -> application.corrections().acknowledge(11L, osaka, NOW))
        .isInstanceOf(RuleViolation.class)
        .extracting(e -> ((RuleViolation) e).code())
        .isEqualTo("application.other-bureau");
    assertThat(application.corrections().open()).isEqualTo(1);

    assertThat(application.corrections().acknowledge(11L, examiner, NOW.plusSeconds(5))).isTrue();
    CorrectionRequest request = application.corrections().all().get(0);
    assertThat(request.open()).isFalse();
    assertThat(request.acknowledgedBy()).contains(1L);
    assertThat(request.acknowledgedAt()).contains(NOW.plusSeconds(5));
    assertThat(application.corrections().acknowledge(11L, examiner, NOW.plusSeconds(9))).isFalse();
    assertThat(request.acknowledgedAt()).contains(NOW.plusSeconds(5));
    assertThat(application.corrections().open()).isZero();
  }

  @Test
  void anUnknownRequestIsRefused() {
    Application application = submitted();
    withId(application.corrections().request(AUTHOR, "住居地", "番地は 2-8-1 です。", NOW), 11L);
    assertThatThrownBy(() -> application.corrections().acknowledge(12L, examiner, NOW))
        .isInstanceOf(RuleViolation.class)
        .extracting(e -> ((RuleViolation) e).code())
        .isEqualTo("application.correction.unknown");
  }

  @Test
  void duringExaminationAndWhileDocumentsAreAwaitedACorrectionMayBeSent() {
    Application application = submitted();
    application.startExamination(examiner, NOW);
    application.corrections().request(AUTHOR, "職業", "会社員", NOW);
    application.requestDocuments(examiner, "在職証明書", TODAY.plusDays(7), TODAY, NOW);
    application.corrections().request(AUTHOR, "電話番号", "03-1234-5678", NOW);
    assertThat(application.corrections().all()).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"DRAFT", "APPROVED_AWAITING_ISSUANCE", "DENIED", "WITHDRAWN"})
  void notBeforeSubmissionNorAfterTheDecision(String where) {
    Application application = in(ApplicationState.valueOf(where));
    assertThat(application.state()).isEqualTo(ApplicationState.valueOf(where));
    assertThat(application.allows(ApplicationAction.REQUEST_CORRECTION)).isFalse();
    assertThatThrownBy(() -> application.corrections().request(AUTHOR, "氏名", "YAMADA", NOW))
        .isInstanceOf(RuleViolation.class)
        .extracting(e -> ((RuleViolation) e).code())
        .isEqualTo("application.state.correction");
    assertThat(application.corrections().all()).isEmpty();
  }

  /** An application brought to a state the way the services do it. */
  private Application in(ApplicationState state) {
    if (state == ApplicationState.DRAFT) {
      return ApplicationTest.extensionDraft(ApplicationTest.complete("東京都"));
    }
    Application application = submitted();
    switch (state) {
      case APPROVED_AWAITING_ISSUANCE -> {
        application.startExamination(examiner, NOW);
        application.approve(examiner, NOW);
      }
      case DENIED -> {
        application.startExamination(examiner, NOW);
        application.denials().propose(examiner, "理由 / reason", NOW);
        application.confirmDenial(DecisionTest.SUPERVISOR, NOW);
      }
      case WITHDRAWN -> application.withdraw("依頼者の希望により / at the client's request", NOW);
      default -> throw new IllegalArgumentException(state.name());
    }
    return application;
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\u0000x"})
  void theItemMustBeGivenWellFormed(String item) {
    Application application = submitted();
    assertThatThrownBy(() -> application.corrections().request(AUTHOR, item, "正しい内容", NOW))
        .isInstanceOf(RuleViolation.class)
        .satisfies(e -> assertThat(((RuleViolation) e).messageJa()).contains("訂正する項目"));
    assertThat(application.corrections().all()).isEmpty();
  }

  @Test
  void lengthsAreBoundedAndLineBreaksAllowedInTheCorrection() {
    Application application = submitted();
    assertThatThrownBy(
            () -> application.corrections().request(AUTHOR, "x".repeat(101), "正しい内容", NOW))
        .isInstanceOf(RuleViolation.class);
    assertThatThrownBy(() -> application.corrections().request(AUTHOR, "氏名", "y".repeat(2001), NOW))
        .isInstanceOf(RuleViolation.class);
    application
        .corrections()
        .request(AUTHOR, "x".repeat(100), "一行目\r\n二行目\t" + "y".repeat(1990), NOW);
    assertThat(application.corrections().all()).hasSize(1);
  }

  @Test
  void atMostFiveWaitAtOnce() {
    Application application = submitted();
    for (int i = 0; i < CorrectionRequests.MAX_OPEN; i++) {
      withId(application.corrections().request(AUTHOR, "項目" + i, "内容" + i, NOW), 100L + i);
    }
    assertThatThrownBy(() -> application.corrections().request(AUTHOR, "項目", "内容", NOW))
        .isInstanceOf(RuleViolation.class)
        .extracting(e -> ((RuleViolation) e).code())
        .isEqualTo("application.correction.too-many");
    application.corrections().acknowledge(100L, examiner, NOW);
    application.corrections().request(AUTHOR, "項目", "内容", NOW);
    assertThat(application.corrections().all()).hasSize(CorrectionRequests.MAX_OPEN + 1);
  }
}
