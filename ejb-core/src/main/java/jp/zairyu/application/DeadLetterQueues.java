package jp.zairyu.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: the dead-letter queues ({@code DLQ.<queue>}, one per fact queue), what lies there and why,
 * and a resend to the queue a message came from. The adapter is {@code
 * infrastructure.messaging.DeadLetters}; administrators reach it through {@link DeadLetterService}.
 */
public interface DeadLetterQueues {

  /** A dead-lettered message. */
  record DeadLetter(
      String queue,
      String messageId,
      String body,
      Instant sentAt,
      Optional<Instant> firstFailedAt,
      int deliveries,
      Optional<String> reason)
      implements Serializable {}

  /** The dead letters of every fact queue, oldest first per queue. */
  List<DeadLetter> list();

  /**
   * Moves the message back to {@code queue}, the queue it was dead-lettered from, as a new message
   * with the same body; both happen in the caller's transaction or not at all.
   *
   * @throws jp.zairyu.domain.model.RuleViolation if the message is no longer in the dead-letter
   *     queue (resent already)
   */
  void resend(String queue, String messageId);
}
