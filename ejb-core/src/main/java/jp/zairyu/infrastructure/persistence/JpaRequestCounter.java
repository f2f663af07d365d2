package jp.zairyu.infrastructure.persistence;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import jp.zairyu.application.RequestCounter;

/**
 * Request counts in {@code client_throttle}: one upsert per request, which PostgreSQL serialises on
 * the row, so parallel requests from one client are each counted once.
 */
@Stateless
@Local(RequestCounter.class)
public class JpaRequestCounter implements RequestCounter {

  @PersistenceContext(unitName = "zairyu")
  private EntityManager em;

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int count(String action, String client, Instant now, Duration window) {
    long size = window.toMillis();
    Instant start = Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), size) * size);
    Number made =
        (Number)
            em.createNativeQuery(
                    "insert into client_throttle (action, client, window_start, requests)"
                        + " values (?1, ?2, ?3, 1)"
                        + " on conflict (action, client) do update set"
                        + " requests = case when client_throttle.window_start = excluded.window_start"
                        + " then client_throttle.requests + 1 else 1 end,"
                        + " window_start = excluded.window_start"
                        + " returning requests")
                .setParameter(1, action)
                .setParameter(2, client)
                .setParameter(3, Timestamp.from(start))
                .getSingleResult();
    return made.intValue();
  }

  @Override
  public int removeOlderThan(Instant before) {
    return em.createNativeQuery("delete from client_throttle where window_start < ?1")
        .setParameter(1, Timestamp.from(before))
        .executeUpdate();
  }
}
