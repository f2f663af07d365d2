package jp.zairyu.it.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.zairyu.domain.model.application.Applicant;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.EditableForm;
import jp.zairyu.domain.model.application.Filing;
import jp.zairyu.domain.model.application.FormSection;
import jp.zairyu.domain.model.application.Passport;
import jp.zairyu.domain.model.application.Procedure;
import jp.zairyu.domain.model.application.ResultReceipt;
import jp.zairyu.domain.model.application.Sex;
import jp.zairyu.domain.model.application.SponsorDetails;
import jp.zairyu.domain.model.application.StatusChoice;
import jp.zairyu.domain.model.application.StayDetails;

/** Test data built through the domain model, as the application itself would. */
public final class Fixtures {

  /** The demo lawyer seeded by the stack (see db/demo). */
  public static final String LAWYER_AUTH_ID = "Z000000001";

  public static final String LAWYER_EMAIL = "yamada.lawyer@example.jp";
  public static final String DEMO_PASSWORD = "Zairyu#2026demo";
  public static final String TOKYO_EXAMINER = "tokyo.examiner";
  public static final String OSAKA_EXAMINER = "osaka.examiner";
  public static final String TOKYO_SUPERVISOR = "tokyo.supervisor";
  public static final String TOKYO_ADMIN = "tokyo.admin";

  private Fixtures() {}

  public static Applicant applicantIn(String prefecture, String name) {
    return new Applicant(
        name,
        "ベトナム",
        LocalDate.of(1995, 4, 1),
        Sex.FEMALE,
        "ハノイ",
        "会社員",
        "090-1234-5678",
        false,
        "ハノイ市ホアンキエム区1-1",
        "AB12345678CD",
        prefecture,
        "中央区1-1-1",
        LocalDate.now());
  }

  /**
   * An extension draft for a holder of 技術・人文知識・国際業務, filed by a lawyer, with the whole form filled
   * in (it passes {@code checkComplete}; the face photo is the caller's business).
   */
  public static Application extensionDraft(long practitionerId, Applicant applicant) {
    return extensionDraft(practitionerId, applicant, "ENGINEER_HUMANITIES");
  }

  /**
   * An extension draft for a holder of {@code status}, filed by a lawyer, the result by mail, with
   * the whole form filled in, the status-specific part as the status's form has it ({@code
   * form-sections.csv}).
   */
  public static Application extensionDraft(
      long practitionerId, Applicant applicant, String status) {
    Procedure extension = Procedure.byCode(Procedure.EXTENSION).orElseThrow();
    Application draft = Application.draft(practitionerId, extension, applicant, Instant.now());
    EditableForm form = draft.edit();
    form.plan(
        new Filing(extension, Filing.Reentry.NONE, false),
        new StatusChoice(status, null),
        null,
        "LAWYER_SCRIVENER",
        false,
        Instant.now());
    form.deliverTo(ResultReceipt.MAIL, "applicant@example.jp", Instant.now());
    LocalDate today = LocalDate.now();
    form.describe(
        new Passport("TZ1234567", today.plusYears(5), today),
        new StayDetails(
            36, today.plusMonths(2), 36, "引き続き同じ活動を行うため", false, null, null, null, today),
        List.of(),
        sponsor(draft.form().formSection(), today),
        Instant.now());
    form.locate(jp.zairyu.domain.model.application.ApplicantLocation.IN_JAPAN, Instant.now());
    return draft;
  }

  private static SponsorDetails sponsor(FormSection section, LocalDate today) {
    return switch (section) {
      case EMPLOYER ->
          new SponsorDetails(
              "株式会社サンプル",
              "東京都港区芝公園1-1",
              "03-1234-5678",
              "システム開発",
              null,
              null,
              null,
              4_800_000,
              today);
      case SCHOOL ->
          new SponsorDetails(
              "東京日本語学校", "東京都新宿区1-1", "03-2345-6789", "日本語科", null, null, null, null, today);
      case SPOUSE ->
          new SponsorDetails(
              "山田 太郎",
              null,
              "090-9876-5432",
              null,
              LocalDate.of(1990, 1, 1),
              "日本",
              null,
              null,
              today);
      case NONE -> new SponsorDetails(null, null, null, null, null, null, null, null, today);
    };
  }

  /** A name no other test uses, so tests never see each other's data. */
  public static String uniqueName(String prefix) {
    return prefix + " " + Long.toString(System.nanoTime(), 36).toUpperCase();
  }
}
