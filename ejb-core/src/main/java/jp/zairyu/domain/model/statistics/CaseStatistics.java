package jp.zairyu.domain.model.statistics;

import java.util.Collection;
import java.util.List;

/**
 * Computes the dashboard's figures in the database with aggregates (never by loading cases), over
 * the bureaus given, each read through an index range of that bureau.
 */
public interface CaseStatistics {

  /** Applications per bureau and state, for the states that still need a bureau. */
  List<BacklogCount> backlog(Collection<String> bureauCodes);

  /** Arrivals and decisions per day of the period, every day of it. */
  List<DailyCount> daily(Collection<String> bureauCodes, Period period);

  /** Processing days of the applications decided in the period, per procedure and status. */
  List<ProcessingTime> processing(Collection<String> bureauCodes, Period period);
}
