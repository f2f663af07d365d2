package jp.zairyu.domain.model.application;

import static jp.zairyu.domain.model.application.ApplicationFormTest.NOW;
import static jp.zairyu.domain.model.application.ApplicationFormTest.TODAY;
import static jp.zairyu.domain.model.application.ApplicationFormTest.complete;
import static jp.zairyu.domain.model.application.ApplicationFormTest.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The official form's last fields: marital status and home-town address, the indefinite period of
 * 高度専門職2号 (from indefinite-periods.csv), a COE's accompanying persons, and what a change of the
 * status applied for leaves behind.
 */
class FormRemainingFieldsTest {

  private static Applicant applicant(Boolean married, String homeAddress) {
    return new Applicant(
        "NGUYEN VAN AN",
        "ベトナム",
        LocalDate.of(1995, 4, 1),
        Sex.FEMALE,
        "ハノイ",
        "会社員",
        "090-1234-5678",
        married,
        homeAddress,
        "AB12345678CD",
        "東京都",
        "新宿区西新宿2-8-1",
        TODAY);
  }

  private static FamilyMember member(FamilyRelationship relationship) {
    return new FamilyMember(
        relationship, "TRAN THI BINH", LocalDate.of(1996, 5, 5), "ベトナム", true, null, null, TODAY);
  }

  // --- marital status and home-town address ---

  @ParameterizedTest(name = "配偶者 {0}, family {1} → {2}")
  @CsvSource({
    "true,SPOUSE,",
    "true,CHILD,",
    "true,,",
    "false,CHILD,",
    "false,,",
    "false,SPOUSE,applicant.marital-status",
    ",CHILD,application.incomplete"
  })
  void theMaritalStatusIsAnsweredAndAgreesWithASpouseInJapan(
      Boolean married, FamilyRelationship relative, String refused) {
    Application a = complete("EXTENSION");
    a.edit().revise(applicant(married, "ハノイ市"), NOW);
    ApplicationFormTest.describe(
        a, a.form().stay(), relative == null ? List.of() : List.of(member(relative)));
    if (refused == null) {
      assertThat(a.completeness().missingFields()).isEmpty();
      a.checkComplete(TODAY);
    } else {
      RuleViolationAssert v = new RuleViolationAssert(refusal(() -> a.checkComplete(TODAY)));
      assertThat(v.code()).isEqualTo(refused);
      if (married == null) {
        assertThat(v.ja()).contains("配偶者の有無");
        assertThat(v.en()).contains("Marital status");
      } else {
        assertThat(v.ja()).contains("配偶者");
      }
    }
  }

  @ParameterizedTest(name = "home-town address ''{0}'' → {1}")
  @CsvSource({
    "' Hanoi, Hoan Kiem ',SAVED",
    "'   ',MISSING",
    "ハノイ市ホアンキエム区,SAVED",
    "LONG,applicant.too-long",
    "CONTROL,applicant.control-characters"
  })
  void theHomeTownAddressIsRequiredAndWellFormed(String typed, String outcome) {
    String value =
        switch (typed) {
          case "LONG" -> "x".repeat(Applicant.MAX_ADDRESS + 1);
          case "CONTROL" -> "Hanoi\u0007";
          default -> typed;
        };
    switch (outcome) {
      case "SAVED" -> assertThat(applicant(true, value).homeAddress()).isEqualTo(value.strip());
      case "MISSING" ->
          assertThat(applicant(true, value).missingFields())
              .containsExactly("本国における居住地 / Home-town address");
      default -> assertThat(refusal(() -> applicant(true, value)).code()).isEqualTo(outcome);
    }
    assertThat(applicant(null, "Hanoi").missingFields()).containsExactly("配偶者の有無 / Marital status");
  }

  // --- indefinite period (無期限) ---

