package jp.zairyu.infrastructure.messaging;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import jp.zairyu.infrastructure.persistence.DataSourceDefinitions;

/**
 * One pass of the outbox relay: claims up to {@code max} rows (oldest first, skipping rows another
 * server's relay holds), deletes them and sends each to its queue, all in one XA transaction across
 * PostgreSQL and Artemis. Either the rows are gone and their messages are on the broker, or the
 * rows are still there and nothing was sent; a crash in between leaves both prepared for Payara's
 * recovery to complete or roll back together. A pass that finds nothing touches only PostgreSQL.
 */
@Stateless
@PermitAll
public class OutboxBatch {

  /**
   * Claims and deletes in one statement; a row locked by another relay is skipped, not waited for.
   * Rows of a queue this version does not know (written by a newer one) are left for it.
   */
  public static final String CLAIM =
      "delete from outbox where id in (select id from outbox where queue in ("
          + Destinations.FACT_QUEUES.stream()
              .map(q -> "'" + q + "'")
              .collect(Collectors.joining(", "))
          + ") order by id limit ? for update skip locked)"
          + " returning id, queue, application_id, body";

  @Resource(lookup = DataSourceDefinitions.JNDI_NAME)
  private DataSource dataSource;

  @Inject private JmsApplicationEvents jms;

  /** The relay could not complete a batch; its transaction is rolled back, the rows stay. */
  @ApplicationException(rollback = true)
  public static class RelayFailed extends Exception {
    private static final long serialVersionUID = 1L;

    RelayFailed(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * Relays up to {@code max} rows; returns how many. The relay calls it without a transaction, so
   * each batch is a transaction of its own; a caller's transaction (a crash-recovery test) is
   * joined.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public int relay(int max) throws RelayFailed {
    List<Claimed> claimed = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(CLAIM)) {
      s.setInt(1, max);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong(1);
          String queue = rs.getString(2);
          long applicationId = rs.getLong(3);
          Long about = rs.wasNull() ? null : applicationId;
          claimed.add(new Claimed(id, new OutboxMessage(queue, about, rs.getString(4))));
        }
      }
    } catch (SQLException | RuntimeException e) {
      throw new RelayFailed("Cannot claim outbox rows: " + e.getMessage(), e);
    }
    claimed.sort(Comparator.comparingLong(Claimed::id));
    try {
      for (Claimed row : claimed) {
        jms.send(row.message());
      }
    } catch (RuntimeException e) {
      throw new RelayFailed("Cannot send outbox rows: " + e.getMessage(), e);
    }
    return claimed.size();
  }

  private record Claimed(long id, OutboxMessage message) {}
}
