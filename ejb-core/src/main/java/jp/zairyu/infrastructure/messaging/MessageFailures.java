package jp.zairyu.infrastructure.messaging;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers why a message failed, in a transaction of its own: the consumer's transaction rolls
 * back (so the broker redelivers), this record stays. The dead-letter page shows when a message
 * first failed and the last reason.
 */
@Stateless
@PermitAll
public class MessageFailures {

  static final int REASON_LENGTH = 2000;

  @PersistenceContext(unitName = "zairyu")
  private EntityManager em;

  /** What is known about the failures of one message. */
  public record Failure(
      String messageId, String queue, Instant firstFailedAt, int failures, String lastReason) {}

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(String messageId, String queue, Throwable failure, Instant at) {
    String reason = reason(failure);
    em.createNativeQuery(
            "insert into message_failure"
                + " (message_id, queue, first_failed_at, last_failed_at, failures, last_reason)"
                + " values (?, ?, ?, ?, 1, ?) on conflict (message_id) do update set"
                + " last_failed_at = excluded.last_failed_at,"
                + " failures = message_failure.failures + 1,"
                + " last_reason = excluded.last_reason")
        .setParameter(1, messageId)
        .setParameter(2, queue)
        .setParameter(3, Timestamp.from(at))
        .setParameter(4, Timestamp.from(at))
        .setParameter(5, reason)
        .executeUpdate();
  }

  /** The recorded failures of these messages, by message id. */
  public Map<String, Failure> of(Collection<String> messageIds) {
    Map<String, Failure> found = new HashMap<>();
    if (messageIds.isEmpty()) {
      return found;
    }
    List<String> ids = List.copyOf(messageIds);
    String placeholders = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
    var query =
        em.createNativeQuery(
            "select message_id, queue, first_failed_at, failures, last_reason"
                + " from message_failure where message_id in ("
                + placeholders
                + ")");
    for (int i = 0; i < ids.size(); i++) {
      query.setParameter(i + 1, ids.get(i));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    for (Object[] row : rows) {
      found.put(
          (String) row[0],
          new Failure(
              (String) row[0],
              (String) row[1],
              ((Timestamp) row[2]).toInstant(),
              ((Number) row[3]).intValue(),
              (String) row[4]));
    }
    return found;
  }

  /** The innermost cause, as {@code Type: message}, cut to fit the column. */
  static String reason(Throwable failure) {
    Throwable root = failure;
    StringBuilder chain = new StringBuilder();
    while (root != null) {
      if (chain.length() > 0) {
        chain.append(" ← ");
      }
      chain.append(root.getClass().getSimpleName());
      if (root.getMessage() != null) {
        chain.append(": ").append(root.getMessage());
      }
      if (root.getCause() == root) {
        break;
      }
      root = root.getCause();
    }
    String text = chain.toString();
    return text.length() <= REASON_LENGTH ? text : text.substring(0, REASON_LENGTH - 1) + "…";
  }
}