  @ParameterizedTest(name = "{0} {1}: {2} → {3}")
  @CsvSource({
    "HSP,2号,INDEFINITE,",
    "HSP,2号,36,stay.period-indefinite",
    "HSP,2号,NONE,MISSING",
    "HSP,1号イ,INDEFINITE,stay.period-not-indefinite",
    "HSP,1号イ,60,",
    "ENGINEER_HUMANITIES,,INDEFINITE,stay.period-not-indefinite",
    "ENGINEER_HUMANITIES,,12,"
  })
  void aChangeTo高度専門職2号AppliesForAnIndefinitePeriodOnly(
      String desired, String subtype, String period, String outcome) {
    Application a = complete("CHANGE");
    a.edit()
        .plan(
            Filing.of("CHANGE", null, false),
            new StatusChoice("STUDENT", null),
            new StatusChoice(desired, subtype),
            "LAWYER_SCRIVENER",
            false,
            NOW);
    boolean indefinite = period.equals("INDEFINITE");
    Integer months = indefinite || period.equals("NONE") ? null : Integer.valueOf(period);
    StayDetails stay =
        new StayDetails(
            36,
            false,
            TODAY.plusMonths(2),
            months,
            indefinite,
            "理由",
            false,
            null,
            null,
            null,
            TODAY);
    if (outcome == null) {
      ApplicationFormTest.describe(a, stay, a.form().family());
      assertThat(a.completeness().missingFields()).isEmpty();
      assertThat(a.form().stay().desiredIndefinite()).isEqualTo(indefinite);
      assertThat(a.form().stay().desiredPeriodLabel())
          .isEqualTo(indefinite ? "無期限" : StayDetails.periodLabel(months));
    } else if (outcome.equals("MISSING")) {
      ApplicationFormTest.describe(a, stay, a.form().family());
      assertThat(a.completeness().missingFields()).containsExactly("希望する在留期間 / period applied for");
    } else {
      RuleViolationAssert v =
          new RuleViolationAssert(
              refusal(() -> ApplicationFormTest.describe(a, stay, a.form().family())));
      assertThat(v.code()).isEqualTo(outcome);
      assertThat(v.ja()).contains("無期限").contains("高度専門職 2号");
    }
  }

  @Test
  void theIndefinitePeriodComesFromTheTableNotFromCode() {
    assertThat(new StatusChoice("HSP", "2号").indefinitePeriod()).isTrue();
    for (String sub : List.of("1号イ", "1号ロ", "1号ハ")) {
      assertThat(new StatusChoice("HSP", sub).indefinitePeriod()).isFalse();
    }
    assertThat(
            ResidenceStatus.filableOnline().stream()
                .filter(s -> !s.hasSubtypes() && s.indefinitePeriod(null)))
        .isEmpty();
    // 永住者 too (issue 16: a permanent resident's certificate of authorised employment holds 無期限).
    assertThat(ResidenceStatus.indefiniteLabelsJa()).containsExactly("高度専門職 2号", "永住者");
  }

  @Test
  void anIndefinitePeriodIsNotGivenInMonthsAsWellNorExtended() {
    assertThat(
            refusal(
                    () ->
                        new StayDetails(
                            null, false, null, 12, true, null, null, null, null, null, TODAY))
                .code())
        .isEqualTo("stay.period-indefinite-months");
    Application extension = complete("EXTENSION");
    assertThat(
            refusal(
                    () ->
                        extension
                            .edit()
                            .plan(
                                Filing.of("EXTENSION", null, false),
                                new StatusChoice("HSP", "2号"),
                                null,
                                "LAWYER_SCRIVENER",
                                false,
                                NOW))
                .code())
        .isEqualTo("filing.extension-indefinite");
  }

  // --- the period held now by a holder of an indefinite status (無期限) ---

  /**
   * Plans {@code procedure} with the status held now (code and sub-type, "" for none) and a status
   * applied for that fits it; a complete draft otherwise.
   */
  private static Application heldBy(String procedure, String current, String subtype) {
    Application a = complete(procedure);
    StatusChoice held = current.isEmpty() ? null : new StatusChoice(current, subtype);
    StatusChoice desired =
        switch (procedure) {
          case "WORK_CERT" -> null;
          case "CHANGE" -> new StatusChoice("SPOUSE_OF_JAPANESE", null);
          default -> new StatusChoice("ENGINEER_HUMANITIES", null);
        };
    a.edit().plan(Filing.of(procedure, null, false), held, desired, "LAWYER_SCRIVENER", false, NOW);
    return a;
  }

  /** The stay given, the rest as a complete draft has it (the part of the status applied for). */
  private static void fill(Application a, StayDetails stay) {
    a.edit()
        .describe(
            a.form().passport(),
            stay,
            a.form().family(),
            TestForms.sponsor(a.form().formSection(), TODAY),
            NOW);
  }

