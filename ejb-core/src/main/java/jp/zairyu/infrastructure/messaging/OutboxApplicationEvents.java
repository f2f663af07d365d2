package jp.zairyu.infrastructure.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import javax.sql.DataSource;
import jp.zairyu.application.ApplicationEvents;
import jp.zairyu.application.NotificationKind;
import jp.zairyu.infrastructure.persistence.DataSourceDefinitions;

/**
 * The application's {@link ApplicationEvents}: a transactional outbox. Each fact is a row of {@code
 * outbox} written in the caller's transaction, on the same PostgreSQL connection as the state
 * change that caused it, so both commit in one local commit (no XA, no broker in the request) or
 * not at all. After a commit that wrote rows the relay is kicked ({@link OutboxRelay}); it sends
 * the rows to their queues, a batch per XA transaction ({@link OutboxBatch}).
 */
@ApplicationScoped
public class OutboxApplicationEvents implements ApplicationEvents {

  static final String INSERT = "insert into outbox (queue, application_id, body) values (?, ?, ?)";

  /** Key of this transaction's "relay kicked after commit" mark. */
  private static final Object KICK_REGISTERED = new Object();

  @Resource(lookup = DataSourceDefinitions.JNDI_NAME)
  private DataSource dataSource;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  private TransactionSynchronizationRegistry transactions;

  @Inject private OutboxRelay relay;

  @Override
  public void applicationSubmitted(long applicationId) {
    write(OutboxMessage.applicationSubmitted(applicationId));
  }

  @Override
  public void decisionMade(long applicationId) {
    write(OutboxMessage.decisionMade(applicationId));
  }

  @Override
  public void notificationRequested(long applicationId, NotificationKind kind) {
    write(OutboxMessage.notificationRequested(applicationId, kind));
  }

  @Override
  public void notificationsRequested(long applicationId, List<NotificationKind> kinds) {
    write(OutboxMessage.notificationsRequested(applicationId, kinds));
  }

  @Override
  public void notificationRequested(
      long applicationId, NotificationKind kind, long documentRequestId) {
    write(OutboxMessage.notificationRequested(applicationId, kind, documentRequestId));
  }

  @Override
  public void accountMailRequested(long accountMailId) {
    write(OutboxMessage.accountMailRequested(accountMailId));
  }

  private void write(OutboxMessage message) {
    if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      // a fact outside a transaction would be published whatever happens to its cause
      throw new IllegalStateException("A fact is published only in an active transaction");
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(INSERT)) {
      s.setString(1, message.queue());
      if (message.applicationId() == null) {
        s.setNull(2, Types.BIGINT);
      } else {
        s.setLong(2, message.applicationId());
      }
      s.setString(3, message.body());
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot write to the outbox: " + e.getMessage(), e);
    }
    if (transactions.getResource(KICK_REGISTERED) == null) {
      transactions.putResource(KICK_REGISTERED, Boolean.TRUE);
      transactions.registerInterposedSynchronization(new KickAfterCommit(relay));
    }
  }

  /** Wakes the relay once the rows are visible, that is after the commit (not after a rollback). */
  private record KickAfterCommit(OutboxRelay relay) implements Synchronization {

    @Override
    public void beforeCompletion() {}

    @Override
    public void afterCompletion(int status) {
      if (status == Status.STATUS_COMMITTED) {
        relay.kick();
      }
    }
  }
}
