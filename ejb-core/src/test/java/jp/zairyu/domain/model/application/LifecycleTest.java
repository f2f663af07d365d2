package jp.zairyu.domain.model.application;

import static jp.zairyu.domain.model.application.ApplicationAction.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.bureau.BureauDirectory;
import org.junit.jupiter.api.Test;

/** The transition table, and the actions an application offers each caller from it. */
class LifecycleTest {

  private static final Caller AUTHOR = Caller.practitioner(7L);
  private static final Caller OTHER_PRACTITIONER = Caller.practitioner(8L);
  private static final Caller EXAMINER = Caller.officer(DecisionTest.EXAMINER);
  private static final Caller OTHER_EXAMINER = Caller.officer(DecisionTest.OTHER_EXAMINER);
  private static final Caller SUPERVISOR = Caller.officer(DecisionTest.SUPERVISOR);
  private static final Caller OTHER_SUPERVISOR = Caller.officer(DecisionTest.OTHER_SUPERVISOR);
  private static final Caller OSAKA = Caller.officer(DecisionTest.OSAKA_SUPERVISOR);
  private static final Caller ADMIN = Caller.officer(DecisionTest.TOKYO_ADMIN);

  @Test
  void theTableLeadsOutOfEveryStateButTheFinalOnes() {
    for (ApplicationState s : ApplicationState.values()) {
      EnumSet<ApplicationAction> leaving = EnumSet.noneOf(ApplicationAction.class);
      Lifecycle.transitions().stream()
          .filter(t -> t.from() == s && !t.to().contains(s))
          .forEach(t -> leaving.add(t.action()));
      // 許可 at the window is not final: the handing over completes it (issue 16).
      boolean last =
          EnumSet.of(
                  ApplicationState.DENIED, ApplicationState.COMPLETED, ApplicationState.WITHDRAWN)
              .contains(s);
      assertThat(leaving.isEmpty()).as(s.name()).isEqualTo(last);
    }
    assertThat(Lifecycle.find(ApplicationState.UNDER_REVIEW, APPROVE).orElseThrow().to())
        .containsExactlyInAnyOrder(
            ApplicationState.APPROVED, ApplicationState.APPROVED_AWAITING_ISSUANCE);
    assertThat(Lifecycle.find(ApplicationState.APPROVED, HAND_OVER).orElseThrow().to())
        .containsExactly(ApplicationState.COMPLETED);
    assertThat(Lifecycle.from(ApplicationState.APPROVED))
        .containsExactly(HAND_OVER, ACKNOWLEDGE_CORRECTION);
  }

  @Test
  void anActionOutsideTheTableIsRefusedWithItsCode() {
    assertThatThrownBy(() -> Lifecycle.require(ApplicationState.DENIED, APPROVE))
        .isInstanceOf(RuleViolation.class)
        .hasFieldOrPropertyWithValue("code", "application.state.approve");
  }

  @Test
  void aDraftOffersItsAuthorTheFormAndSubmission() {
    Application draft = DecisionTest.draft(Procedure.EXTENSION, ResultReceipt.MAIL);

    assertThat(draft.actionsFor(AUTHOR)).containsExactly(REVISE, ATTACH, DETACH, SUBMIT);
    assertThat(draft.actionsFor(OTHER_PRACTITIONER)).isEmpty();
    assertThat(draft.actionsFor(SUPERVISOR)).isEmpty();
  }

  @Test
  void aSubmittedCaseIsTakenByActingOnIt() {
    Application submitted = TestApplications.submitted(Procedure.EXTENSION, ResultReceipt.MAIL);

    assertThat(submitted.actionsFor(EXAMINER))
        .containsExactly(TAKE, REQUEST_DOCUMENTS, APPROVE, PROPOSE_DENIAL, ACKNOWLEDGE_CORRECTION);
    assertThat(submitted.actionsFor(SUPERVISOR)).contains(TAKE, ASSIGN, APPROVE);
    assertThat(submitted.actionsFor(OSAKA)).isEmpty();
    assertThat(submitted.actionsFor(ADMIN)).isEmpty();
    assertThat(submitted.actionsFor(AUTHOR)).containsExactly(WITHDRAW, REQUEST_CORRECTION);
  }

  @Test
  void underExaminationTheCaseIsItsExaminers() {
    Application application = DecisionTest.underReview();

    assertThat(application.actionsFor(EXAMINER))
        .containsExactly(REQUEST_DOCUMENTS, APPROVE, PROPOSE_DENIAL, ACKNOWLEDGE_CORRECTION);
    assertThat(application.actionsFor(OTHER_EXAMINER)).containsExactly(ACKNOWLEDGE_CORRECTION);
    assertThat(application.actionsFor(SUPERVISOR)).containsExactly(ASSIGN, ACKNOWLEDGE_CORRECTION);
  }

  @Test
  void aProposedDenialWaitsForAnotherSupervisor() {
    Application application = DecisionTest.underReview();
    application.denials().propose(DecisionTest.EXAMINER, "理由", DecisionTest.NOW);

    assertThat(application.actionsFor(EXAMINER)).containsExactly(ACKNOWLEDGE_CORRECTION);
    assertThat(application.actionsFor(SUPERVISOR))
        .containsExactly(ASSIGN, CONFIRM_DENIAL, RETURN_DENIAL, ACKNOWLEDGE_CORRECTION);
    assertThat(application.actionsFor(OSAKA)).isEmpty();
  }

  @Test
  void theSupervisorWhoProposedCannotSettle() {
    Application application = DecisionTest.draft(Procedure.EXTENSION, ResultReceipt.MAIL);
    application.submit(ReceiptNumber.of("TOKYO", 2026, 1), DecisionTest.NOW);
    application.routeTo(
        application.routing().competentBureau(BureauDirectory.standard()), DecisionTest.NOW);
    application.startExamination(DecisionTest.SUPERVISOR, DecisionTest.NOW);
    application.denials().propose(DecisionTest.SUPERVISOR, "理由", DecisionTest.NOW);

    assertThat(application.actionsFor(SUPERVISOR)).doesNotContain(CONFIRM_DENIAL, RETURN_DENIAL);
    assertThat(application.actionsFor(OTHER_SUPERVISOR)).contains(CONFIRM_DENIAL, RETURN_DENIAL);
  }

  @Test
  void issuanceOffersSendingThenReceiptThenIssue() {
    Application application = TestApplications.approved(Procedure.EXTENSION, ResultReceipt.MAIL);

    assertThat(application.actionsFor(AUTHOR)).containsExactly(RECORD_SENDING);
    assertThat(application.actionsFor(EXAMINER))
        .containsExactly(RECORD_RECEIPT, ACKNOWLEDGE_CORRECTION);

    application
        .mailIn()
        .recordReceipt(
            DecisionTest.SUPERVISOR,
            EnumSet.copyOf(application.receiving().itemsToSend()),
            application.receiving().feeYen(),
            DecisionTest.LATER);

    assertThat(application.actionsFor(AUTHOR)).isEmpty();
    assertThat(application.actionsFor(EXAMINER)).containsExactly(ISSUE, ACKNOWLEDGE_CORRECTION);
  }

  @Test
  void requestedDocumentsAreAnsweredByTheAuthor() {
    Application application = TestApplications.withDocumentRequests("住民税の課税証明書");

    assertThat(application.actionsFor(AUTHOR))
        .containsExactly(ATTACH, DETACH, ANSWER_DOCUMENTS, WITHDRAW, REQUEST_CORRECTION);
    assertThat(application.actionsFor(EXAMINER)).containsExactly(ACKNOWLEDGE_CORRECTION);
  }
}