  @ParameterizedTest(name = "{0} held {1} {2}: period {3}, expiry {4} → {5}")
  @CsvSource({
    "CHANGE,HSP,2号,INDEFINITE,NONE,",
    "CHANGE,HSP,2号,36,NONE,stay.current-period-indefinite",
    "CHANGE,HSP,2号,36,DATE,stay.current-period-indefinite",
    "CHANGE,HSP,2号,NONE,DATE,stay.current-indefinite-expiry",
    "CHANGE,HSP,2号,INDEFINITE,DATE,stay.current-indefinite-expiry",
    "CHANGE,HSP,2号,NONE,NONE,MISSING",
    "CHANGE,HSP,1号イ,INDEFINITE,NONE,stay.current-period-not-indefinite",
    "CHANGE,HSP,1号イ,60,DATE,",
    "CHANGE,HSP,1号イ,60,NONE,MISSING 在留期間の満了日",
    "CHANGE,ENGINEER_HUMANITIES,,INDEFINITE,NONE,stay.current-period-not-indefinite",
    "WORK_CERT,HSP,2号,INDEFINITE,NONE,",
    "WORK_CERT,HSP,2号,12,DATE,stay.current-period-indefinite",
    "WORK_CERT,HSP,2号,NONE,NONE,MISSING",
    "WORK_CERT,ENGINEER_HUMANITIES,,INDEFINITE,NONE,stay.current-period-not-indefinite",
    "WORK_CERT,ENGINEER_HUMANITIES,,36,DATE,",
    "COE,'',,INDEFINITE,NONE,stay.no-current-period",
    "ACQUISITION,'',,INDEFINITE,NONE,stay.no-current-period"
  })
  void theCurrentPeriodIsIndefiniteExactlyForAHolderOfAnIndefiniteStatus(
      String procedure,
      String current,
      String subtype,
      String period,
      String expiry,
      String outcome) {
    Application a = heldBy(procedure, current, subtype);
    boolean indefinite = period.equals("INDEFINITE");
    Integer months = indefinite || period.equals("NONE") ? null : Integer.valueOf(period);
    LocalDate date = expiry.equals("DATE") ? TODAY.plusMonths(2) : null;
    boolean coe = procedure.equals("COE");
    java.util.function.Supplier<StayDetails> stay =
        () ->
            new StayDetails(
                months,
                indefinite,
                date,
                procedure.equals("WORK_CERT") ? null : 36,
                false,
                "理由",
                false,
                null,
                coe ? "成田空港" : null,
                coe ? TODAY.plusMonths(3) : null,
                TODAY);
    StayDetails before = a.form().stay();
    if (outcome == null) {
      fill(a, stay.get());
      assertThat(a.completeness().missingFields()).isEmpty();
      a.checkComplete(TODAY);
      assertThat(a.form().stay().currentIndefinite()).isEqualTo(indefinite);
      assertThat(a.form().stay().currentPeriodLabel())
          .isEqualTo(indefinite ? "無期限" : StayDetails.periodLabel(months));
      assertThat(a.form().currentPeriodIndefinite()).isEqualTo(indefinite);
    } else if (outcome.startsWith("MISSING")) {
      fill(a, stay.get());
      String label =
          outcome.equals("MISSING") ? "現在の在留期間 / current period of stay" : outcome.substring(8);
      assertThat(a.completeness().missingFields()).singleElement().asString().startsWith(label);
      RuleViolationAssert v = new RuleViolationAssert(refusal(() -> a.checkComplete(TODAY)));
      assertThat(v.code()).isEqualTo("application.incomplete");
    } else {
      RuleViolationAssert v = new RuleViolationAssert(refusal(() -> fill(a, stay.get())));
      assertThat(v.code()).isEqualTo(outcome);
      assertThat(a.form().stay()).isSameAs(before); // nothing half-stored
      switch (outcome) {
        case "stay.current-period-indefinite" -> {
          assertThat(v.ja()).contains("現在の在留資格「高度専門職 2号」").contains("無期限");
          assertThat(v.en()).contains("高度専門職 2号").contains("indefinite");
        }
        case "stay.current-period-not-indefinite" -> {
          assertThat(v.ja()).contains("現在の在留期間").contains("無期限").contains("高度専門職 2号");
          assertThat(v.en()).contains("current period").contains("高度専門職 2号");
        }
        case "stay.current-indefinite-expiry" -> {
          assertThat(v.ja()).contains("満了日").contains("在留カード");
          assertThat(v.en()).contains("date of expiry").contains("residence card");
        }
        default -> assertThat(v.ja()).contains("現在の在留期間");
      }
    }
  }

