package jp.zairyu.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import jp.zairyu.devstack.StackSettings;

/**
 * Accounts of a test's own, for states that the shared demo accounts cannot promise (such as a
 * practitioner who has no application yet). Written to the test stack's database the way the demo
 * accounts are, from the test JVM; the registration itself is tested through the portal.
 */
public final class Accounts {

  private Accounts() {}

  /**
   * Registers a new lawyer in the portal whose password is {@link Fixtures#DEMO_PASSWORD} (it takes
   * over the demo lawyer's password hash) and returns the 認証ID.
   */
  public static String newLawyer() {
    String authId = "T" + Long.toString(System.nanoTime(), 36).toUpperCase();
    String sql =
        """
        insert into practitioner (auth_id, password_hash, user_kind, full_name, email)
        select ?, password_hash, user_kind, ?, ?
          from practitioner where auth_id = ?
        """;
    try (Connection db =
            DriverManager.getConnection(
                TestStack.running().jdbcUrl(),
                StackSettings.DATABASE_USER,
                StackSettings.DATABASE_PASSWORD);
        PreparedStatement insert = db.prepareStatement(sql)) {
      insert.setString(1, authId);
      insert.setString(2, "試験 " + authId);
      insert.setString(3, authId.toLowerCase() + "@example.jp");
      insert.setString(4, Fixtures.LAWYER_AUTH_ID);
      if (insert.executeUpdate() != 1) {
        throw new IllegalStateException(
            "The demo lawyer " + Fixtures.LAWYER_AUTH_ID + " is missing");
      }
      return authId;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot register a practitioner for the test", e);
    }
  }

  /** The mail address of an account made by {@link #newLawyer()}. */
  public static String email(String authId) {
    return authId.toLowerCase() + "@example.jp";
  }
}
