package jp.zairyu.application;

import java.time.Instant;

/** Port: remembers which notifications were sent, so none is sent twice. */
public interface NotificationLog {

  /**
   * Records that this notification is being sent, in the caller's transaction.
   *
   * @return false if it was recorded before (the caller must not send it again)
   */
  boolean record(
      long applicationId, NotificationKind kind, String recipient, String messageId, Instant at);
}
