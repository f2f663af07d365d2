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
 * Sends the mail for each notification request. A failure (for example the mail server is down) is
 * rethrown, so the broker redelivers with its growing delay (exponential backoff, see the README)
 * and finally dead-letters the message. Two sessions: mail is not urgent, and on a small machine
 * more of them only take processor time from submissions and routing (see bench/README.md).
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
          propertyValue = Destinations.NOTIFICATION_REQUESTED),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
    })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationRequestedConsumer implements MessageListener {

  @Inject private NotificationService notifications;
  @Inject private MessageFailures failures;

  /**
   * Idempotent: an application mail is recorded once per application and kind, an account mail is
   * marked sent, both in the service's transaction, committed before the message is acknowledged; a
   * redelivery finds the record and sends nothing. A request for several kinds (the receipt mails)
   * sends them in order, each in a transaction of its own: if a later one fails, the message is
   * redelivered and the earlier ones, recorded, are not sent again.
   */
  @Override
  public void onMessage(Message message) {
    Consumption.handle(
        message,
        Destinations.NOTIFICATION_REQUESTED,
        failures,
        body -> {
          var request = Messages.notificationRequest(body);
          if (request.accountMailId().isPresent()) {
            notifications.sendAccountMail(request.accountMailId().getAsLong());
          } else {
            for (var kind : request.kinds()) {
              notifications.send(request.applicationId(), kind, request.documentRequestId());
            }
          }
        });
  }
}
