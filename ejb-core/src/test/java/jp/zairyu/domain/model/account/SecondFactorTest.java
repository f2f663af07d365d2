package jp.zairyu.domain.model.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import jp.zairyu.domain.model.RuleViolation;
import org.junit.jupiter.api.Test;

class SecondFactorTest {

  static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
  static final String SECRET = Totp.newSecret();

  private static String codeAt(Instant at) {
    return Totp.code(SECRET, Totp.step(at));
  }

  @Test
  void enabledOnlyByTheAppsRightCodeThenEachCodeWorksOnce() {
    SecondFactor factor = new SecondFactor();
    assertThat(factor.accept(codeAt(NOW), NOW)).isFalse();
    assertThatThrownBy(() -> factor.enable(SECRET, "12345", NOW)).isInstanceOf(RuleViolation.class);
    assertThat(factor.enabled()).isFalse();

    factor.enable(SECRET, codeAt(NOW), NOW);
    assertThat(factor.enabled()).isTrue();
    assertThat(factor.accept(codeAt(NOW), NOW)).as("the enrolment's code again").isFalse();
    Instant later = NOW.plusSeconds(60);
    assertThat(factor.accept(codeAt(later), later)).isTrue();
    assertThat(factor.accept(codeAt(later), later)).as("replayed").isFalse();

    factor.disable();
    assertThat(factor.enabled()).isFalse();
  }

  @Test
  void anAdminMustHaveOneAndOnlyAnotherAdminRemovesIt() {
    Officer admin = new Officer("a1", "h", "管理 一", "TOKYO", OfficerRole.ADMIN);
    Officer other = new Officer("a2", "h", "管理 二", "TOKYO", OfficerRole.ADMIN);
    Officer examiner = new Officer("e1", "h", "審査 一", "TOKYO", OfficerRole.EXAMINER);
    assertThat(admin.secondFactorRequired()).isTrue();
    assertThat(examiner.secondFactorRequired()).isFalse();

    admin.enableTotp(SECRET, codeAt(NOW), NOW);
    assertThat(admin.secondFactorEnabled()).isTrue();
    assertThat(admin.credentialsVersion()).isEqualTo(1);
    assertThatThrownBy(() -> admin.resetSecondFactor(admin)).isInstanceOf(RuleViolation.class);
    assertThatThrownBy(() -> admin.resetSecondFactor(examiner)).isInstanceOf(RuleViolation.class);
    admin.resetSecondFactor(other);
    assertThat(admin.secondFactorEnabled()).isFalse();
    assertThat(admin.credentialsVersion()).isEqualTo(2);
  }
}
