package jp.zairyu.console.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.zairyu.console.Messages;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.infrastructure.messaging.DeadLetters;

/**
 * 未配信メッセージ: what the broker gave up on, per queue of origin, with why, and a one-click resend to
 * that queue.
 */
@Named
@ViewScoped
public class DeadLettersPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private DeadLetters deadLetters;

  private List<Row> rows = List.of();

  public void load() {
    rows = deadLetters.list().stream().map(Row::of).toList();
  }

  public void resend(String queue, String messageId) {
    try {
      deadLetters.resend(queue, messageId);
      Messages.info(
          "メッセージを " + queue + " に再送しました。", "The message has been resent to " + queue + ".");
    } catch (RuleViolation violation) {
      Messages.error(violation);
    }
    load();
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
      String reason)
      implements Serializable {

    static Row of(DeadLetters.DeadLetter letter) {
      return new Row(
          letter.queue(),
          letter.messageId(),
          letter.body(),
          MaintenancePage.TIME.format(letter.sentAt()),
          letter.firstFailedAt().map(MaintenancePage.TIME::format).orElse("-"),
          letter.deliveries(),
          letter.reason().orElse("-"));
    }
  }
}
