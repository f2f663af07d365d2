package jp.zairyu.domain.model.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import jp.zairyu.domain.model.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaintenanceWindowTest {

  private static final Instant NOW = Instant.parse("2026-07-01T03:00:00Z");

  @Test
  void aWindowInTheFutureIsScheduledAndInForceFromStartToEnd() {
    MaintenanceWindow window =
        MaintenanceWindow.schedule(
            NOW.plusSeconds(3600), NOW.plusSeconds(7200), " 停止します ", "Closed", 1, NOW);

    assertThat(window.messageJa()).isEqualTo("停止します");
    assertThat(window.isInForceAt(NOW)).isFalse();
    assertThat(window.isInForceAt(NOW.plusSeconds(3600))).isTrue();
    assertThat(window.isInForceAt(NOW.plusSeconds(7199))).isTrue();
    assertThat(window.isInForceAt(NOW.plusSeconds(7200))).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    // start offset (s), end offset (s), ja, en, code
    "3600, 3600, 停止, Closed, maintenance.end-before-start",
    "3600, 60, 停止, Closed, maintenance.end-before-start",
    "-60, 3600, 停止, Closed, maintenance.start-in-past",
    "3600, 7200, '  ', Closed, maintenance.message-required",
    "3600, 7200, 停止, '', maintenance.message-required"
  })
  void refusesWhatCannotBeScheduled(long start, long end, String ja, String en, String code) {
    assertThatThrownBy(
            () ->
                MaintenanceWindow.schedule(
                    NOW.plusSeconds(start), NOW.plusSeconds(end), ja, en, 1, NOW))
        .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.code()).isEqualTo(code));
  }

  @Test
  void refusesAMissingPeriodAndOverlongNotices() {
    assertThatThrownBy(() -> MaintenanceWindow.schedule(null, NOW, "停止", "Closed", 1, NOW))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            v -> {
              assertThat(v.code()).isEqualTo("maintenance.period-required");
              assertThat(v.messageJa()).contains("開始日時");
              assertThat(v.messageEn()).contains("start");
            });
    String tooLong = "x".repeat(MaintenanceWindow.MAX_MESSAGE_LENGTH + 1);
    assertThatThrownBy(
            () ->
                MaintenanceWindow.schedule(
                    NOW.plusSeconds(60), NOW.plusSeconds(120), "停止", tooLong, 1, NOW))
        .isInstanceOf(RuleViolation.class);
  }
}
