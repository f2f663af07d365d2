package jp.zairyu.application;

import java.time.Instant;

/** Port: remembers which notifications were sent, so none is sent twice. */
public interface NotificationLog {

  /**
   * Records that this notification is being sent, in the caller's transaction.
   *
   * @param key what is notified about the application ({@link NotificationKind#key})
   * @return false if it was recorded before (the caller must not send it again)
   */
  boolean record(long applicationId, String key, String recipient, String messageId, Instant at);
}
