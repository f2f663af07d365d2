package jp.zairyu.infrastructure.messaging;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jp.zairyu.application.RoutingService;

/**
 * Routes each submitted application to its bureau. A failure is rethrown: the message is
 * redelivered and, after the broker's maximum attempts, lands in the dead-letter queue.
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
          propertyValue = Destinations.APPLICATION_SUBMITTED),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
    })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ApplicationSubmittedConsumer implements MessageListener {

  @Inject private RoutingService routing;
  @Inject private MessageFailures failures;

  /** Idempotent: {@link RoutingService#route} leaves an application already routed as it is. */
  @Override
  public void onMessage(Message message) {
    Consumption.handle(
        message,
        Destinations.APPLICATION_SUBMITTED,
        failures,
        body -> routing.route(Messages.applicationId(body)));
  }
}
