package jp.zairyu.it.chaos;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import jp.zairyu.it.support.TestPorts;

/**
 * PostgreSQL's cumulative counters of the test database ({@code pg_stat_database}, {@code
 * pg_stat_all_tables}, catalogs included) at one moment; the difference of two, divided by the
 * submissions between them, is what the database did per submission (bench/README.md, "Messaging").
 * The counters are reported by each backend with a delay of up to a second, and include this
 * class's own reads.
 */
record PgCounters(Map<String, Long> database, Map<String, Map<String, Long>> tables) {

  private static final String URL =
      "jdbc:postgresql://" + TestPorts.HOST + ":" + TestPorts.POSTGRES + "/zairyu";

  private static final String[] DATABASE = {
    "xact_commit",
    "xact_rollback",
    "tup_returned",
    "tup_fetched",
    "tup_inserted",
    "tup_updated",
    "tup_deleted",
    "blks_hit",
    "blks_read"
  };

  private static final String[] TABLE = {
    "seq_scan",
    "seq_tup_read",
    "idx_scan",
    "idx_tup_read",
    "idx_tup_fetch",
    "n_tup_ins",
    "n_tup_upd",
    "n_tup_hot_upd",
    "n_tup_del"
  };

  static PgCounters now() throws SQLException {
    try (Connection c = DriverManager.getConnection(URL, "zairyu", "zairyu");
        Statement s = c.createStatement()) {
      Map<String, Long> database = new LinkedHashMap<>();
      try (ResultSet rs =
          s.executeQuery(
              "select "
                  + String.join(", ", DATABASE)
                  + " from pg_stat_database"
                  + " where datname = current_database()")) {
        rs.next();
        for (String column : DATABASE) {
          database.put(column, rs.getLong(column));
        }
      }
      Map<String, Map<String, Long>> tables = new TreeMap<>();
      try (ResultSet rs =
          s.executeQuery(
              "select t.relname, coalesce(t.seq_scan, 0), coalesce(t.seq_tup_read, 0),"
                  + " coalesce(t.idx_scan, 0), (select coalesce(sum(i.idx_tup_read), 0)"
                  + " from pg_stat_all_indexes i where i.relid = t.relid),"
                  + " coalesce(t.idx_tup_fetch, 0), t.n_tup_ins, t.n_tup_upd, t.n_tup_hot_upd,"
                  + " t.n_tup_del from pg_stat_all_tables t"
                  + " where t.schemaname not in ('information_schema', 'pg_toast')")) {
        while (rs.next()) {
          Map<String, Long> row = new LinkedHashMap<>();
          for (int i = 0; i < TABLE.length; i++) {
            row.put(TABLE[i], rs.getLong(i + 2));
          }
          tables.put(rs.getString(1), row);
        }
      }
      return new PgCounters(database, tables);
    }
  }

  /** Per submission from {@code before} to this, every counter that moved. */
  String perSubmissionSince(PgCounters before, int submissions) {
    StringBuilder out = new StringBuilder("per submission:");
    database.forEach(
        (k, v) ->
            out.append(
                String.format(" %s %.2f", k, (v - before.database.get(k)) / (double) submissions)));
    tables.forEach(
        (table, row) -> {
          Map<String, Long> was = before.tables.getOrDefault(table, Map.of());
          StringBuilder line = new StringBuilder();
          row.forEach(
              (k, v) -> {
                long d = v - was.getOrDefault(k, 0L);
                if (d != 0) {
                  line.append(String.format(" %s %.2f", k, d / (double) submissions));
                }
              });
          if (line.length() > 0) {
            out.append("\n  ").append(table).append(':').append(line);
          }
        });
    return out.toString();
  }
}
