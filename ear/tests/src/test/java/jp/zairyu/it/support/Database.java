package jp.zairyu.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Plain JDBC to the test stack's PostgreSQL, for browser tests that must prepare reference data an
 * operator would have imported (the agent registry) or look at what was stored.
 */
public final class Database {

  private static final String URL =
      "jdbc:postgresql://" + TestPorts.HOST + ":" + TestPorts.POSTGRES + "/zairyu";

  private Database() {}

  public static int update(String sql, Object... params) {
    try (Connection c = DriverManager.getConnection(URL, "zairyu", "zairyu");
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  public static String string(String sql, Object... params) {
    try (Connection c = DriverManager.getConnection(URL, "zairyu", "zairyu");
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /**
   * What the database is doing right now: sessions that are not idle, locks that wait, and prepared
   * transactions, for a test that saw a request hang.
   */
  public static String activity() {
    StringBuilder out = new StringBuilder();
    try (Connection c = DriverManager.getConnection(URL, "zairyu", "zairyu")) {
      rows(
          c,
          out,
          "select pid, state, wait_event_type, wait_event, now() - xact_start, left(query, 160)"
              + " from pg_stat_activity where datname = current_database() and pid <>"
              + " pg_backend_pid() and state <> 'idle'");
      rows(
          c,
          out,
          "select pid, locktype, relation::regclass, transactionid, mode from pg_locks"
              + " where not granted");
      rows(c, out, "select gid, prepared from pg_prepared_xacts");
      out.append("\n").append(serverThreads());
    } catch (SQLException e) {
      out.append(e);
    }
    return out.toString();
  }

  /** Saves a thread dump of the application server next to the test reports; says where. */
  private static String serverThreads() {
    try {
      var server =
          ProcessHandle.allProcesses()
              .filter(
                  p ->
                      p.info()
                          .commandLine()
                          .map(l -> l.contains("com.sun.enterprise.glassfish"))
                          .orElse(false))
              .findFirst();
      if (server.isEmpty()) {
        return "no application server process found";
      }
      java.nio.file.Path file =
          java.nio.file.Path.of("target", "server-threads-" + System.currentTimeMillis() + ".txt");
      new ProcessBuilder("jcmd", String.valueOf(server.get().pid()), "Thread.print")
          .redirectOutput(file.toFile())
          .redirectErrorStream(true)
          .start()
          .waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
      return "server threads in " + file.toAbsolutePath();
    } catch (Exception e) {
      return "no thread dump: " + e;
    }
  }

  private static void rows(Connection c, StringBuilder out, String sql) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      int columns = rs.getMetaData().getColumnCount();
      out.append("\n[").append(sql, 0, Math.min(40, sql.length())).append("…]");
      while (rs.next()) {
        out.append("\n  ");
        for (int i = 1; i <= columns; i++) {
          out.append(rs.getString(i)).append(" | ");
        }
      }
    }
  }

  /** A twelve-digit agent certificate number no other test uses. */
  public static String uniqueCertificateNumber() {
    long n = Math.floorMod(System.nanoTime(), 1_000_000_000_000L);
    return String.format("%012d", n);
  }

  /**
   * Adds an entry to the agent registry, as the ops import would, with the agent's mail address of
   * record (a registration giving another address goes to review).
   */
  public static void registerAgent(
      String certificate, String name, java.time.LocalDate expiry, String email) {
    update(
        "insert into agent_registry (certificate_number, full_name, expiry_date, unit_association,"
            + " email) values (?, ?, ?, '東京都行政書士会', ?)",
        certificate,
        name,
        expiry,
        email);
  }

  /**
   * The whole agent registry as lines of the import's CSV (without the header): an import is the
   * whole registry, so a test that imports starts from these and adds or leaves out its own.
   */
  public static java.util.List<String> registryLines() {
    String sql =
        "select certificate_number, full_name, expiry_date, coalesce(unit_association, ''),"
            + " coalesce(email, '') from agent_registry order by certificate_number";
    java.util.List<String> lines = new java.util.ArrayList<>();
    try (Connection c = DriverManager.getConnection(URL, "zairyu", "zairyu");
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        lines.add(
            String.join(
                ",",
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5)));
      }
      return lines;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
