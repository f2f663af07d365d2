package jp.zairyu.domain.model.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import jp.zairyu.domain.model.account.LoginAttempt.Charge;
import org.junit.jupiter.api.Test;

class LoginAttemptTest {

  static final Instant T0 = Instant.parse("2026-11-26T00:00:00Z");
  static final Duration LOCK = Duration.ofMinutes(30);

  @Test
  void theFifthChargeIsTheLastThenTheNameIsLockedForThirtyMinutesThenCountingStartsAgain() {
    LoginAttempt a = new LoginAttempt("PORTAL", "Z000000001");
    for (int i = 1; i <= 4; i++) {
      assertThat(a.charge(T0.plusSeconds(i), 5, LOCK)).isEqualTo(Charge.TAKEN);
      assertThat(a.lockedUntil(T0.plusSeconds(i))).isEmpty();
    }
    assertThat(a.charge(T0.plusSeconds(5), 5, LOCK)).isEqualTo(Charge.TAKEN_LAST);
    assertThat(a.lockedUntil(T0.plusSeconds(6))).contains(T0.plusSeconds(5).plus(LOCK));
    assertThat(a.charge(T0.plusSeconds(7), 5, LOCK)).isEqualTo(Charge.REFUSED);
    assertThat(a.failures()).isEqualTo(5);
    assertThat(a.lockedUntil(T0.plusSeconds(5).plus(LOCK))).isEmpty();

    Instant later = T0.plus(Duration.ofHours(1));
    assertThat(a.charge(later, 5, LOCK)).isEqualTo(Charge.TAKEN);
    assertThat(a.failures()).isEqualTo(1);
  }

  @Test
  void aBurstOfChargesGetsNoMoreThanTheLimitWhateverItsSize() {
    LoginAttempt a = new LoginAttempt("CONSOLE", "admin");
    long taken = 0;
    for (int i = 0; i < 30; i++) {
      if (a.charge(T0, 5, LOCK) != Charge.REFUSED) {
        taken++;
      }
    }
    assertThat(taken).isEqualTo(5);
  }
}
