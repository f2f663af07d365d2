package jp.zairyu.domain.model.application;

import static jp.zairyu.domain.model.application.DecisionTest.EXAMINER;
import static jp.zairyu.domain.model.application.DecisionTest.NOW;
import static jp.zairyu.domain.model.application.DecisionTest.SUPERVISOR;
import static jp.zairyu.domain.model.application.DecisionTest.TOKYO_ADMIN;
import static jp.zairyu.domain.model.application.DecisionTest.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Stream;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.account.Officer;
import jp.zairyu.domain.model.account.OfficerRole;
import jp.zairyu.domain.model.bureau.BureauDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An ADMIN administers and does not examine: the aggregate refuses every examining action of an
 * ADMIN of the case's own bureau, and an ADMIN cannot change their own role or bureau.
 */
class AdministratorLimitsTest {

  static Stream<Arguments> examiningActions() {
    LocalDate today = LocalDate.of(2026, 11, 26);
    return Stream.of(
        Arguments.of(
            "takes a new case",
            (Consumer<Application>) a -> a.startExamination(TOKYO_ADMIN, NOW),
            false),
        Arguments.of("approves", (Consumer<Application>) a -> a.approve(TOKYO_ADMIN, NOW), true),
        Arguments.of(
            "asks for documents",
            (Consumer<Application>)
                a -> a.requestDocuments(TOKYO_ADMIN, "住民税の課税証明書", today.plusDays(14), today, NOW),
            true),
        Arguments.of(
            "proposes a denial",
            (Consumer<Application>) a -> a.denials().propose(TOKYO_ADMIN, "理由", NOW),
            true),
        Arguments.of(
            "assigns the case",
            (Consumer<Application>) a -> a.assignTo(EXAMINER, TOKYO_ADMIN, NOW),
            false));
  }

  @ParameterizedTest(name = "an ADMIN of the bureau {0}: refused")
  @MethodSource("examiningActions")
  void anAdminOfTheBureauDoesNotExamine(
      String what, Consumer<Application> action, boolean underReview) {
    Application application = underReview ? DecisionTest.underReview() : submittedAndRouted();
    var before = application.state();
    assertThatThrownBy(() -> action.accept(application))
        .isInstanceOf(RuleViolation.class)
        .satisfies(
            e ->
                assertThat(((RuleViolation) e).code())
                    .isIn("officer.not-examining", "application.assign.role"));
    assertThat(application.state()).isEqualTo(before);
  }

  @Test
  void theSameActionsByAnExaminerOrSupervisorOfTheBureauGoThrough() {
    Application application = submittedAndRouted();
    application.assignTo(EXAMINER, SUPERVISOR, NOW);
    assertThat(application.state()).isEqualTo(ApplicationState.UNDER_REVIEW);
    application.approve(EXAMINER, NOW);
    assertThat(application.state()).isEqualTo(ApplicationState.APPROVED_AWAITING_ISSUANCE);
  }

  @Test
  void anAdminCannotMoveThemselvesToAnotherBureauNorChangeTheirOwnRole() {
    Officer admin = officer(40L, "TOKYO", OfficerRole.ADMIN);
    assertThatThrownBy(() -> admin.assign(OfficerRole.ADMIN, "OSAKA", admin))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("your own role or bureau");
    assertThatThrownBy(() -> admin.assign(OfficerRole.SUPERVISOR, "TOKYO", admin))
        .isInstanceOf(RuleViolation.class);
    assertThat(admin.bureauCode()).isEqualTo("TOKYO");
    assertThat(admin.role()).isEqualTo(OfficerRole.ADMIN);
    assertThat(admin.credentialsVersion()).isZero();
  }

  @Test
  void onlyAnotherAdminChangesAnOfficersRoleAndBureauAndThatEndsTheOfficersSessions() {
    Officer examiner = officer(41L, "TOKYO", OfficerRole.EXAMINER);
    assertThatThrownBy(() -> examiner.assign(OfficerRole.ADMIN, "TOKYO", SUPERVISOR))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("Only an ADMIN");
    assertThatThrownBy(() -> examiner.assign(OfficerRole.ADMIN, "TOKYO", examiner))
        .isInstanceOf(RuleViolation.class);

    Officer admin = officer(42L, "TOKYO", OfficerRole.ADMIN);
    examiner.assign(OfficerRole.EXAMINER, "OSAKA", admin);
    assertThat(examiner.bureauCode()).isEqualTo("OSAKA");
    assertThat(examiner.credentialsVersion()).isEqualTo(1);
    examiner.assign(OfficerRole.EXAMINER, "OSAKA", admin); // nothing changed: sessions go on
    assertThat(examiner.credentialsVersion()).isEqualTo(1);
    admin.assign(OfficerRole.EXAMINER, "TOKYO", officer(43L, "TOKYO", OfficerRole.ADMIN));
    assertThat(admin.credentialsVersion()).isEqualTo(1); // a demoted ADMIN's sessions end
  }

  private static Application submittedAndRouted() {
    Application application = DecisionTest.draft(Procedure.EXTENSION, ResultReceipt.MAIL);
    application.submit(ReceiptNumber.of("TOKYO", 2026, 1), NOW);
    application.routeTo(application.routing().competentBureau(BureauDirectory.standard()), NOW);
    return application;
  }
}
