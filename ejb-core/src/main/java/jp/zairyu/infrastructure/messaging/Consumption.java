package jp.zairyu.infrastructure.messaging;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What every consumer does around its one call: read the JSON body, call the application service,
 * and on failure record the reason (in a transaction of its own) and rethrow.
 *
 * <p>Consumers run without a container transaction ({@code NOT_SUPPORTED}): the service commits its
 * work in a local transaction of its own (one resource, one-phase commit), and the resource adapter
 * acknowledges the message only after {@code onMessage} has returned normally. A rethrown failure
 * reaches the adapter, which rolls its session back: the broker redelivers after the queue's delay
 * and finally dead-letters. A crash between the service's commit and the acknowledgement delivers
 * the message again; every service is idempotent, so the redelivery acts not at all (at least once
 * delivery + idempotence = effectively once).
 */
final class Consumption {

  private static final Logger LOG = Logger.getLogger(Consumption.class.getName());

  private Consumption() {}

  static void handle(
      Message message, String queue, MessageFailures failures, Consumer<String> action) {
    String messageId = null;
    try {
      messageId = message.getJMSMessageID();
      action.accept(message.getBody(String.class));
    } catch (JMSException | RuntimeException e) {
      remember(failures, messageId, queue, e);
      if (e instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("Unreadable " + queue + " message " + messageId, e);
    }
  }

  private static void remember(
      MessageFailures failures, String messageId, String queue, Exception e) {
    if (messageId == null) {
      return;
    }
    try {
      failures.record(messageId, queue, e, Instant.now());
    } catch (RuntimeException unrecorded) {
      // the database may be what failed; the broker still redelivers, nothing is lost
      LOG.log(Level.FINE, "Could not record the failure of " + messageId, unrecorded);
    }
    LOG.warning(() -> queue + " message " + messageId + " failed: " + MessageFailures.reason(e));
  }
}
