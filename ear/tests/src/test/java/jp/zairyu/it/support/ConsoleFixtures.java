package jp.zairyu.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import jp.zairyu.devstack.StackSettings;
import jp.zairyu.domain.model.account.RegistryMismatch;

/**
 * Data for the officer console's account pages (registration review, officer administration),
 * written into the test stack's database from the test JVM. A registration in review is stored as
 * {@code RegistrationService.register} stores a lawyer whose name the agent registry does not
 * confirm (the portal's registration pages are not the subject of these tests).
 */
public final class ConsoleFixtures {

  /** The demo supervisor and administrator of the Tokyo bureau (see db/demo). */
  public static final String TOKYO_SUPERVISOR = "tokyo.supervisor";

  public static final String ADMIN = "admin";

  private static final AtomicLong SEQUENCE = new AtomicLong();

  private ConsoleFixtures() {}

  /**
   * A new ADMIN of the Tokyo bureau (as the demo {@link #ADMIN}) with the demo password and an
   * authenticator of its own, whose codes {@link OfficerCodes} gives: a test logs in ADMINs of its
   * own, so no login waits for a time step that another login of the same ADMIN used.
   */
  public static String newAdmin() {
    String login = "it.admin." + uniqueToken();
    String secret = OfficerCodes.newSecret(login);
    Database.update(
        "insert into officer (login_id, password_hash, full_name, bureau_code, role,"
            + " totp_secret, totp_enabled_at)"
            + " select ?, password_hash, 'システム 管理者', 'TOKYO', 'ADMIN', ?, now() from officer"
            + " where login_id = ?",
        login,
        secret,
        Fixtures.TOKYO_EXAMINER);
    return login;
  }

  /** A registration waiting for an officer's review, as the list and the mails show it. */
  public record ReviewCase(
      long id, String fullName, String kana, String email, String certificateNumber) {}

  /** Twelve digits no other test uses (the registry's and registrations' certificate numbers). */
  public static String uniqueCertificateNumber() {
    long n = (System.currentTimeMillis() * 100 + SEQUENCE.incrementAndGet() % 100) % 1_000_000_000L;
    return String.format(Locale.ROOT, "9%011d", n);
  }

  /** A lower-case token no other test uses, for login IDs and mail addresses. */
  public static String uniqueToken() {
    return Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT)
        + SEQUENCE.incrementAndGet();
  }

  /**
   * A lawyer's registration whose name differs from the agent registry's entry for the number: in
   * review, reason {@link RegistryMismatch#NAME}.
   */
  public static ReviewCase lawyerWithMismatchingName(String fullName) {
    String token = uniqueToken();
    String email = "review-" + token + "@example.jp";
    String certificate = uniqueCertificateNumber();
    String sql =
        """
        insert into registration (state, user_kind, full_name, full_name_kana, email, phone,
                                  postal_code, address, certificate_number, certificate_expiry,
                                  unit_association, terms_accepted_at, review_reason_ja,
                                  review_reason_en, created_at)
        values ('IN_REVIEW', 'LAWYER_SCRIVENER', ?, 'シンサ タロウ', ?, '0312345678', '100-0013',
                '東京都千代田区霞が関1-1-1 審査法律事務所', ?, ?, '第一東京弁護士会', ?, ?, ?, ?)
        returning id
        """;
    try (Connection db = connect();
        PreparedStatement insert = db.prepareStatement(sql)) {
      Timestamp now = Timestamp.from(Instant.now());
      insert.setString(1, fullName);
      insert.setString(2, email);
      insert.setString(3, certificate);
      insert.setObject(4, LocalDate.now().plusYears(2));
      insert.setTimestamp(5, now);
      insert.setString(6, RegistryMismatch.NAME.ja());
      insert.setString(7, RegistryMismatch.NAME.en());
      insert.setTimestamp(8, now);
      try (ResultSet key = insert.executeQuery()) {
        key.next();
        return new ReviewCase(key.getLong(1), fullName, "シンサ タロウ", email, certificate);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot store a registration for the test", e);
    }
  }

  /** The state of a registration as stored. */
  public static String registrationState(long id) {
    try (Connection db = connect();
        PreparedStatement query =
            db.prepareStatement("select state from registration where id = ?")) {
      query.setLong(1, id);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? row.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        TestStack.running().jdbcUrl(),
        StackSettings.DATABASE_USER,
        StackSettings.DATABASE_PASSWORD);
  }
}
