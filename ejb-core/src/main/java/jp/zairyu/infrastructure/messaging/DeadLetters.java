package jp.zairyu.infrastructure.messaging;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import jp.zairyu.application.DeadLetterQueues;
import jp.zairyu.application.Roles;
import jp.zairyu.domain.model.RuleViolation;

/**
 * The dead-letter queues ({@code DLQ.<queue>}, one per fact queue) on Artemis: the adapter of the
 * {@link DeadLetterQueues} port (administrators reach it through {@code DeadLetterService}). A
 * resend moves one message back to the queue it came from in the caller's transaction (the receive
 * from the dead-letter queue and the send commit together).
 */
@Stateless
@DeclareRoles(Roles.ADMIN)
@RolesAllowed(Roles.ADMIN)
public class DeadLetters implements DeadLetterQueues {

  private static final Logger LOG = Logger.getLogger(DeadLetters.class.getName());

  /** At most this many messages are listed per queue. */
  static final int LIST_LIMIT = 200;

  private static final Pattern MESSAGE_ID = Pattern.compile("ID:[0-9a-fA-F-]{1,64}");

  @Inject
  @JMSConnectionFactory(Destinations.CONNECTION_FACTORY)
  private JMSContext jms;

  @Inject private MessageFailures failures;

  @Override
  public List<DeadLetter> list() {
    List<Raw> raw = new ArrayList<>();
    for (String queue : Destinations.FACT_QUEUES) {
      raw.addAll(browse(queue));
    }
    Map<String, MessageFailures.Failure> known =
        failures.of(raw.stream().map(Raw::messageId).toList());
    return raw.stream()
        .map(
            r -> {
              var failure = Optional.ofNullable(known.get(r.messageId()));
              return new DeadLetter(
                  r.queue(),
                  r.messageId(),
                  r.body(),
                  r.sentAt(),
                  failure.map(MessageFailures.Failure::firstFailedAt),
                  failure.map(MessageFailures.Failure::failures).orElse(r.deliveries()),
                  failure.map(MessageFailures.Failure::lastReason));
            })
        .toList();
  }

  @Override
  public void resend(String queue, String messageId) {
    if (!Destinations.FACT_QUEUES.contains(queue) || !MESSAGE_ID.matcher(messageId).matches()) {
      throw new IllegalArgumentException("No such dead letter: " + queue + " " + messageId);
    }
    Queue deadLetters = jms.createQueue(Destinations.deadLetterQueueOf(queue));
    String body;
    try (JMSConsumer consumer =
        jms.createConsumer(deadLetters, "JMSMessageID = '" + messageId + "'")) {
      Message message = consumer.receive(5_000);
      if (message == null) {
        throw new RuleViolation(
            "dead-letter.gone",
            "このメッセージは既に再送されたか、見つかりません。",
            "This message has been resent already or cannot be found.");
      }
      body = message.getBody(String.class);
    } catch (JMSException e) {
      throw new IllegalStateException("Cannot read dead letter " + messageId, e);
    }
    jms.createProducer()
        .setProperty("zairyu_resent_from", messageId)
        .send(jms.createQueue(queue), body);
    LOG.info(() -> "Dead letter " + messageId + " resent to " + queue);
  }

  private record Raw(String queue, String messageId, String body, Instant sentAt, int deliveries) {}

  private List<Raw> browse(String queue) {
    List<Raw> found = new ArrayList<>();
    try (QueueBrowser browser =
        jms.createBrowser(jms.createQueue(Destinations.deadLetterQueueOf(queue)))) {
      for (Object element : Collections.list(browser.getEnumeration())) {
        if (found.size() >= LIST_LIMIT) {
          break;
        }
        Message m = (Message) element;
        String body;
        try {
          body = m.getBody(String.class);
        } catch (JMSException | RuntimeException notText) {
          body = "(" + m.getClass().getSimpleName() + ")";
        }
        int deliveries =
            m.propertyExists("JMSXDeliveryCount") ? m.getIntProperty("JMSXDeliveryCount") : 0;
        found.add(
            new Raw(
                queue,
                m.getJMSMessageID(),
                body,
                Instant.ofEpochMilli(m.getJMSTimestamp()),
                deliveries));
      }
    } catch (JMSException e) {
      throw new IllegalStateException("Cannot browse the dead letters of " + queue, e);
    }
    return found;
  }
}
