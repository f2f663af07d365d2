package jp.zairyu.application;

/**
 * Port: facts the application layer publishes. Implementations must enlist in the caller's
 * transaction, so a fact is published if and only if the state change that caused it commits.
 */
public interface ApplicationEvents {

  /** A draft was submitted and has its receipt number; it now needs routing to a bureau. */
  void applicationSubmitted(long applicationId);

  /** A mail about an application should be sent to the people concerned. */
  void notificationRequested(long applicationId, NotificationKind kind);

  /** A recorded mail about an account (registration, password, office) should be sent. */
  void accountMailRequested(long accountMailId);
}
