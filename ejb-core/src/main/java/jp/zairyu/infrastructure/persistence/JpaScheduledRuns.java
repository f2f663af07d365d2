package jp.zairyu.infrastructure.persistence;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import jp.zairyu.application.ScheduledRuns;

/**
 * Runs claimed as rows of {@code scheduled_run} (V38): one insert with {@code on conflict do
 * nothing} in the job's own transaction. PostgreSQL makes a second insert of the same key wait for
 * the first transaction, then do nothing if it committed, or insert if it rolled back: exactly one
 * server does the job, and a failed run is taken over.
 */
@Stateless
@Local(ScheduledRuns.class)
public class JpaScheduledRuns implements ScheduledRuns {

  @PersistenceContext(unitName = "zairyu")
  private EntityManager em;

  @Override
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public boolean claim(String job, LocalDate day, Instant now) {
    int inserted =
        em.createNativeQuery(
                "insert into scheduled_run (job, run_day, server, started_at)"
                    + " values (?1, ?2, ?3, ?4) on conflict (job, run_day) do nothing")
            .setParameter(1, job)
            .setParameter(2, Date.valueOf(day))
            .setParameter(3, serverName())
            .setParameter(4, Timestamp.from(now))
            .executeUpdate();
    return inserted == 1;
  }

  /** Payara's instance name ({@code server} for the DAS or a single server) and the host. */
  static String serverName() {
    String instance = System.getProperty("com.sun.aas.instanceName", "server");
    String host;
    try {
      host = java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.net.UnknownHostException e) {
      host = "unknown-host";
    }
    String name = instance + "@" + host;
    return name.length() > 200 ? name.substring(0, 200) : name;
  }
}
