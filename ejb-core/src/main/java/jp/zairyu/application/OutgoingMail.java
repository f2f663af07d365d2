package jp.zairyu.application;

import java.util.Objects;

/**
 * A plain-text mail. The message ID is stable for a given fact, so a retried delivery can be
 * recognised as the same mail.
 */
public record OutgoingMail(String to, String subject, String body, String messageId) {

  public OutgoingMail {
    Objects.requireNonNull(to);
    Objects.requireNonNull(subject);
    Objects.requireNonNull(body);
    Objects.requireNonNull(messageId);
  }
}
