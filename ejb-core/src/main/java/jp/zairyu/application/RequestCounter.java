package jp.zairyu.application;

import java.time.Duration;
import java.time.Instant;

/** Port: counts requests per action and client in fixed windows, shared by every server. */
public interface RequestCounter {

  /**
   * Counts one request and answers how many (this one included) the client made of this action in
   * the window of length {@code window} that {@code now} falls in; committed at once.
   */
  int count(String action, String client, Instant now, Duration window);

  /** Forgets windows that ended before {@code before}. */
  int removeOlderThan(Instant before);
}
