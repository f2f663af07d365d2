package jp.zairyu.domain.model.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Fills in the whole official form of a draft with well-formed values, as a complete draft has. */
public final class TestForms {

  private TestForms() {}

  /** An applicant with every identity field of the forms. */
  public static Applicant applicant(String name, String prefecture, LocalDate today) {
    return new Applicant(
        name,
        "ベトナム",
        LocalDate.of(1995, 4, 1),
        Sex.FEMALE,
        "ハノイ",
        "会社員",
        "090-1234-5678",
        true,
        "ハノイ市ホアンキエム区1-1",
        "AB12345678CD",
        prefecture,
        "新宿区西新宿2-8-1",
        today);
  }

  /**
   * The passport, the stay (as fits the procedure and the statuses: an indefinite period, held or
   * applied for, where the status has one), one family row (the spouse), the status-specific part
   * of {@code draft}'s section and, for a COE, no accompanying persons.
   */
  public static Application fillIn(Application draft, LocalDate today, Instant now) {
    boolean coe = draft.procedure().applicantAbroad();
    boolean holdsStatus = draft.procedure().holdsStatus();
    boolean workCert = !draft.procedure().asksDesiredPeriod();
    boolean indefinite = draft.form().desiredPeriodIndefinite();
    boolean heldIndefinitely = draft.form().currentPeriodIndefinite();
    draft
        .edit()
        .describe(
            new Passport("TZ1234567", today.plusYears(5), today),
            new StayDetails(
                holdsStatus && !heldIndefinitely ? 36 : null,
                heldIndefinitely,
                holdsStatus && !heldIndefinitely ? today.plusMonths(2) : null,
                workCert || indefinite ? null : 36,
                indefinite,
                "引き続き同じ会社で働くため",
                false,
                null,
                coe ? "成田空港" : null,
                coe ? today.plusMonths(3) : null,
                today),
            List.of(
                new FamilyMember(
                    FamilyRelationship.SPOUSE,
                    "TRAN THI BINH",
                    LocalDate.of(1996, 5, 5),
                    "ベトナム",
                    true,
                    "株式会社サンプル",
                    null,
                    today)),
            sponsor(draft.form().formSection(), today),
            now);
    if (draft.procedure().asksAccompanyingPersons()) {
      draft.edit().accompaniedBy(false, List.of(), now);
    }
    draft.edit().locate(coe ? ApplicantLocation.ABROAD : ApplicantLocation.IN_JAPAN, now);
    if (AcquisitionEvent.asked(draft.procedure())) {
      // Another event (the applicant was born long before), today: well within the 30 days.
      draft.edit().acquiredThrough("OTHER", today, now);
    }
    return draft;
  }

  static SponsorDetails sponsor(FormSection section, LocalDate today) {
    return switch (section) {
      case EMPLOYER ->
          new SponsorDetails(
              "株式会社サンプル", "東京都港区1-1", "03-1234-5678", "システム開発", null, null, null, 4_800_000, today);
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
      case NONE -> SponsorDetails.none();
    };
  }
}
