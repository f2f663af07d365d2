package jp.zairyu.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import jp.zairyu.devstack.StackSettings;

/** Maintenance windows written straight into the test stack's database (any period, even past). */
public final class MaintenanceWindows {

  private MaintenanceWindows() {}

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://"
            + TestPorts.HOST
            + ":"
            + TestPorts.POSTGRES
            + "/"
            + StackSettings.DATABASE_NAME,
        StackSettings.DATABASE_USER,
        StackSettings.DATABASE_PASSWORD);
  }

  public static void add(Instant start, Instant end, String messageJa, String messageEn)
      throws SQLException {
    try (Connection db = connect();
        PreparedStatement insert =
            db.prepareStatement(
                "insert into maintenance_window (starts_at, ends_at, message_ja, message_en,"
                    + " scheduled_by) values (?, ?, ?, ?,"
                    + " (select id from officer where login_id = ?))")) {
      insert.setTimestamp(1, Timestamp.from(start));
      insert.setTimestamp(2, Timestamp.from(end));
      insert.setString(3, messageJa);
      insert.setString(4, messageEn);
      insert.setString(5, Fixtures.TOKYO_ADMIN);
      insert.executeUpdate();
    }
  }

  public static void removeAll() throws SQLException {
    try (Connection db = connect();
        PreparedStatement delete = db.prepareStatement("delete from maintenance_window")) {
      delete.executeUpdate();
    }
  }
}
