package jp.zairyu.domain.model.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.zairyu.domain.model.RuleViolation;
import org.junit.jupiter.api.Test;

/** Periods of the dashboard and the daily series it fills. */
class PeriodTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  @Test
  void theLastThirtyDaysEndTodayAndHoldThirtyDays() {
    Period p = Period.lastDays(30, TODAY);

    assertThat(p.to()).isEqualTo(TODAY);
    assertThat(p.from()).isEqualTo(LocalDate.of(2026, 10, 28));
    assertThat(p.days()).hasSize(30).startsWith(p.from()).endsWith(TODAY);
    assertThat(p.end()).isEqualTo(LocalDate.of(2026, 11, 27));
  }

  @Test
  void aReversedOrTooLongPeriodIsRefused() {
    assertThatThrownBy(() -> new Period(TODAY, TODAY.minusDays(1)))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.code()).isEqualTo("statistics.period.reversed"));
    assertThatThrownBy(() -> new Period(TODAY.minusDays(Period.MAX_DAYS), TODAY))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.code()).isEqualTo("statistics.period.too-long"));
    assertThat(new Period(TODAY.minusDays(Period.MAX_DAYS - 1), TODAY).days())
        .hasSize(Period.MAX_DAYS);
  }

  @Test
  void everyDayOfThePeriodIsListedWithZerosWhereNothingWasCounted() {
    Period p = new Period(TODAY.minusDays(2), TODAY);
    List<DailyCount> days =
        DailyCount.everyDay(
            p, Map.of(TODAY.minusDays(2), 3L, TODAY, 1L), Map.of(TODAY.minusDays(1), 2L));

    assertThat(days)
        .containsExactly(
            new DailyCount(TODAY.minusDays(2), 3, 0),
            new DailyCount(TODAY.minusDays(1), 0, 2),
            new DailyCount(TODAY, 1, 0));
  }
}
