package jp.zairyu.it.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.zairyu.infrastructure.messaging.OutboxBatch;
import jp.zairyu.it.support.TestPorts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every server of a cluster runs the outbox relay (issue 18), and that is safe: two relays at once
 * claim disjoint rows, neither waits for the other, and a row whose relay transaction rolled back
 * is claimed again. The relay's own claim statement ({@link OutboxBatch#CLAIM}) runs on two
 * connections of the test stack's PostgreSQL, in a schema of this test (so the server's relay does
 * not take the rows): two relays, each in its own transaction, open at the same time.
 */
class OutboxRelayConcurrencyIT {

  private static final String URL =
      "jdbc:postgresql://" + TestPorts.HOST + ":" + TestPorts.POSTGRES + "/zairyu";
  private static final String SCHEMA = "relay_race";
  private static final int ROWS = 500;

  @BeforeEach
  void rows() throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute("drop schema if exists " + SCHEMA + " cascade");
      s.execute("create schema " + SCHEMA);
      s.execute("create table " + SCHEMA + ".outbox (like public.outbox including all)");
      s.execute(
          "insert into "
              + SCHEMA
              + ".outbox (queue, application_id, body) select 'ApplicationSubmitted', n, '{}'"
              + " from generate_series(1, "
              + ROWS
              + ") n");
    }
  }

  @AfterEach
  void drop() throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute("drop schema if exists " + SCHEMA + " cascade");
    }
  }

  @Test
  void twoRelaysAtOnceClaimDisjointRowsWithoutWaitingAndNothingTwice() throws SQLException {
    try (Connection first = relay();
        Connection second = relay();
        Connection third = relay()) {
      List<Long> a = claim(first, 200); // first relay's transaction stays open, rows locked
      List<Long> b = claim(second, 200); // would fail on the statement timeout if it waited
      assertThat(a).hasSize(200);
      assertThat(b).hasSize(200).doesNotContainAnyElementsOf(a);
      first.commit();
      second.commit();

      List<Long> rest = new ArrayList<>();
      List<Long> batch;
      while (!(batch = claim(third, 200)).isEmpty()) {
        rest.addAll(batch);
        third.commit();
      }
      List<Long> all = new ArrayList<>(a);
      all.addAll(b);
      all.addAll(rest);
      assertThat(all).hasSize(ROWS).doesNotHaveDuplicates();
      assertThat(new HashSet<>(all)).isEqualTo(ids(1, ROWS));
    }
  }

  @Test
  void rowsOfARelayThatRolledBackAreClaimedAgain() throws SQLException {
    try (Connection first = relay();
        Connection second = relay()) {
      List<Long> a = claim(first, ROWS);
      assertThat(claim(second, ROWS)).isEmpty(); // all locked by the first: skipped, not waited for
      first.rollback(); // the broker or the database failed the batch

      assertThat(claim(second, ROWS)).containsExactlyInAnyOrderElementsOf(a);
      second.commit();
    }
  }

  /** The ids of the rows by the order they were inserted ({@code application_id} carries it). */
  private static Set<Long> ids(long from, long to) {
    Set<Long> ids = new HashSet<>();
    for (long n = from; n <= to; n++) {
      ids.add(n);
    }
    return ids;
  }

  /** Runs the relay's claim; answers the {@code application_id} of each row claimed. */
  private static List<Long> claim(Connection relay, int max) throws SQLException {
    List<Long> claimed = new ArrayList<>();
    try (PreparedStatement s = relay.prepareStatement(OutboxBatch.CLAIM)) {
      s.setInt(1, max);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          claimed.add(rs.getLong(3));
        }
      }
    }
    return claimed;
  }

  /** A relay's connection: in a transaction, on this test's table, never waiting long. */
  private static Connection relay() throws SQLException {
    Connection c = connect();
    try (Statement s = c.createStatement()) {
      s.execute("set search_path = " + SCHEMA);
      s.execute("set statement_timeout = 5000");
    }
    c.setAutoCommit(false);
    return c;
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(URL, "zairyu", "zairyu");
  }
}
