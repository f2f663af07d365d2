package jp.zairyu.infrastructure.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.TemporaryQueue;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jp.zairyu.infrastructure.persistence.DataSourceDefinitions;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Queue depths and dead-letter counts as MicroProfile Metrics gauges, {@code
 * zairyu_queue_messages{queue}} and {@code zairyu_dead_letters{queue}}, and the outbox next to
 * them: {@code zairyu_outbox_messages} (rows not yet relayed) and {@code
 * zairyu_outbox_oldest_seconds} (age of the oldest; it grows only while the relay cannot send). A
 * scrape reads cached numbers; a timer refreshes them every 10 seconds with one management request
 * per queue (Artemis' {@code messageCount} attribute, which counts without browsing) and one query
 * of the outbox. While the broker (or, for the outbox gauges, the database) is away the gauges
 * report -1. Every server of a cluster refreshes its own copy (a scrape reads the server it
 * reaches, and each answers for the whole: queues and outbox are shared); it only reads.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class QueueStatistics {

  private static final Logger LOG = Logger.getLogger(QueueStatistics.class.getName());
  private static final String MANAGEMENT_ADDRESS = "activemq.management";

  @Resource(lookup = Destinations.PROBE_CONNECTION_FACTORY)
  private ConnectionFactory connectionFactory;

  /** Requests are sent in a transaction of their own: outside one, the adapter never sends. */
  @Resource(lookup = Destinations.CONNECTION_FACTORY)
  private ConnectionFactory transactional;

  @Resource private UserTransaction transaction;

  @Inject private MetricRegistry metrics;

  @Resource(lookup = DataSourceDefinitions.JNDI_NAME)
  private DataSource dataSource;

  private final Map<String, Long> counts = new ConcurrentHashMap<>();

  /** Rows in the outbox and the age of the oldest in seconds; -1 while unknown. */
  private volatile long outboxRows = -1;

  private volatile long outboxOldestSeconds = -1;

  private volatile boolean outboxFailing;

  /** Whether the last refresh failed (a failure is logged once, not every 10 seconds). */
  private volatile boolean failing;

  @PostConstruct
  void registerGauges() {
    Metadata depth =
        Metadata.builder()
            .withName("zairyu_queue_messages")
            .withDescription("Messages in a queue (ready, scheduled for redelivery, in delivery)")
            .build();
    Metadata dead =
        Metadata.builder()
            .withName("zairyu_dead_letters")
            .withDescription("Messages in the dead-letter queue of a queue")
            .build();
    for (String queue : Destinations.FACT_QUEUES) {
      String deadLetters = Destinations.deadLetterQueueOf(queue);
      counts.put(queue, -1L);
      counts.put(deadLetters, -1L);
      metrics.gauge(depth, counts, c -> c.getOrDefault(queue, -1L), new Tag("queue", queue));
      metrics.gauge(dead, counts, c -> c.getOrDefault(deadLetters, -1L), new Tag("queue", queue));
    }
    metrics.gauge(
        Metadata.builder()
            .withName("zairyu_outbox_messages")
            .withDescription("Facts committed to the outbox and not yet sent to their queue")
            .build(),
        this,
        QueueStatistics::outboxRows);
    metrics.gauge(
        Metadata.builder()
            .withName("zairyu_outbox_oldest_seconds")
            .withDescription("Age of the oldest row in the outbox (0 when empty)")
            .build(),
        this,
        QueueStatistics::outboxOldestSeconds);
  }

  /** Cached: rows waiting in the outbox, -1 if unknown. */
  public long outboxRows() {
    return outboxRows;
  }

  /** Cached: age in seconds of the oldest row waiting in the outbox, 0 if none, -1 if unknown. */
  public long outboxOldestSeconds() {
    return outboxOldestSeconds;
  }

  /** The cached count of a queue (or dead-letter queue), -1 if unknown. */
  public long count(String queue) {
    return counts.getOrDefault(queue, -1L);
  }

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
  public void refresh() {
    refreshOutbox();
    refreshQueues();
  }

  private void refreshOutbox() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(OUTBOX_DEPTH);
        ResultSet rs = s.executeQuery()) {
      rs.next();
      outboxRows = rs.getLong(1);
      outboxOldestSeconds = rs.getLong(2);
      if (outboxFailing) {
        LOG.info("Outbox statistics available again");
      }
      outboxFailing = false;
    } catch (SQLException | RuntimeException e) {
      outboxRows = -1;
      outboxOldestSeconds = -1;
      if (!outboxFailing) {
        LOG.log(Level.WARNING, "Outbox statistics unavailable: " + e, e);
      }
      outboxFailing = true;
    }
  }

  static final String OUTBOX_DEPTH =
      "select count(*), coalesce(floor(extract(epoch from now() - min(created_at))), 0)::bigint"
          + " from outbox";

  private void refreshQueues() {
    try (JMSContext context = connectionFactory.createContext()) {
      TemporaryQueue replies = context.createTemporaryQueue();
      var consumer = context.createConsumer(replies);
      context.start();
      for (String queue : counts.keySet()) {
        counts.put(queue, messageCount(context, replies, consumer, queue));
      }
      if (failing) {
        LOG.info("Queue statistics available again");
      }
      failing = false;
    } catch (RuntimeException e) {
      counts.replaceAll((queue, count) -> -1L);
      if (!failing) {
        LOG.log(Level.WARNING, "Queue statistics unavailable: " + e, e);
      }
      failing = true;
    }
  }

  /** The management answer is a JSON array with the value, {@code [42]}. */
  static long parseCount(String result) {
    try (JsonReader reader = Json.createReader(new StringReader(result))) {
      JsonArray array = reader.readArray();
      return array.getJsonNumber(0).longValue();
    }
  }

  private long messageCount(
      JMSContext replies,
      TemporaryQueue replyQueue,
      jakarta.jms.JMSConsumer consumer,
      String queue) {
    try {
      transaction.begin();
      try (JMSContext context = transactional.createContext()) {
        Message request = context.createMessage();
        request.setStringProperty("_AMQ_ResourceName", "queue." + queue);
        request.setStringProperty("_AMQ_Attribute", "messageCount");
        request.setJMSReplyTo(replyQueue);
        context.createProducer().send(context.createQueue(MANAGEMENT_ADDRESS), request);
      }
      transaction.commit();
      Message reply = consumer.receive(2_000);
      if (reply == null) {
        throw new IllegalStateException("No answer from the broker's management address");
      }
      String result = reply.getBody(String.class);
      if (!reply.getBooleanProperty("_AMQ_OperationSucceeded")) {
        throw new IllegalStateException("messageCount of " + queue + " refused: " + result);
      }
      return parseCount(result);
    } catch (jakarta.jms.JMSException
        | jakarta.transaction.NotSupportedException
        | jakarta.transaction.SystemException
        | jakarta.transaction.RollbackException
        | jakarta.transaction.HeuristicMixedException
        | jakarta.transaction.HeuristicRollbackException e) {
      throw new IllegalStateException("No message count for " + queue, e);
    } finally {
      rollbackIfActive();
    }
  }

  private void rollbackIfActive() {
    try {
      if (transaction.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    } catch (jakarta.transaction.SystemException | IllegalStateException e) {
      LOG.log(Level.FINE, "Rollback after a failed statistics request", e);
    }
  }
}