  @Test
  void anIndefinitePeriodHeldIsNotGivenInMonthsNorWithADateOfExpiry() {
    assertThat(
            refusal(
                    () ->
                        new StayDetails(
                            12, true, null, null, false, null, null, null, null, null, TODAY))
                .code())
        .isEqualTo("stay.current-period-indefinite-months");
    assertThat(
            refusal(
                    () ->
                        new StayDetails(
                            null,
                            true,
                            TODAY.plusYears(7),
                            null,
                            false,
                            null,
                            null,
                            null,
                            null,
                            null,
                            TODAY))
                .code())
        .isEqualTo("stay.current-indefinite-expiry");
  }

  @Test
  void aHolderOfAnIndefiniteStatusHasNoLastDayToMissNorAnExpiryToPass() {
    // Months held would stop a filing on the last day of the period; 無期限 has no last day.
    Application holder = heldBy("WORK_CERT", "HSP", "2号");
    TestForms.fillIn(holder, TODAY, NOW);
    assertThat(holder.form().stay().currentIndefinite()).isTrue();
    assertThat(holder.form().stay().currentExpiry()).isEmpty();
    assertThat(holder.completeness().missingFields()).isEmpty();
    holder.checkComplete(TODAY.plusYears(3)); // long after any date months would end

    Application months = heldBy("WORK_CERT", "HSP", "1号イ");
    TestForms.fillIn(months, TODAY, NOW);
    LocalDate lastDay = months.form().stay().currentExpiry().orElseThrow();
    assertThat(refusal(() -> months.checkComplete(lastDay)).code()).isEqualTo("stay.expired");
  }

  @ParameterizedTest(name = "held {0} {1} → {2} {3}: period cleared {4}")
  @CsvSource({
    "ENGINEER_HUMANITIES,,HSP,2号,true",
    "HSP,1号ロ,HSP,2号,true",
    "HSP,2号,HSP,1号ロ,true",
    "HSP,2号,ENGINEER_HUMANITIES,,true",
    "ENGINEER_HUMANITIES,,CULTURAL,,false",
    "HSP,1号イ,HSP,1号ロ,false"
  })
  void changingTheStatusHeldBetweenIndefiniteAndMonthsClearsThePeriodHeld(
      String from, String fromSubtype, String to, String toSubtype, boolean cleared) {
    Application a = heldBy("WORK_CERT", from, fromSubtype);
    TestForms.fillIn(a, TODAY, NOW);
    boolean wasIndefinite = a.form().stay().currentIndefinite();
    a.edit()
        .plan(
            Filing.of("WORK_CERT", null, false),
            new StatusChoice(to, toSubtype),
            null,
            "LAWYER_SCRIVENER",
            false,
            NOW);
    if (cleared) {
      assertThat(a.form().stay().currentIndefinite()).isFalse();
      assertThat(a.form().stay().currentPeriodMonths()).isEmpty();
      assertThat(a.form().stay().currentExpiry()).isEmpty();
      assertThat(a.completeness().missingFields())
          .contains("現在の在留期間 / current period of stay")
          .hasSize(wasIndefinite ? 2 : 1); // the date is asked again for months
    } else {
      assertThat(a.form().stay().currentPeriodMonths()).contains(36);
      assertThat(a.form().stay().currentExpiry()).contains(TODAY.plusMonths(2));
      assertThat(a.completeness().missingFields()).isEmpty();
    }
    assertThat(a.form().stay().reason()).isEqualTo("引き続き同じ会社で働くため"); // the rest is kept
  }

  @Test
  void aChangeKeepsThePeriodAppliedForWhenOnlyTheStatusHeldTurnsIndefinite() {
    Application a = heldBy("CHANGE", "HSP", "1号ロ");
    TestForms.fillIn(a, TODAY, NOW);
    assertThat(a.form().stay().desiredPeriodMonths()).contains(36);
    a.edit()
        .plan(
            Filing.of("CHANGE", null, false),
            new StatusChoice("HSP", "2号"),
            new StatusChoice("SPOUSE_OF_JAPANESE", null),
            "LAWYER_SCRIVENER",
            false,
            NOW);
    assertThat(a.form().stay().desiredPeriodMonths()).contains(36);
    assertThat(a.form().stay().currentPeriodMonths()).isEmpty();
    assertThat(a.completeness().missingFields())
        .containsExactly("現在の在留期間 / current period of stay");
  }

