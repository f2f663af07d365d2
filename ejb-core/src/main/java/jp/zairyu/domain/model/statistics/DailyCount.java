package jp.zairyu.domain.model.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Arrivals (submitted) and decisions on one day in Japan time. */
public record DailyCount(LocalDate day, long arrivals, long decisions) {

  /**
   * Every day of the period in order, zero where the database counted nothing (it only returns the
   * days that have rows).
   */
  public static List<DailyCount> everyDay(
      Period period, Map<LocalDate, Long> arrivals, Map<LocalDate, Long> decisions) {
    return period.days().stream()
        .map(d -> new DailyCount(d, arrivals.getOrDefault(d, 0L), decisions.getOrDefault(d, 0L)))
        .toList();
  }
}
