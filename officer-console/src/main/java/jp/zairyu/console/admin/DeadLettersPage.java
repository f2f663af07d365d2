package jp.zairyu.console.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.zairyu.application.DeadLetterQueues.DeadLetter;
import jp.zairyu.application.DeadLetterService;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.web.messages.Messages;

/**
 * 未配信メッセージ: what the broker gave up on, per queue of origin, with why, and a one-click resend to
 * that queue.
 */
@Named
@ViewScoped
public class DeadLettersPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private DeadLetterService deadLetters;

  private List<Row> rows = List.of();

  public void load() {
    rows = deadLetters.list().stream().map(Row::of).toList();
  }

  /**
   * Resends one message. The list stays as it was loaded (rows keep their places, so a second click
   * on the same row can never hit another message); the resent row is marked. Reloading the page
   * shows the queues as they are now.
   */
  public void resend(String queue, String messageId) {
    try {
      deadLetters.resend(queue, messageId);
      Messages.info(
          "メッセージを " + queue + " に再送しました。", "The message has been resent to " + queue + ".");
      rows =
          rows.stream().map(r -> r.messageId().equals(messageId) ? r.markedResent() : r).toList();
    } catch (RuleViolation violation) {
      Messages.error(violation);
    }
  }

  public List<Row> getRows() {
    return rows;
  }

  /** One dead letter, formatted for the table. */
  public record Row(
      String queue,
      String messageId,
      String body,
      String sentAt,
      String firstFailedAt,
      int deliveries,
      String reason,
      boolean resent)
      implements Serializable {

    Row markedResent() {
      return new Row(queue, messageId, body, sentAt, firstFailedAt, deliveries, reason, true);
    }

    static Row of(DeadLetter letter) {
      return new Row(
          letter.queue(),
          letter.messageId(),
          letter.body(),
          MaintenancePage.TIME.format(letter.sentAt()),
          letter.firstFailedAt().map(MaintenancePage.TIME::format).orElse("-"),
          letter.deliveries(),
          letter.reason().orElse("-"),
          false);
    }
  }
}