  // --- what a change of the status applied for leaves behind ---

  @ParameterizedTest(name = "ENGINEER_HUMANITIES → {0} {1}: sponsor kept {2}, period {3}")
  @CsvSource({
    "HSP,1号ロ,true,36",
    "STUDENT,,false,36",
    "SPOUSE_OF_JAPANESE,,false,36",
    "LONG_TERM_RESIDENT,,false,36",
    "HSP,2号,true,"
  })
  void changingTheStatusAppliedForClearsWhatNoLongerApplies(
      String desired, String subtype, boolean sponsorKept, Integer period) {
    Application a = complete("CHANGE"); // STUDENT → ENGINEER_HUMANITIES, employer filled, 36 months
    assertThat(a.form().sponsor().name()).isEqualTo("株式会社サンプル");
    a.edit()
        .plan(
            Filing.of("CHANGE", null, false),
            new StatusChoice("CULTURAL", null),
            new StatusChoice(desired, subtype),
            "LAWYER_SCRIVENER",
            false,
            NOW);
    if (sponsorKept) {
      assertThat(a.form().sponsor().name()).isEqualTo("株式会社サンプル");
      assertThat(a.form().sponsor().annualIncomeYen()).isEqualTo(4_800_000);
    } else {
      assertThat(a.form().sponsor().name()).isNull();
      assertThat(a.form().sponsor().phone()).isNull();
      assertThat(a.form().sponsor().annualIncomeYen()).isNull();
    }
    assertThat(a.form().stay().desiredPeriodMonths().orElse(null)).isEqualTo(period);
    assertThat(a.form().stay().reason()).isEqualTo("引き続き同じ会社で働くため"); // the rest is kept
    assertThat(a.form().family()).hasSize(1);
    if (period == null) {
      assertThat(a.completeness().missingFields()).contains("希望する在留期間 / period applied for");
      // and back: the indefinite period does not stay with a status that has months
      ApplicationFormTest.describe(
          a,
          new StayDetails(
              36, false, TODAY.plusMonths(2), null, true, "理由", false, null, null, null, TODAY),
          a.form().family());
      a.edit()
          .plan(
              Filing.of("CHANGE", null, false),
              new StatusChoice("CULTURAL", null),
              new StatusChoice("HSP", "1号イ"),
              "LAWYER_SCRIVENER",
              false,
              NOW);
      assertThat(a.form().stay().desiredIndefinite()).isFalse();
      assertThat(a.completeness().missingFields()).contains("希望する在留期間 / period applied for");
    }
  }

  @ParameterizedTest(name = "{0}: only its own fields are kept")
  @CsvSource({"EMPLOYER", "SCHOOL", "SPOUSE", "NONE"})
  void theStatusSpecificPartKeepsOnlyTheFieldsItsPartAsks(FormSection section) {
    String desired =
        switch (section) {
          case EMPLOYER -> "ENGINEER_HUMANITIES";
          case SCHOOL -> "STUDENT";
          case SPOUSE -> "SPOUSE_OF_JAPANESE";
          case NONE -> "LONG_TERM_RESIDENT";
        };
    Application a = complete("CHANGE");
    a.edit()
        .plan(
            Filing.of("CHANGE", null, false),
            new StatusChoice("CULTURAL", null),
            new StatusChoice(desired, null),
            "LAWYER_SCRIVENER",
            false,
            NOW);
    SponsorDetails everything =
        new SponsorDetails(
            "名前",
            "所在地",
            "03-1234-5678",
            "内容",
            LocalDate.of(1990, 1, 1),
            "日本",
            "AB12345678CD",
            3_000_000,
            TODAY);
    a.edit().describe(a.form().passport(), a.form().stay(), a.form().family(), everything, NOW);
    SponsorDetails kept = a.form().sponsor();
    assertThat(kept.name() != null).isEqualTo(section != FormSection.NONE);
    assertThat(kept.address() != null)
        .isEqualTo(section == FormSection.EMPLOYER || section == FormSection.SCHOOL);
    assertThat(kept.annualIncomeYen() != null).isEqualTo(section == FormSection.EMPLOYER);
    assertThat(kept.dateOfBirth() != null).isEqualTo(section == FormSection.SPOUSE);
    assertThat(kept.residenceCardNumber() != null).isEqualTo(section == FormSection.SPOUSE);
    assertThat(a.completeness().missingFields()).isEmpty();
  }

