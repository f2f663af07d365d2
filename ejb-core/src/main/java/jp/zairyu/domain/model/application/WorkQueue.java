package jp.zairyu.domain.model.application;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One page of a bureau's work queue in the console: which queue, optional filters, the order, and
 * where the previous page ended. Pages are keyset pages (the next starts after the last row shown),
 * so a page costs the same at the millionth case as at the first.
 *
 * @param bureauCode the officer's home bureau
 * @param queue which queue
 * @param examinerId for {@link Queue#MINE}: the examiner; ignored otherwise
 * @param procedure a procedure code, or null
 * @param status a status of residence code (the one applied for, else the current one), or null
 * @param receiptPrefix the beginning of a receipt number, or null
 * @param sort the order
 * @param after the last row of the previous page, or null for the first page
 * @param pageSize rows per page (1..100)
 */
public record WorkQueue(
    String bureauCode,
    Queue queue,
    Long examinerId,
    String procedure,
    String status,
    String receiptPrefix,
    Sort sort,
    Cursor after,
    int pageSize)
    implements java.io.Serializable {

  /**
   * What a filter that no code or receipt number can satisfy becomes: text PostgreSQL accepts (NUL,
   * used before, made it refuse the query and the page answer 500) that no code, no receipt number
   * and no prefix of one contains.
   */
  public static final String MATCHES_NOTHING = "#";

  private static final Pattern RECEIPT_PREFIX = Pattern.compile("[A-Z0-9-]{1,32}");
  private static final Pattern CODE = Pattern.compile("[A-Z_]{1,32}");

  /** The queues of a bureau, each one state of its cases. */
  public enum Queue {
    /** New submissions nobody examines yet (申請完了). */
    INTAKE(ApplicationState.SUBMITTED),
    /** The cases the officer examines (審査中). */
    MINE(ApplicationState.UNDER_REVIEW),
    /** Every case under examination in the bureau (審査中). */
    EXAMINATION(ApplicationState.UNDER_REVIEW),
    /** Waiting for additional documents (追完待ち). */
    DOCUMENTS(ApplicationState.AWAITING_DOCUMENTS),
    /** Approved, waiting for card, fee slip and envelope (発行待ち). */
    ISSUANCE(ApplicationState.APPROVED_AWAITING_ISSUANCE);

    private final ApplicationState state;

    Queue(ApplicationState state) {
      this.state = state;
    }

    public ApplicationState state() {
      return state;
    }
  }

  /** The orders a queue can be read in; each is backed by an index. */
  public enum Sort {
    /** Waiting longest first (submission time, oldest first). */
    WAITING_LONGEST,
    /** Newest submissions first. */
    NEWEST,
    /** By receipt number. */
    RECEIPT
  }

  /** Where a page ended: the sort key of its last row and its id (ties). */
  public record Cursor(Instant submittedAt, String receiptNumber, long id)
      implements java.io.Serializable {}

  public WorkQueue {
    Objects.requireNonNull(bureauCode);
    queue = queue == null ? Queue.INTAKE : queue;
    sort = sort == null ? Sort.WAITING_LONGEST : sort;
    pageSize = Math.min(100, Math.max(1, pageSize));
    procedure = code(procedure);
    status = code(status);
    receiptPrefix = receiptPrefix == null ? null : receiptPrefix.strip().toUpperCase(Locale.ROOT);
    if (receiptPrefix != null && !RECEIPT_PREFIX.matcher(receiptPrefix).matches()) {
      receiptPrefix = receiptPrefix.isEmpty() ? null : MATCHES_NOTHING;
    }
    if (queue == Queue.MINE && examinerId == null) {
      throw new IllegalArgumentException("The examiner's own queue needs the examiner");
    }
  }

  private static String code(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String c = s.strip().toUpperCase(Locale.ROOT);
    return CODE.matcher(c).matches() ? c : MATCHES_NOTHING;
  }

  /** The same query, for the page after the row given. */
  public WorkQueue after(Application last) {
    return new WorkQueue(
        bureauCode,
        queue,
        examinerId,
        procedure,
        status,
        receiptPrefix,
        sort,
        new Cursor(
            last.submittedAt().orElseThrow(),
            last.receiptNumber().map(Object::toString).orElseThrow(),
            last.id()),
        pageSize);
  }
}
