package jp.zairyu.infrastructure.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.util.List;
import jp.zairyu.application.ApplicationEvents;
import jp.zairyu.application.NotificationKind;

/**
 * Publishes application facts as small JSON text messages on Artemis queues. The injected
 * container-managed context enlists in the caller's JTA transaction: a message is sent only if that
 * transaction commits (XA across PostgreSQL and Artemis when the transaction also wrote to the
 * database).
 *
 * <p>Not the application's {@link ApplicationEvents} (that is {@link OutboxApplicationEvents}, one
 * local commit per state change): the outbox relay sends through it, a batch of rows per XA
 * transaction ({@link OutboxBatch}). Injectable by its class only.
 */
@ApplicationScoped
@Typed(JmsApplicationEvents.class)
public class JmsApplicationEvents implements ApplicationEvents {

  @Inject
  @JMSConnectionFactory(Destinations.CONNECTION_FACTORY)
  private JMSContext jms;

  @Resource(lookup = Destinations.APPLICATION_SUBMITTED_JNDI)
  private Queue applicationSubmitted;

  @Resource(lookup = Destinations.NOTIFICATION_REQUESTED_JNDI)
  private Queue notificationRequested;

  @Resource(lookup = Destinations.DECISION_MADE_JNDI)
  private Queue decisionMade;

  @Override
  public void applicationSubmitted(long applicationId) {
    send(OutboxMessage.applicationSubmitted(applicationId));
  }

  @Override
  public void decisionMade(long applicationId) {
    send(OutboxMessage.decisionMade(applicationId));
  }

  @Override
  public void notificationRequested(long applicationId, NotificationKind kind) {
    send(OutboxMessage.notificationRequested(applicationId, kind));
  }

  @Override
  public void notificationsRequested(long applicationId, List<NotificationKind> kinds) {
    send(OutboxMessage.notificationsRequested(applicationId, kinds));
  }

  @Override
  public void notificationRequested(
      long applicationId, NotificationKind kind, long documentRequestId) {
    send(OutboxMessage.notificationRequested(applicationId, kind, documentRequestId));
  }

  @Override
  public void accountMailRequested(long accountMailId) {
    send(OutboxMessage.accountMailRequested(accountMailId));
  }

  /** Sends the message to its queue in the caller's transaction (a text message, persistent). */
  void send(OutboxMessage message) {
    jms.createProducer().send(queue(message.queue()), message.body());
  }

  private Queue queue(String name) {
    return switch (name) {
      case Destinations.APPLICATION_SUBMITTED -> applicationSubmitted;
      case Destinations.NOTIFICATION_REQUESTED -> notificationRequested;
      case Destinations.DECISION_MADE -> decisionMade;
      default -> throw new IllegalArgumentException("Not a fact queue: " + name);
    };
  }
}
