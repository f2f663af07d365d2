package jp.zairyu.it.support;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import jp.zairyu.devstack.StackSettings;

/**
 * The test run's password hashing: the client-side tests' EAR hashes with {@value #ITERATIONS}
 * PBKDF2 iterations ({@link Deployments#TEST_RUN}) and the demo accounts' hashes are made again
 * with as many when the stack has started, so a login costs well under a millisecond instead of
 * about 150 ms. Production keeps 600,000 ({@code zairyu.security.password-iterations} in ejb-core);
 * {@code AccountSecurityIT} proves it in the server, {@code PasswordHashesTest} in the
 * configuration.
 */
public final class TestRunPasswords {

  /** The MicroProfile Config key of ejb-core's PasswordHashes. */
  public static final String ITERATIONS_KEY = "zairyu.security.password-iterations";

  /** The fewest iterations Jakarta Security's Pbkdf2PasswordHash (Soteria) accepts. */
  public static final int ITERATIONS = 1024;

  private TestRunPasswords() {}

  /**
   * Hashes every demo account whose password is {@link Fixtures#DEMO_PASSWORD} again with {@link
   * #ITERATIONS} (the same password: the accounts behave as before).
   */
  static void rehashDemoAccounts(String jdbcUrl) {
    try (Connection db =
        DriverManager.getConnection(
            jdbcUrl, StackSettings.DATABASE_USER, StackSettings.DATABASE_PASSWORD)) {
      // the demo data gives several accounts the same hash: each is checked once
      Map<String, Boolean> demoPassword = new HashMap<>();
      for (String table : List.of("practitioner", "officer")) {
        String key = table.equals("officer") ? "login_id" : "auth_id";
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement query =
                db.prepareStatement("select " + key + ", password_hash from " + table);
            ResultSet row = query.executeQuery()) {
          while (row.next()) {
            rows.add(new String[] {row.getString(1), row.getString(2)});
          }
        }
        try (PreparedStatement update =
            db.prepareStatement(
                "update " + table + " set password_hash = ? where " + key + " = ?")) {
          for (String[] account : rows) {
            if (account[1] != null
                && demoPassword.computeIfAbsent(
                    account[1], hash -> matches(Fixtures.DEMO_PASSWORD, hash))) {
              update.setString(1, hash(Fixtures.DEMO_PASSWORD, ITERATIONS));
              update.setString(2, account[0]);
              update.executeUpdate();
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot hash the demo accounts for the test run", e);
    }
  }

  /** A hash as Pbkdf2PasswordHash writes it: algorithm:iterations:salt:key (Base64). */
  static String hash(String password, int iterations) {
    byte[] salt = new byte[32];
    new SecureRandom().nextBytes(salt);
    Base64.Encoder b64 = Base64.getEncoder();
    return "PBKDF2WithHmacSHA256:"
        + iterations
        + ":"
        + b64.encodeToString(salt)
        + ":"
        + b64.encodeToString(key(password, salt, iterations, 32));
  }

  private static boolean matches(String password, String stored) {
    String[] parts = stored.split(":");
    if (parts.length != 4 || !parts[0].equals("PBKDF2WithHmacSHA256")) {
      return false;
    }
    Base64.Decoder b64 = Base64.getDecoder();
    byte[] salt = b64.decode(parts[2]);
    byte[] expected = b64.decode(parts[3]);
    byte[] actual = key(password, salt, Integer.parseInt(parts[1]), expected.length);
    return java.security.MessageDigest.isEqual(expected, actual);
  }

  private static byte[] key(String password, byte[] salt, int iterations, int bytes) {
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
          .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, bytes * 8))
          .getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
