package jp.zairyu.it.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Applications and accounts written straight into the test stack's database, whole (every column
 * the form and the documents read), for tests about who may reach them rather than how they were
 * filed: the filing itself is tested through the portal.
 */
public final class CaseRows {

  private CaseRows() {}

  /** A practitioner of {@code userKind} with the demo password, optionally in an office. */
  public static String practitioner(String userKind, Long officeId, String officeRole) {
    String authId = "T" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
    Database.update(
        "insert into practitioner (auth_id, password_hash, user_kind, full_name, email, office_id,"
            + " office_role) select ?, password_hash, ?, ?, ?, ?, ? from practitioner where"
            + " auth_id = ?",
        authId,
        userKind,
        "試験 " + authId,
        authId.toLowerCase(Locale.ROOT) + "@example.jp",
        officeId,
        officeRole,
        Fixtures.LAWYER_AUTH_ID);
    return authId;
  }

  public static long office(String name) {
    return Long.parseLong(
        Database.string("insert into office (name) values (?) returning id", name));
  }

  /** A draft of the practitioner's, an extension with the applicant filled in. */
  public static long draft(String authId) {
    return insert(authId, "DRAFT", null, null);
  }

  /**
   * A submitted extension of the practitioner's in {@code state}, routed to {@code bureau} and,
   * when examined, assigned to the bureau's examiner {@code examinerLogin}.
   */
  public static long submitted(String authId, String state, String bureau, String examinerLogin) {
    String receipt =
        "T"
            + bureau.charAt(0)
            + "-2099-"
            + String.format(Locale.ROOT, "%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    return insert(authId, state, receipt, bureau, examinerLogin);
  }

  private static long insert(String authId, String state, String receipt, String bureau) {
    return insert(authId, state, receipt, bureau, null);
  }

  private static long insert(
      String authId, String state, String receipt, String bureau, String examinerLogin) {
    boolean submitted = receipt != null;
    String id =
        Database.string(
            "insert into application (practitioner_id, procedure_code, state, applicant_name,"
                + " nationality, date_of_birth, residence_card_number, prefecture, address_line,"
                + " receipt_number, bureau_code, examiner_id, created_at, updated_at,"
                + " submitted_at, routed_at, current_status, desired_status, result_receipt,"
                + " applicant_email, sex, place_of_birth, occupation, phone, passport_number,"
                + " passport_expiry, current_period_months, current_period_expiry,"
                + " desired_period_months, application_reason, criminal_record, married,"
                + " home_address, sponsor_name, sponsor_address, sponsor_phone, sponsor_detail,"
                + " sponsor_annual_income_yen)"
                + " select p.id, 'EXTENSION', ?, '試験 花子', 'ベトナム', date '1995-04-01',"
                + " 'AB12345678CD', '"
                + (bureau == null || bureau.equals("TOKYO") ? "東京都" : "大阪府")
                + "', '中央区1-1-1', ?, ?,"
                + " (select id from officer where login_id = ?), now(), now(),"
                + " case when ? then now() end, case when ? then now() end,"
                + " 'ENGINEER_HUMANITIES', 'ENGINEER_HUMANITIES', 'MAIL', 'applicant@example.jp',"
                + " 'FEMALE', 'ハノイ', '会社員', '090-1234-5678', 'TZ1234567',"
                + " current_date + 1000, 36, current_date + 60, 36, '引き続き同じ活動を行うため', false,"
                + " false, 'ハノイ市', '株式会社サンプル', '東京都港区芝公園1-1', '03-1234-5678',"
                + " 'システム開発', 4800000"
                + " from practitioner p where p.auth_id = ? returning id",
            state,
            receipt,
            bureau,
            examinerLogin,
            submitted,
            submitted && bureau != null,
            authId);
    return Long.parseLong(id);
  }

  /** A one-page PDF attached to the application as a document; returns the attachment's id. */
  public static long document(long applicationId) {
    byte[] pdf =
        ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF "
                + applicationId
                + "\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    String id =
        Database.string(
            "insert into attachment (application_id, kind, document_type, file_name, media_type,"
                + " size_bytes, sha256, uploaded_at) values (?, 'DOCUMENT', 'PASSPORT',"
                + " 'passport.pdf', 'application/pdf', ?, ?, now()) returning id",
            applicationId,
            (long) pdf.length,
            sha256(pdf));
    Database.update(
        "insert into attachment_content (attachment_id, content) values (?, ?)",
        Long.parseLong(id),
        pdf);
    return Long.parseLong(id);
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
