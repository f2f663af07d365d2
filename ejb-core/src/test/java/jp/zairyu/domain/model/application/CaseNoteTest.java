package jp.zairyu.domain.model.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.account.Officer;
import jp.zairyu.domain.model.account.OfficerRole;
import org.junit.jupiter.api.Test;

/** Notes between officers: only the case's bureau writes them; bounded, never blank. */
class CaseNoteTest {

  static final Instant NOW = DecisionTest.NOW;

  private static Application tokyoCase() {
    Application a = DecisionTest.underReview(Procedure.EXTENSION, ResultReceipt.MAIL);
    return TestOfficers.withId(a, Application.class, 42L);
  }

  @Test
  void anOfficerOfTheBureauWritesAStrippedNote() {
    Officer supervisor = DecisionTest.SUPERVISOR;
    CaseNote note = CaseNote.write(tokyoCase(), supervisor, "  在留歴を確認済み\n", NOW);

    assertThat(note.applicationId()).isEqualTo(42L);
    assertThat(note.authorId()).isEqualTo(supervisor.id());
    assertThat(note.body()).isEqualTo("在留歴を確認済み");
    assertThat(note.writtenAt()).isEqualTo(NOW);
  }

  @Test
  void anOfficerOfAnotherBureauIsRefused() {
    Officer osaka = TestOfficers.officer(20L, "OSAKA", OfficerRole.EXAMINER);
    assertThatThrownBy(() -> CaseNote.write(tokyoCase(), osaka, "メモ", NOW))
        .isInstanceOf(RuleViolation.class)
        .extracting(e -> ((RuleViolation) e).code())
        .isEqualTo("note.other-bureau");
  }

  @Test
  void aCaseNotRoutedYetTakesNoNote() {
    Application draft =
        TestOfficers.withId(
            DecisionTest.draft(Procedure.EXTENSION, ResultReceipt.MAIL), Application.class, 43L);
    assertThatThrownBy(() -> CaseNote.write(draft, DecisionTest.EXAMINER, "メモ", NOW))
        .isInstanceOf(RuleViolation.class)
        .extracting(e -> ((RuleViolation) e).code())
        .isEqualTo("note.other-bureau");
  }

  @Test
  void blankTextIsRefusedInBothLanguages() {
    for (String blank : new String[] {null, "", "  \n\t 　"}) {
      assertThatThrownBy(() -> CaseNote.write(tokyoCase(), DecisionTest.EXAMINER, blank, NOW))
          .isInstanceOfSatisfying(
              RuleViolation.class,
              e -> {
                assertThat(e.code()).isEqualTo("note.blank");
                assertThat(e.messageJa()).contains("メモ");
                assertThat(e.messageEn()).contains("note");
              });
    }
  }

  @Test
  void theLengthIsBoundedInCharactersNotBytes() {
    String longest = "審".repeat(CaseNote.MAX_LENGTH);
    assertThat(CaseNote.write(tokyoCase(), DecisionTest.EXAMINER, longest, NOW).body())
        .hasSize(CaseNote.MAX_LENGTH);

    assertThatThrownBy(() -> CaseNote.write(tokyoCase(), DecisionTest.EXAMINER, longest + "査", NOW))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.code()).isEqualTo("note.too-long");
              assertThat(e.messageJa()).contains(String.valueOf(CaseNote.MAX_LENGTH));
              assertThat(e.messageEn()).contains(String.valueOf(CaseNote.MAX_LENGTH));
            });
  }
}
