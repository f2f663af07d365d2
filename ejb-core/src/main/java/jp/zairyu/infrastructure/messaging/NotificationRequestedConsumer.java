package jp.zairyu.infrastructure.messaging;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jp.zairyu.application.NotificationService;

/**
 * Sends the mail for each notification request. A failure (for example the mail server is down) is
 * rethrown, so the broker redelivers with its delay and finally dead-letters the message.
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
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
    })
public class NotificationRequestedConsumer implements MessageListener {

  @Inject private NotificationService notifications;

  @Override
  public void onMessage(Message message) {
    try {
      String body = message.getBody(String.class);
      var accountMail = Messages.accountMailId(body);
      if (accountMail.isPresent()) {
        notifications.sendAccountMail(accountMail.getAsLong());
      } else {
        notifications.send(Messages.applicationId(body), Messages.kind(body));
      }
    } catch (JMSException e) {
      throw new IllegalStateException("Unreadable NotificationRequested message", e);
    }
  }
}
