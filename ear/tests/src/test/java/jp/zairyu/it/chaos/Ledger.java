package jp.zairyu.it.chaos;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import jp.zairyu.it.load.LoadClient.Receipt;
import jp.zairyu.it.support.TestPorts;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Counts, after the fact, what happened to the submissions a client holds receipts for: rows in the
 * database, routing, receipt-mail records and mails the mail server received, receipt numbers
 * issued twice, transactions left in doubt, outbox rows never relayed.
 */
public final class Ledger {

  private static final String URL =
      "jdbc:postgresql://" + TestPorts.HOST + ":" + TestPorts.POSTGRES + "/zairyu";

  /** The counts; {@link #problems()} is zero when nothing was lost or duplicated. */
  public record Counts(
      int receipts,
      int missing,
      int duplicatedRows,
      int unrouted,
      int withoutMailRecord,
      int mailedNever,
      int mailedMoreThanOnce,
      int receiptNumbersIssuedTwice,
      int preparedTransactionsLeft,
      int outboxRowsLeft) {

    /**
     * Losses and duplicates. A receipt mail the mail server received more than once with the same
     * Message-ID is counted and printed but not a problem here: it is the one window no SMTP client
     * can close (the server accepted the mail, then the consumer's transaction could not commit
     * because something was killed, so the message was redelivered); the stable Message-ID lets the
     * recipient's mail system recognise it as the same mail.
     */
    public int problems() {
      return missing
          + duplicatedRows
          + unrouted
          + withoutMailRecord
          + mailedNever
          + receiptNumbersIssuedTwice
          + preparedTransactionsLeft
          + outboxRowsLeft;
    }

    @Override
    public String toString() {
      return String.format(
          "receipts held by the client %d | rows missing %d, duplicated %d | not routed %d |"
              + " receipt mail: unrecorded %d, never received %d, received again with the same"
              + " Message-ID %d |"
              + " receipt numbers issued twice %d | prepared transactions left %d | outbox rows"
              + " never relayed %d",
          receipts,
          missing,
          duplicatedRows,
          unrouted,
          withoutMailRecord,
          mailedNever,
          mailedMoreThanOnce,
          receiptNumbersIssuedTwice,
          preparedTransactionsLeft,
          outboxRowsLeft);
    }
  }

