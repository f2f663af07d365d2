package jp.zairyu.domain.model.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginAttemptTest {

  static final Instant T0 = Instant.parse("2026-11-26T00:00:00Z");
  static final Duration LOCK = Duration.ofMinutes(30);

  @Test
  void theFifthFailureLocksForThirtyMinutesThenCountingStartsAgain() {
    LoginAttempt a = new LoginAttempt("PORTAL", "Z000000001");
    for (int i = 1; i <= 4; i++) {
      assertThat(a.fail(T0.plusSeconds(i), 5, LOCK)).isFalse();
      assertThat(a.lockedUntil(T0.plusSeconds(i))).isEmpty();
    }
    assertThat(a.fail(T0.plusSeconds(5), 5, LOCK)).isTrue();
    assertThat(a.lockedUntil(T0.plusSeconds(6))).contains(T0.plusSeconds(5).plus(LOCK));
    assertThat(a.lockedUntil(T0.plusSeconds(5).plus(LOCK))).isEmpty();

    Instant later = T0.plus(Duration.ofHours(1));
    assertThat(a.fail(later, 5, LOCK)).isFalse();
    assertThat(a.failures()).isEqualTo(1);
  }
}
