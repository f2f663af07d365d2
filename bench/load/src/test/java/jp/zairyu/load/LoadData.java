package jp.zairyu.load;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * The load's own accounts and cases, written into the run's PostgreSQL before the load starts
 * (bounded: at most {@link #MAX_PRACTITIONERS} practitioners and {@link #MAX_OFFICERS} officers).
 * Idempotent: a second run reuses the accounts and tops up each practitioner's drafts.
 *
 * <ul>
 *   <li>Practitioners {@code LOAD000001}…: lawyers (弁護士・行政書士) without an office, without a second
 *       factor, password {@value #PASSWORD} (the demo password);
 *   <li>examiners {@code load.examiner.001}… of the Tokyo bureau (no second factor: never ADMINs);
 *   <li>per practitioner {@code history} decided applications (許可, a month old; they fill the list
 *       and never enter a work queue) and {@code drafts} drafts of an extension for an applicant in
 *       東京都, every field of the form filled in and the face photo attached, so that one save, one
 *       PDF and the submit file it, as a practitioner finishing yesterday's drafts does.
 * </ul>
 *
 * <p>The password hash is made as the application's {@code PasswordHashes} makes it
 * (PBKDF2WithHmacSHA256, 600,000 iterations, 32-byte salt and key, {@code
 * algorithm:iterations:salt:key} in Base64), once per run: every load account shares it (one salt),
 * which is fine for accounts that exist only for the load; the login still does the full work. With
 * the current parameters the first login does not re-hash, so every login costs the same.
 */
public final class LoadData {

  public static final String PASSWORD = "Zairyu#2026demo";
  static final int MAX_PRACTITIONERS = 2_000;
  static final int MAX_OFFICERS = 500;
  static final int MAX_DRAFTS = 200;
  private static final int ITERATIONS = 600_000;

  private LoadData() {}

  public static String practitioner(int n) {
    return String.format(Locale.ROOT, "LOAD%06d", n);
  }

  public static String examiner(int n) {
    return String.format(Locale.ROOT, "load.examiner.%03d", n);
  }

  /** Writes what the load needs; returns a line saying what there is now. */
  public static String seed(
      String jdbcUrl, int practitioners, int officers, int drafts, int history) {
    if (practitioners > MAX_PRACTITIONERS || officers > MAX_OFFICERS || drafts > MAX_DRAFTS) {
      throw new IllegalArgumentException(
          "At most "
              + MAX_PRACTITIONERS
              + " practitioners, "
              + MAX_OFFICERS
              + " officers and "
              + MAX_DRAFTS
              + " drafts each");
    }
    try (Connection db = DriverManager.getConnection(jdbcUrl, "zairyu", "zairyu")) {
      db.setAutoCommit(false);
      String hash = hash(PASSWORD.toCharArray());
      byte[] photo = jpeg(450, 600);
      int draftsAdded = 0;
      int historyAdded = 0;
      for (int i = 1; i <= practitioners; i++) {
        long id = practitioner(db, i, hash);
        historyAdded += history(db, id, i, history);
        draftsAdded += drafts(db, id, i, drafts, photo);
        db.commit();
      }
      for (int i = 1; i <= officers; i++) {
        officer(db, i, hash);
      }
      db.commit();
      return String.format(
          Locale.ROOT,
          "[load] seeded %d practitioners (LOAD000001…), %d Tokyo examiners (load.examiner.001…);"
              + " added %d drafts and %d decided cases",
          practitioners,
          officers,
          draftsAdded,
          historyAdded);
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("Cannot seed the load data into " + jdbcUrl, e);
    }
  }

  private static long practitioner(Connection db, int n, String hash) throws SQLException {
    String authId = practitioner(n);
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into practitioner (auth_id, password_hash, user_kind, full_name, email)"
                + " values (?, ?, 'LAWYER_SCRIVENER', ?, ?) on conflict (auth_id) do nothing")) {
      insert.setString(1, authId);
      insert.setString(2, hash);
      insert.setString(3, String.format(Locale.ROOT, "負荷 試験%06d", n));
      insert.setString(4, authId.toLowerCase(Locale.ROOT) + "@load.example.jp");
      insert.executeUpdate();
    }
    try (PreparedStatement select =
        db.prepareStatement("select id from practitioner where auth_id = ?")) {
      select.setString(1, authId);
      try (ResultSet rs = select.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static void officer(Connection db, int n, String hash) throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into officer (login_id, password_hash, full_name, bureau_code, role)"
                + " values (?, ?, ?, 'TOKYO', 'EXAMINER') on conflict (login_id) do nothing")) {
      insert.setString(1, examiner(n));
      insert.setString(2, hash);
      insert.setString(3, String.format(Locale.ROOT, "負荷 審査官%03d", n));
      insert.executeUpdate();
    }
  }

  /**
   * The columns of a whole extension (as the tests' CaseRows writes one), state and dates apart.
   */
  private static final String APPLICATION =
      "insert into application (practitioner_id, procedure_code, state, applicant_name,"
          + " nationality, date_of_birth, residence_card_number, prefecture, address_line,"
          + " receipt_number, bureau_code, created_at, updated_at, submitted_at, routed_at,"
          + " decided_at, current_status, desired_status, result_receipt, applicant_email, sex,"
          + " place_of_birth, occupation, phone, passport_number, passport_expiry,"
          + " current_period_months, current_period_expiry, desired_period_months,"
          + " application_reason, criminal_record, married, home_address, sponsor_name,"
          + " sponsor_address, sponsor_phone, sponsor_detail, sponsor_annual_income_yen,"
          + " wizard_step, applicant_location)"
          + " values (?, 'EXTENSION', ?, ?, 'ベトナム', date '1995-04-01', 'AB12345678CD', '東京都',"
          + " '中央区1-1-1', ?, ?, ?, ?, ?, ?, ?, 'ENGINEER_HUMANITIES', 'ENGINEER_HUMANITIES',"
          + " 'MAIL', ?, 'FEMALE', 'ハノイ', '会社員', '090-1234-5678', 'TZ1234567',"
          + " current_date + 1000, 36, current_date + 60, 36, '引き続き同じ活動を行うため', false,"
          + " false, 'ハノイ市ホアンキエム区1-1', '株式会社サンプル', '東京都港区芝公園1-1', '03-1234-5678',"
          + " 'システム開発', 4800000, ?, 'IN_JAPAN') returning id";

  private static int history(Connection db, long practitionerId, int n, int wanted)
      throws SQLException {
    int have =
        count(
            db,
            "select count(*) from application where practitioner_id = ? and state <> 'DRAFT'"
                + " and receipt_number like 'LOADH-%'",
            practitionerId);
    for (int k = have + 1; k <= wanted; k++) {
      java.sql.Timestamp monthAgo =
          java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(30 + k)));
      try (PreparedStatement insert = db.prepareStatement(APPLICATION)) {
        int c = 1;
        insert.setLong(c++, practitionerId);
        insert.setString(c++, "APPROVED");
        insert.setString(c++, "NGUYEN THI LAN " + letters(n * 100L + k));
        insert.setString(c++, String.format(Locale.ROOT, "LOADH-2026-%07d", (long) n * 100 + k));
        insert.setString(c++, "TOKYO");
        for (int t = 0; t < 5; t++) {
          insert.setTimestamp(c++, monthAgo);
        }
        insert.setString(c++, "applicant@load.example.jp");
        insert.setInt(c, 6);
        insert.executeQuery().close();
      }
    }
    return Math.max(0, wanted - have);
  }

  private static int drafts(Connection db, long practitionerId, int n, int wanted, byte[] photo)
      throws SQLException {
    int have =
        count(
            db,
            "select count(*) from application where practitioner_id = ? and state = 'DRAFT'",
            practitionerId);
    for (int k = have + 1; k <= wanted; k++) {
      long id;
      java.sql.Timestamp yesterday =
          java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofHours(20)));
      try (PreparedStatement insert = db.prepareStatement(APPLICATION)) {
        int c = 1;
        insert.setLong(c++, practitionerId);
        insert.setString(c++, "DRAFT");
        insert.setString(c++, "TRAN VAN MINH " + letters(System.nanoTime() / 1000));
        insert.setString(c++, null);
        insert.setString(c++, null);
        insert.setTimestamp(c++, yesterday);
        insert.setTimestamp(c++, yesterday);
        insert.setTimestamp(c++, null);
        insert.setTimestamp(c++, null);
        insert.setTimestamp(c++, null);
        insert.setString(c++, "applicant@load.example.jp");
        insert.setInt(c, 3);
        try (ResultSet rs = insert.executeQuery()) {
          rs.next();
          id = rs.getLong(1);
        }
      }
      facePhoto(db, id, photo);
    }
    return Math.max(0, wanted - have);
  }

  private static void facePhoto(Connection db, long applicationId, byte[] jpeg)
      throws SQLException {
    long attachmentId;
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into attachment (application_id, kind, file_name, media_type, size_bytes,"
                + " sha256, width_px, height_px, uploaded_at) values (?, 'FACE_PHOTO',"
                + " '顔写真.jpg', 'image/jpeg', ?, ?, 450, 600, now()) returning id")) {
      insert.setLong(1, applicationId);
      insert.setLong(2, jpeg.length);
      insert.setString(3, sha256(jpeg));
      try (ResultSet rs = insert.executeQuery()) {
        rs.next();
        attachmentId = rs.getLong(1);
      }
    }
    try (PreparedStatement content =
        db.prepareStatement(
            "insert into attachment_content (attachment_id, content) values (?, ?)")) {
      content.setLong(1, attachmentId);
      content.setBytes(2, jpeg);
      content.executeUpdate();
    }
  }

  /**
   * What the load did since {@code since}, read from the database: submissions of the load's
   * practitioners, how many were routed to a bureau and mailed (receipt mails recorded), decisions
   * of the load's examiners, and cases they took but did not decide.
   */
  public static String counts(String jdbcUrl, java.time.Instant since) {
    String sql =
        "select"
            + " (select count(*) from application a join practitioner p on p.id = a.practitioner_id"
            + "   where p.auth_id like 'LOAD%' and a.submitted_at >= ?) as submitted,"
            + " (select count(*) from application a join practitioner p on p.id = a.practitioner_id"
            + "   where p.auth_id like 'LOAD%' and a.submitted_at >= ? and a.routed_at is not null)"
            + "   as routed,"
            + " (select count(*) from notification n join application a on a.id = n.application_id"
            + "   join practitioner p on p.id = a.practitioner_id"
            + "   where p.auth_id like 'LOAD%' and a.submitted_at >= ?) as mails,"
            + " (select count(*) from application a join officer o on o.id = a.examiner_id"
            + "   where o.login_id like 'load.examiner.%' and a.decided_at >= ?) as decided,"
            + " (select count(*) from application a join officer o on o.id = a.examiner_id"
            + "   where o.login_id like 'load.examiner.%' and a.state = 'UNDER_REVIEW') as open";
    try (Connection db = DriverManager.getConnection(jdbcUrl, "zairyu", "zairyu");
        PreparedStatement select = db.prepareStatement(sql)) {
      java.sql.Timestamp t = java.sql.Timestamp.from(since);
      for (int i = 1; i <= 4; i++) {
        select.setTimestamp(i, t);
      }
      try (ResultSet rs = select.executeQuery()) {
        rs.next();
        return String.format(
            Locale.ROOT,
            "submitted %d (routed to a bureau %d; mails recorded for them, receipt and decision, %d), decided by the examiners %d,"
                + " taken and not decided %d",
            rs.getLong(1),
            rs.getLong(2),
            rs.getLong(3),
            rs.getLong(4),
            rs.getLong(5));
      }
    } catch (SQLException e) {
      return "(not readable: " + e.getMessage() + ")";
    }
  }

  /** A number written in the letters A–Z (applicants' names are letters, as in a passport). */
  static String letters(long number) {
    StringBuilder s = new StringBuilder();
    long n = Math.abs(number);
    do {
      s.append((char) ('A' + n % 26));
      n /= 26;
    } while (n > 0);
    return s.reverse().toString();
  }

  private static int count(Connection db, String sql, long id) throws SQLException {
    try (PreparedStatement select = db.prepareStatement(sql)) {
      select.setLong(1, id);
      try (ResultSet rs = select.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  /** As {@code PasswordHashes.hash}: PBKDF2WithHmacSHA256:600000:salt:key, Base64. */
  static String hash(char[] password) {
    try {
      byte[] salt = new byte[32];
      new SecureRandom().nextBytes(salt);
      byte[] key =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
              .generateSecret(new PBEKeySpec(password, salt, ITERATIONS, 32 * 8))
              .getEncoded();
      Base64.Encoder b64 = Base64.getEncoder();
      return "PBKDF2WithHmacSHA256:"
          + ITERATIONS
          + ":"
          + b64.encodeToString(salt)
          + ":"
          + b64.encodeToString(key);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A face photo of the smallest size the rule takes (450 × 600 px). */
  static byte[] jpeg(int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0xE8, 0xEE, 0xF4));
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(0x80, 0x60, 0x50));
    g.fillOval(width / 4, height / 5, width / 2, height / 2);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpg", out);
    return out.toByteArray();
  }

  /** A plain one-page PDF, as a scanner would make it (about 1 KB). */
  public static byte[] pdf() {
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
