package jp.zairyu.infrastructure.persistence;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.zairyu.domain.model.application.ApplicationState;
import jp.zairyu.domain.model.statistics.BacklogCount;
import jp.zairyu.domain.model.statistics.CaseStatistics;
import jp.zairyu.domain.model.statistics.DailyCount;
import jp.zairyu.domain.model.statistics.Period;
import jp.zairyu.domain.model.statistics.ProcessingTime;

/**
 * The dashboard's figures as SQL aggregates on PostgreSQL: {@code count}, {@code avg} and {@code
 * percentile_cont}, days cut in Japan time ({@code date_trunc} of the local time in Asia/Tokyo).
 * Every query names its bureaus ({@code bureau_code in (…)}) and a range of instants, so each is an
 * index range per bureau (V9's intake index for the backlog, V13's submitted and decided indexes
 * for the rest). Reads only: no transaction is started for them (SUPPORTS), so nothing is enlisted.
 */
@Stateless
@Local(CaseStatistics.class)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SqlCaseStatistics implements CaseStatistics {

  private static final String DAY_IN_JAPAN =
      "date_trunc('day', %s at time zone 'Asia/Tokyo')::date";

  @PersistenceContext(unitName = "zairyu")
  private EntityManager em;

  @Override
  public List<BacklogCount> backlog(Collection<String> bureauCodes) {
    if (bureauCodes.isEmpty()) {
      return List.of();
    }
    String states =
        BacklogCount.OPEN_STATES.stream()
            .map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(", "));
    Query query =
        em.createNativeQuery(
            "select bureau_code, state, count(*) from application where bureau_code in ("
                + placeholders(1, bureauCodes.size())
                + ") and state in ("
                + states
                + ") group by bureau_code, state order by bureau_code, state");
    bind(query, 1, bureauCodes);
    List<BacklogCount> counts = new ArrayList<>();
    for (Object row : query.getResultList()) {
      Object[] r = (Object[]) row;
      counts.add(
          new BacklogCount(
              (String) r[0], ApplicationState.valueOf((String) r[1]), ((Number) r[2]).longValue()));
    }
    return counts;
  }

  @Override
  public List<DailyCount> daily(Collection<String> bureauCodes, Period period) {
    if (bureauCodes.isEmpty()) {
      return DailyCount.everyDay(period, Map.of(), Map.of());
    }
    return DailyCount.everyDay(
        period,
        perDay("submitted_at", bureauCodes, period),
        perDay("decided_at", bureauCodes, period));
  }

  private Map<LocalDate, Long> perDay(String column, Collection<String> bureaus, Period period) {
    String day = DAY_IN_JAPAN.formatted(column);
    int n = bureaus.size();
    Query query =
        em.createNativeQuery(
            "select "
                + day
                + ", count(*) from application where bureau_code in ("
                + placeholders(1, n)
                + ") and "
                + column
                + " >= ?"
                + (n + 1)
                + " and "
                + column
                + " < ?"
                + (n + 2)
                + " group by 1");
    bind(query, 1, bureaus);
    query.setParameter(n + 1, start(period.from()));
    query.setParameter(n + 2, start(period.end()));
    Map<LocalDate, Long> counts = new HashMap<>();
    for (Object row : query.getResultList()) {
      Object[] r = (Object[]) row;
      counts.put(toLocalDate(r[0]), ((Number) r[1]).longValue());
    }
    return counts;
  }

  @Override
  public List<ProcessingTime> processing(Collection<String> bureauCodes, Period period) {
    if (bureauCodes.isEmpty()) {
      return List.of();
    }
    int n = bureauCodes.size();
    Query query =
        em.createNativeQuery(
            "select procedure_code, status, count(*), avg(days),"
                + " percentile_cont(0.5) within group (order by days),"
                + " percentile_cont(0.9) within group (order by days)"
                + " from (select procedure_code, coalesce(desired_status, current_status) as status, "
                + DAY_IN_JAPAN.formatted("decided_at")
                + " - "
                + DAY_IN_JAPAN.formatted("submitted_at")
                + " as days from application where bureau_code in ("
                + placeholders(1, n)
                + ") and decided_at >= ?"
                + (n + 1)
                + " and decided_at < ?"
                + (n + 2)
                + " and submitted_at is not null) decided"
                + " group by procedure_code, status order by procedure_code, status");
    bind(query, 1, bureauCodes);
    query.setParameter(n + 1, start(period.from()));
    query.setParameter(n + 2, start(period.end()));
    List<ProcessingTime> figures = new ArrayList<>();
    for (Object row : query.getResultList()) {
      Object[] r = (Object[]) row;
      figures.add(
          new ProcessingTime(
              (String) r[0],
              (String) r[1],
              ((Number) r[2]).longValue(),
              ((Number) r[3]).doubleValue(),
              ((Number) r[4]).doubleValue(),
              ((Number) r[5]).doubleValue()));
    }
    return figures;
  }

  private static Timestamp start(LocalDate day) {
    return Timestamp.from(day.atStartOfDay(Period.JAPAN).toInstant());
  }

  private static LocalDate toLocalDate(Object value) {
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    return LocalDate.parse(value.toString().substring(0, 10));
  }

  private static String placeholders(int first, int count) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < count; i++) {
      s.append(i == 0 ? "?" : ", ?").append(first + i);
    }
    return s.toString();
  }

  private static void bind(Query query, int first, Collection<String> values) {
    int i = first;
    for (String v : values) {
      query.setParameter(i++, v);
    }
  }
}