  static Counts count(Collection<Receipt> receipts, GreenMail mailServer) throws SQLException {
    Map<String, Integer> mails = new HashMap<>();
    for (MimeMessage message : mailServer.getReceivedMessages()) {
      try {
        mails.merge(message.getMessageID(), 1, Integer::sum);
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    int missing = 0;
    int duplicated = 0;
    int unrouted = 0;
    int unrecorded = 0;
    int never = 0;
    int twice = 0;
    try (Connection c = DriverManager.getConnection(URL, "zairyu", "zairyu");
        PreparedStatement rows =
            c.prepareStatement(
                "select count(*), count(a.bureau_code), max(a.id)"
                    + " from application a where a.receipt_number = ?");
        PreparedStatement recorded =
            c.prepareStatement(
                "select count(*) from notification where application_id = ? and kind = 'RECEIVED'")) {
      for (Receipt receipt : receipts) {
        rows.setString(1, receipt.receiptNumber());
        try (ResultSet rs = rows.executeQuery()) {
          rs.next();
          int found = rs.getInt(1);
          if (found == 0) {
            missing++;
            continue;
          }
          if (found > 1 || rs.getLong(3) != receipt.applicationId()) {
            duplicated++;
          }
          if (rs.getInt(2) != found) {
            unrouted++;
          }
        }
        recorded.setLong(1, receipt.applicationId());
        try (ResultSet rs = recorded.executeQuery()) {
          rs.next();
          if (rs.getInt(1) != 1) {
            unrecorded++;
          }
        }
        int received =
            mails.getOrDefault(
                "<application-" + receipt.applicationId() + "-received@zairyu.example.jp>", 0);
        if (received == 0) {
          never++;
        } else if (received > 1) {
          twice++;
        }
      }
      int issuedTwice =
          single(
              c,
              "select count(*) from (select receipt_number from application"
                  + " where receipt_number is not null group by receipt_number"
                  + " having count(*) > 1) d");
      int prepared = single(c, "select count(*) from pg_prepared_xacts");
      int outbox = outboxRows(c, receipts);
      return new Counts(
          receipts.size(),
          missing,
          duplicated,
          unrouted,
          unrecorded,
          never,
          twice,
          issuedTwice,
          prepared,
          outbox);
    }
  }

  /**
   * The counts once every submission has settled ({@link #awaitSettled}, for at most {@code
   * atMost}) and no late duplicate has shown ({@link #awaitNoLateDuplicate}): what every fault test
   * asserts on.
   */
  public static Counts settle(Collection<Receipt> receipts, GreenMail mailServer, Duration atMost)
      throws SQLException {
    awaitSettled(receipts, mailServer, atMost, Duration.ofSeconds(1));
    return awaitNoLateDuplicate(receipts, mailServer);
  }

  /**
   * Waits until every submission has settled ({@link #unsettled} is 0), polling every {@code poll},
   * for at most {@code atMost}: what has not settled by then shows in the counts taken next.
   */
  public static void awaitSettled(
      Collection<Receipt> receipts, GreenMail mailServer, Duration atMost, Duration poll) {
    try {
      Awaitility.await()
          .atMost(atMost)
          .pollDelay(Duration.ZERO)
          .pollInterval(poll)
          .until(() -> unsettled(receipts, mailServer) == 0);
    } catch (ConditionTimeoutException unsettled) {
      // the counts say what is missing
    }
  }

  /**
   * The counts once they have shown no problem for 3 seconds, long enough for a late duplicate to
   * show; after at most 10 seconds, the counts with the problem.
   */
  public static Counts awaitNoLateDuplicate(Collection<Receipt> receipts, GreenMail mailServer)
      throws SQLException {
    try {
      return Awaitility.await()
          .during(Duration.ofSeconds(3))
          .atMost(Duration.ofSeconds(10))
          .pollInterval(Duration.ofSeconds(1))
          .until(() -> count(receipts, mailServer), counts -> counts.problems() == 0);
    } catch (ConditionTimeoutException problem) {
      return count(receipts, mailServer);
    }
  }

  /**
   * How many of these submissions are not yet routed, relayed or mailed (both receipt mails), plus
   * the transactions still prepared (a cheap look, for waiting until everything has settled).
   */
  static int unsettled(Collection<Receipt> receipts, GreenMail mailServer) throws SQLException {
    int unmailed = 0;
    var mailed = new java.util.HashSet<String>();
    for (MimeMessage message : mailServer.getReceivedMessages()) {
      try {
        mailed.add(message.getMessageID());
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    for (Receipt receipt : receipts) {
      if (!mailed.contains(
          "<application-" + receipt.applicationId() + "-received@zairyu.example.jp>")) {
        unmailed++;
      }
    }
    // the foreign national's receipt mail as well, so that no test class ends (and the next one
    // is deployed) while the consumers are still busy with this one's mails
    int unrecorded = 2 * receipts.size() - receiptMailsRecorded(receipts);
    try (Connection c = DriverManager.getConnection(URL, "zairyu", "zairyu")) {
      return unmailed
          + unrecorded
          + unrouted(receipts)
          + preparedTransactions()
          + outboxRows(c, receipts);
    }
  }

  /** Rows of these submissions still waiting in the outbox (not yet relayed to their queue). */
  private static int outboxRows(Connection c, Collection<Receipt> receipts) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("select count(*) from outbox where application_id = any(?)")) {
      s.setArray(
          1, c.createArrayOf("bigint", receipts.stream().map(Receipt::applicationId).toArray()));
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  /** Transactions prepared in PostgreSQL and not yet resolved (in doubt or being completed). */
  static int preparedTransactions() throws SQLException {
    try (Connection c = DriverManager.getConnection(URL, "zairyu", "zairyu")) {
      return single(c, "select count(*) from pg_prepared_xacts");
    }
  }

  /** Receipt mails (to the practitioner and to the foreign national) recorded as sent. */
  static int receiptMailsRecorded(Collection<Receipt> receipts) throws SQLException {
    try (Connection c = DriverManager.getConnection(URL, "zairyu", "zairyu");
        PreparedStatement s =
            c.prepareStatement(
                "select count(*) from notification where application_id = any(?)"
                    + " and kind in ('RECEIVED', 'APPLICANT_RECEIVED')")) {
      s.setArray(
          1, c.createArrayOf("bigint", receipts.stream().map(Receipt::applicationId).toArray()));
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  /** How many of these submissions are not routed (missing ones count as not routed). */
  static int unrouted(Collection<Receipt> receipts) throws SQLException {
    try (Connection c = DriverManager.getConnection(URL, "zairyu", "zairyu");
        PreparedStatement s =
            c.prepareStatement(
                "select count(*) from application where id = any(?) and bureau_code is not null")) {
      s.setArray(
          1, c.createArrayOf("bigint", receipts.stream().map(Receipt::applicationId).toArray()));
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return receipts.size() - rs.getInt(1);
      }
    }
  }

  private static int single(Connection c, String sql) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private Ledger() {}
}
