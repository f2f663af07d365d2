package jp.zairyu.domain.model.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import jp.zairyu.domain.model.RuleViolation;
import org.junit.jupiter.api.Test;

class ApplicantTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  private static Applicant withBirth(LocalDate birth) {
    return new Applicant("A", "B", birth, null, null, null, TODAY);
  }

  @Test
  void blanksAreMissingNotEmptyStrings() {
    Applicant applicant = new Applicant("  ", "", null, " ", null, "\t", TODAY);

    assertThat(applicant.fullName()).isNull();
    assertThat(applicant.residenceCardNumber()).isEmpty();
    assertThat(applicant.missingFields())
        .hasSize(11)
        .contains("配偶者の有無 / Marital status", "本国における居住地 / Home-town address");
    // A COE applicant may be abroad: no card or address in Japan, but the place of birth.
    assertThat(applicant.missingFields(false))
        .hasSize(10)
        .contains("出生地 / Place of birth")
        .doesNotContain("在留カード番号 / Residence card number", "住居地 / Address in Japan");
  }

  @Test
  void theDateOfBirthIsNotInTheFuture() {
    assertThat(withBirth(TODAY).dateOfBirth()).isEqualTo(TODAY);
    assertThatThrownBy(() -> withBirth(TODAY.plusDays(1)))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("生年月日");
    assertThatThrownBy(() -> withBirth(LocalDate.of(1899, 12, 31)))
        .isInstanceOf(RuleViolation.class);
  }

  @Test
  void thePrefectureMustBeARealOne() {
    assertThat(new Applicant(null, null, null, null, "沖縄県", null, TODAY).prefecture())
        .isEqualTo("沖縄県");
    assertThatThrownBy(() -> new Applicant(null, null, null, null, "東京", null, TODAY))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("prefecture");
  }

  @Test
  void overlongAndControlCharactersAreRefused() {
    assertThatThrownBy(() -> new Applicant("x".repeat(201), null, null, null, null, null, TODAY))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("200");
    assertThatThrownBy(() -> new Applicant("A\u0000B", null, null, null, null, null, TODAY))
        .isInstanceOf(RuleViolation.class);
  }

  @Test
  void theCardNumberIsNormalised() {
    Applicant applicant = new Applicant(null, null, null, " ａｂ１２３４５６７８ｃｄ ", null, null, TODAY);

    assertThat(applicant.residenceCardNumber()).contains(new ResidenceCardNumber("AB12345678CD"));
  }
}
