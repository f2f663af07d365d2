package jp.zairyu.domain.model.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.account.Officer;
import jp.zairyu.domain.model.account.OfficerRole;
import jp.zairyu.domain.model.bureau.BureauDirectory;
import org.junit.jupiter.api.Test;

/** A supervisor assigns cases of the bureau to its examiners. */
class AssignmentTest {

  private static final Instant NOW = Instant.parse("2026-11-26T01:00:00Z");

  private final Officer supervisor = officer(1L, "TOKYO", OfficerRole.SUPERVISOR);
  private final Officer examiner = officer(2L, "TOKYO", OfficerRole.EXAMINER);
  private final Officer colleague = officer(3L, "TOKYO", OfficerRole.EXAMINER);
  private final Officer osakaExaminer = officer(4L, "OSAKA", OfficerRole.EXAMINER);
  private final Officer osakaSupervisor = officer(5L, "OSAKA", OfficerRole.SUPERVISOR);
  private final Officer admin = officer(6L, "TOKYO", OfficerRole.ADMIN);

  private static Officer officer(long id, String bureau, OfficerRole role) {
    return TestOfficers.officer(id, bureau, role);
  }

  private static Application routedInTokyo() {
    Application application = ApplicationTest.extensionDraft(ApplicationTest.complete("東京都"));
    application.submit(ReceiptNumber.of("TOKYO", 2026, 1), NOW);
    application.routeTo(application.routing().competentBureau(BureauDirectory.standard()), NOW);
    return application;
  }

  @Test
  void aNewSubmissionGoesUnderExaminationByTheExaminerAssigned() {
    Application application = routedInTokyo();
    application.assignTo(examiner, supervisor, NOW);
    assertThat(application.state()).isEqualTo(ApplicationState.UNDER_REVIEW);
    assertThat(application.routing().examinerId()).contains(2L);

    application.assignTo(colleague, supervisor, NOW); // changes hands
    assertThat(application.routing().examinerId()).contains(3L);
    assertThatThrownBy(() -> application.approve(examiner, NOW)).isInstanceOf(RuleViolation.class);
    application.approve(colleague, NOW);
  }

  @Test
  void onlyASupervisorOfTheBureauAssignsAndOnlyToItsExaminers() {
    Application application = routedInTokyo();
    assertThatThrownBy(() -> application.assignTo(colleague, examiner, NOW))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("Only a supervisor");
    assertThatThrownBy(() -> application.assignTo(examiner, osakaSupervisor, NOW))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("another regional bureau");
    assertThatThrownBy(() -> application.assignTo(osakaExaminer, supervisor, NOW))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("another regional bureau");
    assertThatThrownBy(() -> application.assignTo(admin, supervisor, NOW))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("cannot be given cases");
    assertThat(application.state()).isEqualTo(ApplicationState.SUBMITTED);
    assertThat(application.routing().examinerId()).isEmpty();
  }

  @Test
  void aDecidedOrWaitingCaseIsNotReassigned() {
    Application waiting = routedInTokyo();
    waiting.assignTo(examiner, supervisor, NOW);
    waiting.requestDocuments(
        examiner,
        "住民票",
        java.time.LocalDate.of(2026, 12, 3),
        java.time.LocalDate.of(2026, 11, 26),
        NOW);
    assertThatThrownBy(() -> waiting.assignTo(colleague, supervisor, NOW))
        .isInstanceOf(RuleViolation.class);
    assertThat(waiting.routing().examinerId()).contains(2L);
  }
}
