package jp.zairyu.it.support;

import java.time.Instant;
import java.time.LocalDate;
import jp.zairyu.domain.model.application.Applicant;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.Procedure;

/** Test data built through the domain model, as the application itself would. */
public final class Fixtures {

  /** The demo lawyer seeded by the stack (see db/demo). */
  public static final String LAWYER_AUTH_ID = "Z000000001";

  public static final String LAWYER_EMAIL = "yamada.lawyer@example.jp";
  public static final String DEMO_PASSWORD = "Zairyu#2026demo";
  public static final String TOKYO_EXAMINER = "tokyo.examiner";
  public static final String OSAKA_EXAMINER = "osaka.examiner";
  public static final String TOKYO_ADMIN = "tokyo.admin";

  private Fixtures() {}

  public static Applicant applicantIn(String prefecture, String name) {
    return new Applicant(
        name,
        "ベトナム",
        LocalDate.of(1995, 4, 1),
        "AB12345678CD",
        prefecture,
        "中央区1-1-1",
        LocalDate.now());
  }

  public static Application extensionDraft(long practitionerId, Applicant applicant) {
    return Application.draft(
        practitionerId,
        Procedure.byCode(Procedure.EXTENSION).orElseThrow(),
        applicant,
        Instant.now());
  }

  /** A name no other test uses, so tests never see each other's data. */
  public static String uniqueName(String prefix) {
    return prefix + " " + Long.toString(System.nanoTime(), 36).toUpperCase();
  }
}
