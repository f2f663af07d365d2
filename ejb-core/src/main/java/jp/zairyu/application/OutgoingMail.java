package jp.zairyu.application;

import java.util.List;
import java.util.Objects;

/**
 * A plain-text mail, with files attached if any. The message ID is stable for a given fact, so a
 * retried delivery can be recognised as the same mail.
 */
public record OutgoingMail(
    String to, String subject, String body, String messageId, List<Attachment> attachments) {

  public OutgoingMail {
    Objects.requireNonNull(to);
    Objects.requireNonNull(subject);
    Objects.requireNonNull(body);
    Objects.requireNonNull(messageId);
    attachments = List.copyOf(attachments);
  }

  /** A mail without attachments. */
  public OutgoingMail(String to, String subject, String body, String messageId) {
    this(to, subject, body, messageId, List.of());
  }

  /** The same mail (same Message-ID) with {@code attachment} added. */
  public OutgoingMail with(Attachment attachment) {
    List<Attachment> all = new java.util.ArrayList<>(attachments);
    all.add(attachment);
    return new OutgoingMail(to, subject, body, messageId, all);
  }

  /** A file sent with the mail, e.g. an electronic COE as PDF. */
  public record Attachment(String fileName, String mediaType, byte[] content) {
    public Attachment {
      Objects.requireNonNull(fileName);
      Objects.requireNonNull(mediaType);
      Objects.requireNonNull(content);
    }
  }
}
