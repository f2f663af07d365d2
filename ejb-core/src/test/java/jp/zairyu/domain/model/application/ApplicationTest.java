package jp.zairyu.domain.model.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.account.Officer;
import jp.zairyu.domain.model.bureau.BureauDirectory;
import org.junit.jupiter.api.Test;

class ApplicationTest {

  private static final Instant NOW = Instant.parse("2026-11-26T01:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
  private static final BureauDirectory BUREAUS = BureauDirectory.standard();

  private final Officer tokyoExaminer = officer(1L, "TOKYO");
  private final Officer otherTokyoExaminer = officer(2L, "TOKYO");
  private final Officer osakaExaminer = officer(3L, "OSAKA");

  static Applicant complete(String prefecture) {
    return TestForms.applicant("NGUYEN VAN AN", prefecture, TODAY);
  }

  static Application extensionDraft(Applicant applicant) {
    Procedure extension = Procedure.byCode("EXTENSION").orElseThrow();
    Application draft = Application.draft(7L, extension, applicant, NOW);
    draft
        .edit()
        .plan(
            new Filing(extension, Filing.Reentry.NONE, false),
            new StatusChoice("ENGINEER_HUMANITIES", null),
            null,
            "LAWYER_SCRIVENER",
            false,
            NOW);
    draft.edit().deliverTo(ResultReceipt.MAIL, "applicant@example.jp", NOW);
    return TestForms.fillIn(draft, TODAY, NOW);
  }

  static Application submittedIn(String prefecture) {
    Application application = extensionDraft(complete(prefecture));
    application.submit(ReceiptNumber.of("TOKYO", 2026, 1), NOW);
    return application;
  }

  private static Officer officer(long id, String bureau) {
    return TestOfficers.examiner(id, bureau);
  }

  @Test
  void aNewDraftIsEditableAndHasNoReceiptNumber() {
    Application draft = extensionDraft(complete("東京都"));

    assertThat(draft.state()).isEqualTo(ApplicationState.DRAFT);
    assertThat(draft.receiptNumber()).isEmpty();
    assertThat(draft.isOwnedBy(7L)).isTrue();
    assertThat(draft.isOwnedBy(8L)).isFalse();
  }

  @Test
  void procedursThatOnlyAccompanyAnotherCannotBeDraftedAlone() {
    Procedure reentry = Procedure.byCode("REENTRY").orElseThrow();

    assertThatThrownBy(() -> Application.draft(7L, reentry, complete("東京都"), NOW))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("Re-entry Permit");
  }

  @Test
  void submittingGivesTheReceiptNumberAndEndsEditing() {
    Application application = extensionDraft(complete("東京都"));

    application.submit(ReceiptNumber.of("TOKYO", 2026, 42), NOW);

    assertThat(application.state()).isEqualTo(ApplicationState.SUBMITTED);
    assertThat(application.receiptNumber()).contains(new ReceiptNumber("TOKYO-2026-0000042"));
    assertThat(application.submittedAt()).contains(NOW);
    assertThatThrownBy(() -> application.edit().revise(complete("大阪府"), NOW))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("申請完了");
  }

  @Test
  void anIncompleteDraftCannotBeSubmittedAndStaysADraft() {
    Application draft =
        extensionDraft(new Applicant("NGUYEN VAN AN", null, null, null, "東京都", null, TODAY));

    assertThatThrownBy(() -> draft.submit(ReceiptNumber.of("TOKYO", 2026, 1), NOW))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("国籍")
        .hasMessageContaining("Residence card number")
        .hasMessageNotContaining("氏名");
    assertThat(draft.state()).isEqualTo(ApplicationState.DRAFT);
    assertThat(draft.receiptNumber()).isEmpty();
  }

  @Test
  void aSubmissionCannotBeRepeated() {
    Application application = submittedIn("東京都");

    assertThatThrownBy(() -> application.submit(ReceiptNumber.of("TOKYO", 2026, 2), NOW))
        .isInstanceOf(RuleViolation.class);
    assertThat(application.receiptNumber()).contains(ReceiptNumber.of("TOKYO", 2026, 1));
  }

  @Test
  void routingFollowsThePrefectureAndIsIdempotent() {
    Application application = submittedIn("大阪府");

    var bureau = application.routing().competentBureau(BUREAUS);
    assertThat(bureau.code()).isEqualTo("OSAKA");
    assertThat(application.routeTo(bureau, NOW)).isTrue();
    assertThat(application.routeTo(bureau, NOW)).isFalse();
    assertThat(application.routing().bureauCode()).contains("OSAKA");
    assertThatThrownBy(() -> application.routeTo(BUREAUS.byCode("TOKYO").orElseThrow(), NOW))
        .isInstanceOf(RuleViolation.class);
  }

  @Test
  void aDraftCannotBeRouted() {
    Application draft = extensionDraft(complete("東京都"));

    assertThatThrownBy(() -> draft.routeTo(BUREAUS.byCode("TOKYO").orElseThrow(), NOW))
        .isInstanceOf(RuleViolation.class);
  }

  @Test
  void anExaminerOfTheCompetentBureauExaminesAndApproves() {
    Application application = submittedIn("神奈川県");
    application.routeTo(application.routing().competentBureau(BUREAUS), NOW);

    application.startExamination(tokyoExaminer, NOW);
    assertThat(application.state()).isEqualTo(ApplicationState.UNDER_REVIEW);
    assertThat(application.routing().examinerId()).contains(1L);

    application.approve(tokyoExaminer, NOW);
    // The result is received by mail: approved, waiting for the card, fee slip and envelope.
    assertThat(application.state()).isEqualTo(ApplicationState.APPROVED_AWAITING_ISSUANCE);
    assertThat(application.decision().decidedAt()).contains(NOW);
    assertThat(application.state().isDecided()).isTrue();
  }

  @Test
  void anOfficerOfAnotherBureauCannotTouchTheApplication() {
    Application application = submittedIn("東京都");
    application.routeTo(application.routing().competentBureau(BUREAUS), NOW);

    assertThatThrownBy(() -> application.startExamination(osakaExaminer, NOW))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("another regional bureau");
    assertThat(application.state()).isEqualTo(ApplicationState.SUBMITTED);
  }

  @Test
  void anUnroutedApplicationCannotBeExamined() {
    Application application = submittedIn("東京都");

    assertThatThrownBy(() -> application.startExamination(tokyoExaminer, NOW))
        .isInstanceOf(RuleViolation.class);
  }

  @Test
  void onlyTheAssignedExaminerDecides() {
    Application application = submittedIn("東京都");
    application.routeTo(application.routing().competentBureau(BUREAUS), NOW);
    application.startExamination(tokyoExaminer, NOW);

    assertThatThrownBy(() -> application.approve(otherTokyoExaminer, NOW))
        .isInstanceOf(RuleViolation.class);
    assertThat(application.state()).isEqualTo(ApplicationState.UNDER_REVIEW);
  }

  @Test
  void aSubmittedApplicationIsNotApprovedWithoutExamination() {
    Application application = submittedIn("東京都");
    application.routeTo(application.routing().competentBureau(BUREAUS), NOW);

    assertThatThrownBy(() -> application.approve(tokyoExaminer, NOW))
        .isInstanceOf(RuleViolation.class);
  }
}