  // --- accompanying persons of a COE ---

  private static AccompanyingPerson child() {
    return new AccompanyingPerson(
        FamilyRelationship.CHILD, "SMITH ANNA", LocalDate.of(2019, 3, 3), "英国", TODAY);
  }

  @ParameterizedTest(name = "{0}: 同伴者 {1}, {2} rows → {3}")
  @CsvSource({
    "COE,false,0,",
    "COE,true,1,",
    "COE,true,10,",
    "COE,true,11,accompanying.too-many",
    "COE,false,1,accompanying.without-yes",
    "COE,,1,accompanying.without-yes",
    "COE,,0,MISSING 同伴者の有無",
    "COE,true,0,MISSING 同伴者（1人以上）",
    "CHANGE,,0,",
    "CHANGE,false,0,accompanying.not-coe",
    "EXTENSION,,1,accompanying.not-coe",
    "ACQUISITION,true,1,accompanying.not-coe"
  })
  void onlyACoeHasAccompanyingPersonsAndOnlyWithYes(
      String procedure, Boolean accompanied, int rows, String outcome) {
    Application a = complete(procedure);
    List<AccompanyingPerson> persons = new ArrayList<>(Collections.nCopies(rows, child()));
    if (outcome == null) {
      a.edit().accompaniedBy(accompanied, persons, NOW);
      assertThat(a.form().accompanied()).isEqualTo(java.util.Optional.ofNullable(accompanied));
      assertThat(a.form().accompanying()).hasSize(rows);
      assertThat(a.completeness().missingFields()).isEmpty();
    } else if (outcome.startsWith("MISSING ")) {
      a.edit().accompaniedBy(accompanied, persons, NOW);
      assertThat(a.completeness().missingFields())
          .singleElement()
          .asString()
          .startsWith(outcome.substring(8));
    } else {
      List<AccompanyingPerson> before = List.copyOf(a.form().accompanying());
      assertThat(refusal(() -> a.edit().accompaniedBy(accompanied, persons, NOW)).code())
          .isEqualTo(outcome);
      assertThat(a.form().accompanying()).isEqualTo(before); // nothing half-stored
    }
  }

  @Test
  void accompanyingRowsAreWellFormedEmptyOnesDroppedIncompleteOnesNamed() {
    assertThat(
            refusal(
                    () ->
                        new AccompanyingPerson(
                            FamilyRelationship.CHILD, null, TODAY.plusDays(1), null, TODAY))
                .code())
        .isEqualTo("form.date-of-birth");
    assertThat(
            refusal(
                    () ->
                        new AccompanyingPerson(
                            null, "x".repeat(Applicant.MAX_NAME + 1), null, null, TODAY))
                .code())
        .isEqualTo("form.too-long");
    Application coe = complete("COE");
    AccompanyingPerson empty = new AccompanyingPerson(null, " ", null, "", TODAY);
    AccompanyingPerson partial =
        new AccompanyingPerson(FamilyRelationship.SPOUSE, "SMITH JANE", null, null, TODAY);
    coe.edit().accompaniedBy(true, List.of(child(), empty, partial), NOW);
    assertThat(coe.form().accompanying()).hasSize(2);
    assertThat(coe.completeness().missingFields())
        .containsExactly(
            "同伴者2の生年月日 / accompanying person 2: date of birth",
            "同伴者2の国籍・地域 / accompanying person 2: nationality");
    assertThat(refusal(() -> coe.checkComplete(TODAY)).messageJa()).contains("同伴者2の生年月日");
  }

  /** The code and both messages of a refusal. */
  private record RuleViolationAssert(String code, String ja, String en) {
    RuleViolationAssert(jp.zairyu.domain.model.RuleViolation v) {
      this(v.code(), v.messageJa(), v.messageEn());
    }
  }
}
