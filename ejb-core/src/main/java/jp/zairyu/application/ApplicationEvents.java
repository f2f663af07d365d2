package jp.zairyu.application;

import java.util.List;

/**
 * Port: facts the application layer publishes. Implementations must enlist in the caller's
 * transaction, so a fact is published if and only if the state change that caused it commits.
 */
public interface ApplicationEvents {

  /**
   * A draft was submitted and has its receipt number; it now needs routing to a bureau. Its receipt
   * mails are asked for by the routing ({@link RoutingService#route}), in the routing's commit.
   */
  void applicationSubmitted(long applicationId);

  /**
   * An officer decided the application (today: 許可, approval); whoever must learn of it (the
   * practitioner, by mail) is told by the consumer of this fact.
   */
  void decisionMade(long applicationId);

  /** A mail about an application should be sent to the people concerned. */
  void notificationRequested(long applicationId, NotificationKind kind);

  /**
   * Mails of these kinds about an application should be sent, in this order, each once: one fact
   * for all of them (for example the receipt mails to the practitioner and to the foreign
   * national).
   */
  void notificationsRequested(long applicationId, List<NotificationKind> kinds);

  /**
   * A mail about one request for documents ({@link NotificationKind#perDocumentRequest()}) should
   * be sent; the mail describes that request, whatever requests come after it.
   */
  void notificationRequested(long applicationId, NotificationKind kind, long documentRequestId);

  /** A recorded mail about an account (registration, password, office) should be sent. */
  void accountMailRequested(long accountMailId);
}
