package jp.zairyu.infrastructure.messaging;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jp.zairyu.application.NotificationService;

/**
 * Tells the practitioner of a decision: asks for the decision mail. Idempotent: a second request
 * for the same mail sends nothing (one {@code notification} row per application and kind).
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "resourceAdapter",
          propertyValue = Destinations.RESOURCE_ADAPTER),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(
          propertyName = "destination",
          propertyValue = Destinations.DECISION_MADE),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
    })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DecisionMadeConsumer implements MessageListener {

  @Inject private NotificationService notifications;
  @Inject private MessageFailures failures;

  @Override
  public void onMessage(Message message) {
    Consumption.handle(
        message,
        Destinations.DECISION_MADE,
        failures,
        body -> notifications.decisionMade(Messages.applicationId(body)));
  }
}
