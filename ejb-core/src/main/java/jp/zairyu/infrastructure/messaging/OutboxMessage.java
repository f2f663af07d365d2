package jp.zairyu.infrastructure.messaging;

import java.util.List;
import jp.zairyu.application.NotificationKind;

/**
 * A fact waiting in the outbox: the queue that carries it, the application it is about (for ops;
 * null for an account mail) and the JSON text of its message, exactly the body a consumer reads
 * ({@link Messages}).
 */
record OutboxMessage(String queue, Long applicationId, String body) {

  OutboxMessage {
    if (!Destinations.FACT_QUEUES.contains(queue)) {
      throw new IllegalArgumentException("Not a fact queue: " + queue);
    }
    if (body == null || body.isEmpty()) {
      throw new IllegalArgumentException("A message needs a body");
    }
  }

  static OutboxMessage applicationSubmitted(long applicationId) {
    return new OutboxMessage(
        Destinations.APPLICATION_SUBMITTED,
        applicationId,
        Messages.applicationSubmitted(applicationId));
  }

  static OutboxMessage decisionMade(long applicationId) {
    return new OutboxMessage(
        Destinations.DECISION_MADE, applicationId, Messages.decisionMade(applicationId));
  }

  static OutboxMessage notificationRequested(long applicationId, NotificationKind kind) {
    return new OutboxMessage(
        Destinations.NOTIFICATION_REQUESTED,
        applicationId,
        Messages.notificationRequested(applicationId, kind));
  }

  static OutboxMessage notificationsRequested(long applicationId, List<NotificationKind> kinds) {
    return new OutboxMessage(
        Destinations.NOTIFICATION_REQUESTED,
        applicationId,
        Messages.notificationsRequested(applicationId, kinds));
  }

  static OutboxMessage notificationRequested(
      long applicationId, NotificationKind kind, long documentRequestId) {
    return new OutboxMessage(
        Destinations.NOTIFICATION_REQUESTED,
        applicationId,
        Messages.notificationRequested(applicationId, kind, documentRequestId));
  }

  static OutboxMessage accountMailRequested(long accountMailId) {
    return new OutboxMessage(
        Destinations.NOTIFICATION_REQUESTED, null, Messages.accountMailRequested(accountMailId));
  }
}
