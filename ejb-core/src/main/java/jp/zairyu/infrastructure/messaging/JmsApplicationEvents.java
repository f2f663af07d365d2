package jp.zairyu.infrastructure.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jp.zairyu.application.ApplicationEvents;
import jp.zairyu.application.NotificationKind;

/**
 * Publishes application facts as small JSON text messages on Artemis queues. The injected
 * container-managed context enlists in the caller's JTA transaction: a message is sent only if that
 * transaction commits.
 */
@ApplicationScoped
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
    jms.createProducer().send(applicationSubmitted, Messages.applicationSubmitted(applicationId));
  }

  @Override
  public void decisionMade(long applicationId) {
    jms.createProducer().send(decisionMade, Messages.decisionMade(applicationId));
  }

  @Override
  public void notificationRequested(long applicationId, NotificationKind kind) {
    jms.createProducer()
        .send(notificationRequested, Messages.notificationRequested(applicationId, kind));
  }

  @Override
  public void accountMailRequested(long accountMailId) {
    jms.createProducer().send(notificationRequested, Messages.accountMailRequested(accountMailId));
  }
}
