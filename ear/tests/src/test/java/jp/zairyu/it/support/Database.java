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

  /** A twelve-digit agent certificate number no other test uses. */
  public static String uniqueCertificateNumber() {
    long n = Math.floorMod(System.nanoTime(), 1_000_000_000_000L);
    return String.format("%012d", n);
  }

  /** Adds an entry to the agent registry, as the ops import would. */
  public static void registerAgent(String certificate, String name, java.time.LocalDate expiry) {
    update(
        "insert into agent_registry (certificate_number, full_name, expiry_date, unit_association)"
            + " values (?, ?, ?, '東京都行政書士会')",
        certificate,
        name,
        expiry);
  }
}
