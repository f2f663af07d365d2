package jp.zairyu.domain.model.statistics;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import jp.zairyu.domain.model.RuleViolation;

/**
 * A run of days in Japan time, both ends included: at least one day, at most {@value #MAX_DAYS}.
 */
public record Period(LocalDate from, LocalDate to) {

  /** The zone in which the bureaus count their days. */
  public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  public static final int MAX_DAYS = 366;

  public Period {
    Objects.requireNonNull(from);
    Objects.requireNonNull(to);
    if (to.isBefore(from)) {
      throw new RuleViolation(
          "statistics.period.reversed",
          "期間の終わりは始まり以降の日付にしてください。",
          "The end of the period must not be before its start.");
    }
    if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw new RuleViolation(
          "statistics.period.too-long",
          "期間は" + MAX_DAYS + "日以内にしてください。",
          "A period holds at most " + MAX_DAYS + " days.");
    }
  }

  /** The {@code days} days up to and including {@code today}. */
  public static Period lastDays(int days, LocalDate today) {
    return new Period(today.minusDays(days - 1L), today);
  }

  /** The days of the period, in order. */
  public List<LocalDate> days() {
    return from.datesUntil(to.plusDays(1)).toList();
  }

  /** The first day after the period (its exclusive end). */
  public LocalDate end() {
    return to.plusDays(1);
  }
}
