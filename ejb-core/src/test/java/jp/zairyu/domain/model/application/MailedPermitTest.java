package jp.zairyu.domain.model.application;

import static jp.zairyu.domain.model.application.DecisionTest.EXAMINER;
import static jp.zairyu.domain.model.application.DecisionTest.LATER;
import static jp.zairyu.domain.model.application.DecisionTest.NOW;
import static jp.zairyu.domain.model.application.DecisionTest.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.zairyu.domain.model.RuleViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Permission for activity outside status granted by mail comes with its 資格外活動許可書 (ISA, since
 * January 2024, in place of the passport sticker): the officer confirms it is in the return
 * envelope and the issuance records it. One row per case, each with its source.
 */
class MailedPermitTest {

  private static final ResidenceCardNumber NEW_CARD = new ResidenceCardNumber("QZ00000099XY");
  private static final TrackingNumber RETURN = TrackingNumber.parse("1234-5678-9012");

  /** Approved by mail, everything arrived: ready to issue. */
  private static Application received(String procedure, boolean activity) {
    Application draft = DecisionTest.draft(procedure, ResultReceipt.MAIL);
    StatusChoice engineer = new StatusChoice("ENGINEER_HUMANITIES", null);
    StatusChoice student = new StatusChoice("STUDENT", null);
    draft
        .edit()
        .plan(
            Filing.of(procedure, Filing.Reentry.NONE, activity),
            procedure.equals(Procedure.ACQUISITION)
                ? null
                : procedure.equals(Procedure.CHANGE) ? student : engineer,
            procedure.equals(Procedure.EXTENSION) ? null : engineer,
            "LAWYER_SCRIVENER",
            false,
            NOW);
    draft.submit(ReceiptNumber.of("TOKYO", 2026, 1), NOW);
    draft.routeTo(
        draft.routing().competentBureau(jp.zairyu.domain.model.bureau.BureauDirectory.standard()),
        NOW);
    draft.startExamination(EXAMINER, NOW);
    draft.approve(EXAMINER, NOW);
    draft
        .mailIn()
        .recordReceipt(
            SUPERVISOR,
            EnumSet.copyOf(draft.receiving().itemsToSend()),
            draft.receiving().feeYen() > 0 ? draft.receiving().feeYen() : null,
            LATER);
    return draft;
  }

  @ParameterizedTest(name = "{0} activity {1}, enclosed ''{2}'': issued {3} ({4})")
  @CsvSource(
      delimiter = ';',
      value = {
        "EXTENSION;   true;  ACTIVITY_OUTSIDE; true;  ISA since Jan 2024: 資格外活動許可書 by mail",
        "CHANGE;      true;  ACTIVITY_OUTSIDE; true;  ISA since Jan 2024",
        "ACQUISITION; true;  ACTIVITY_OUTSIDE; true;  ISA since Jan 2024",
        "EXTENSION;   true;  '';               false; issue 16: the issuance records the permit: not confirmed, refused",
        "CHANGE;      true;  '';               false; issue 16: not confirmed, refused",
        "EXTENSION;   false; ACTIVITY_OUTSIDE; false; nothing replaces a sticker here: a confirmation is refused",
        "EXTENSION;   false; '';               true;  no activity outside status: nothing enclosed",
      })
  void thePermitIsConfirmedAndRecordedWithTheIssuance(
      String procedure, boolean activity, String enclosed, boolean issued, String source) {
    Application application = received(procedure, activity);
    Set<String> confirmed = enclosed.isEmpty() ? Set.of() : Set.of(enclosed);
    if (issued) {
      application.issue(EXAMINER, NEW_CARD, RETURN, confirmed, LATER);
      assertThat(application.state()).as(source).isEqualTo(ApplicationState.COMPLETED);
      assertThat(application.issuance().enclosedDocuments())
          .isEqualTo(enclosed.isEmpty() ? List.of() : List.of(enclosed));
    } else {
      assertThatThrownBy(() -> application.issue(EXAMINER, NEW_CARD, RETURN, confirmed, LATER))
          .as(source)
          .isInstanceOf(RuleViolation.class)
          .hasMessageContaining(activity ? "資格外活動許可書" : "証印シールに代わる書類");
      assertThat(application.state()).isEqualTo(ApplicationState.APPROVED_AWAITING_ISSUANCE);
      assertThat(application.issuance().issuedAt()).isEmpty();
      assertThat(application.issuance().enclosedDocuments()).isEmpty();
    }
  }
}
