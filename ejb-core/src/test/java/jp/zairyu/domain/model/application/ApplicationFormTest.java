package jp.zairyu.domain.model.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.attachment.Attachment;
import jp.zairyu.domain.model.attachment.AttachmentKind;
import jp.zairyu.domain.model.attachment.Attachments;
import jp.zairyu.domain.model.attachment.CheckedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The official form's fields and their rules, alone and across fields. */
class ApplicationFormTest {

  static final Instant NOW = Instant.parse("2026-11-26T01:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
  static final Attachments NO_FILES = new Attachments(List.of());

  /** A complete draft of the procedure (statuses as DecisionTest gives them). */
  static Application complete(String procedure) {
    return DecisionTest.draft(procedure, ResultReceipt.MAIL);
  }

  static StayDetails stay(
      Integer current, LocalDate expiry, Integer desired, String port, LocalDate entry) {
    return new StayDetails(current, expiry, desired, "理由", false, null, port, entry, TODAY);
  }

  static void describe(Application a, StayDetails stay, List<FamilyMember> family) {
    a.edit().describe(a.form().passport(), stay, family, a.form().sponsor(), NOW);
  }

  static RuleViolation refusal(Runnable r) {
    try {
      r.run();
    } catch (RuleViolation v) {
      assertThat(v.messageJa()).isNotBlank();
      assertThat(v.messageEn()).isNotBlank();
      return v;
    }
    throw new AssertionError("not refused");
  }

  @ParameterizedTest(name = "passport {0} → {1}")
  @CsvSource({
    "TZ1234567,TZ1234567",
    "tz1234567,TZ1234567",
    "ＴＺ１２３４５６７,TZ1234567",
    "' AB123456 ',AB123456",
    "AB12345,AB12345",
    "AB1234,AB1234",
    "AB123,",
    "AB12-34567,",
    "ABCDEFGHIJKLM,",
    "旅券123456,"
  })
  void aPassportNumberIsSixToTwelveLettersAndDigits(String typed, String stored) {
    if (stored == null) {
      assertThat(refusal(() -> new Passport(typed, null, TODAY)).code())
          .isEqualTo("passport.number");
    } else {
      assertThat(new Passport(typed, null, TODAY).number()).isEqualTo(stored);
    }
  }

  @ParameterizedTest(name = "passport expiring {0} days from today → allowed {1}")
  @CsvSource({"-1,false", "0,false", "1,true", "3650,true"})
  void aPassportMustBeValidAfterToday(int days, boolean allowed) {
    if (allowed) {
      assertThat(new Passport("TZ1234567", TODAY.plusDays(days), TODAY).expiry())
          .isEqualTo(TODAY.plusDays(days));
    } else {
      assertThat(refusal(() -> new Passport("TZ1234567", TODAY.plusDays(days), TODAY)).code())
          .isEqualTo("passport.expired");
    }
  }

  @ParameterizedTest(name = "phone {0} → {1}")
  @CsvSource({
    "03-1234-5678,03-1234-5678",
    "090 1234 5678,090 1234 5678",
    "０９０－１２３４－５６７８,090-1234-5678",
    "+81-90-1234-5678,+81-90-1234-5678",
    "(03) 1234-5678,(03) 1234-5678",
    "123456789,",
    "1234567890123456,",
    "03-1234-567a,",
    "tel 0312345678,"
  })
  void aPhoneNumberHasTenToFifteenDigits(String typed, String stored) {
    if (stored == null) {
      assertThat(refusal(() -> applicantWithPhone(typed)).code()).isEqualTo("form.phone");
    } else {
      assertThat(applicantWithPhone(typed).phone()).isEqualTo(stored);
    }
  }

  private static Applicant applicantWithPhone(String phone) {
    return new Applicant(null, null, null, null, null, null, phone, null, null, null, TODAY);
  }

  @Test
  void identityFieldsAreCheckedAsTyped() {
    Applicant a =
        new Applicant(
            " NGUYEN ", null, null, Sex.MALE, " ハノイ ", " 会社員 ", null, null, null, null, TODAY);
    assertThat(a.placeOfBirth()).isEqualTo("ハノイ");
    assertThat(a.occupation()).isEqualTo("会社員");
    assertThat(a.sex()).contains(Sex.MALE);
    assertThat(
            refusal(
                    () ->
                        new Applicant(
                            null,
                            null,
                            null,
                            null,
                            "x".repeat(201),
                            null,
                            null,
                            null,
                            null,
                            null,
                            TODAY))
                .messageJa())
        .contains("出生地");
  }

  @ParameterizedTest(name = "period of {0} months → allowed {1}")
  @CsvSource({"0,false", "1,true", "6,true", "60,true", "61,false", "-3,false"})
  void aPeriodOfStayIsOneMonthToFiveYears(int months, boolean allowed) {
    if (allowed) {
      assertThat(stay(months, null, months, null, null).currentPeriodMonths()).contains(months);
    } else {
      assertThat(refusal(() -> stay(months, null, null, null, null)).code())
          .isEqualTo("stay.period");
      assertThat(refusal(() -> stay(null, null, months, null, null)).code())
          .isEqualTo("stay.period");
    }
  }

  @ParameterizedTest(name = "periods of {0} months read {1}")
  @CsvSource({"6,6月", "12,1年", "18,1年6月", "60,5年"})
  void periodsAreShownAsTheFormsWriteThem(int months, String label) {
    assertThat(StayDetails.periodLabel(months)).isEqualTo(label);
  }

  @ParameterizedTest(name = "period of stay ending {0} days from today → allowed {1}")
  @CsvSource({"-30,false", "-1,false", "0,false", "1,true", "90,true"})
  void notOnTheLastDayOfThePeriodOfStayNorAfterIt(int days, boolean allowed) {
    if (allowed) {
      assertThatCode(() -> stay(12, TODAY.plusDays(days), 12, null, null))
          .doesNotThrowAnyException();
    } else {
      RuleViolation v = refusal(() -> stay(12, TODAY.plusDays(days), 12, null, null));
      assertThat(v.code()).isEqualTo("stay.expired");
      assertThat(v.messageJa()).contains("満了日の当日");
      assertThat(v.messageEn()).contains("last day of the period of stay");
    }
  }

  @Test
  void anExpiryThatPassesWhileTheDraftWaitsRefusesTheSubmission() {
    Application extension = complete("EXTENSION");
    LocalDate expiry = extension.form().stay().currentExpiry().orElseThrow();
    assertThatCode(() -> extension.checkComplete(expiry.minusDays(1), withPhoto()))
        .doesNotThrowAnyException();
    assertThat(refusal(() -> extension.checkComplete(expiry, withPhoto())).code())
        .isEqualTo("stay.expired");
  }

  @Test
  void criminalRecordDetailsOnlyWithYesAndRequiredThen() {
    assertThat(
            refusal(() -> new StayDetails(null, null, null, null, false, "窃盗", null, null, TODAY))
                .code())
        .isEqualTo("stay.criminal-details");
    assertThat(
            refusal(() -> new StayDetails(null, null, null, null, null, "窃盗", null, null, TODAY))
                .code())
        .isEqualTo("stay.criminal-details");

    Application a = complete("EXTENSION");
    StayDetails s = a.form().stay();
    a.edit()
        .describe(
            a.form().passport(),
            new StayDetails(
                36, s.currentExpiry().orElseThrow(), 36, "理由", true, null, null, null, TODAY),
            a.form().family(),
            a.form().sponsor(),
            NOW);
    assertThat(a.completeness().missingFields())
        .containsExactly("犯罪歴の具体的内容 / details of the criminal record");
    a.edit()
        .describe(
            a.form().passport(),
            new StayDetails(
                36,
                s.currentExpiry().orElseThrow(),
                36,
                "理由",
                true,
                "2019年 道路交通法違反（罰金）",
                null,
                null,
                TODAY),
            a.form().family(),
            a.form().sponsor(),
            NOW);
    assertThat(a.completeness().missingFields()).isEmpty();
    assertThat(a.form().stay().criminalDetails()).contains("道路交通法");
  }

  @ParameterizedTest(name = "{0}: current period given → allowed {1}")
  @CsvSource({"CHANGE,true", "EXTENSION,true", "WORK_CERT,true", "COE,false", "ACQUISITION,false"})
  void onlyAHolderOfAStatusHasACurrentPeriodOfStay(String procedure, boolean allowed) {
    Application a = complete(procedure);
    Integer desired = Procedure.WORK_CERT.equals(procedure) ? null : 12;
    StayDetails withCurrent = stay(12, TODAY.plusMonths(1), desired, null, null);
    if (allowed) {
      describe(a, withCurrent, a.form().family());
      assertThat(a.form().stay().currentPeriodMonths()).contains(12);
    } else {
      assertThat(refusal(() -> describe(a, withCurrent, a.form().family())).code())
          .isEqualTo("stay.no-current-period");
    }
  }

  @Test
  void aCertificateOfAuthorisedEmploymentHasNoPeriodAppliedFor() {
    Application a = complete("WORK_CERT");
    assertThat(
            refusal(
                    () ->
                        describe(
                            a, stay(12, TODAY.plusMonths(1), 12, null, null), a.form().family()))
                .code())
        .isEqualTo("stay.no-desired-period");
  }

  @ParameterizedTest(name = "{0}: an intended entry → allowed {1}")
  @CsvSource({"COE,true", "CHANGE,false", "EXTENSION,false", "ACQUISITION,false"})
  void onlyACoeApplicantIsAbroadAndEntersJapan(String procedure, boolean allowed) {
    Application a = complete(procedure);
    boolean holds = !List.of("COE", "ACQUISITION").contains(procedure);
    StayDetails withEntry =
        stay(
            holds ? 12 : null,
            holds ? TODAY.plusMonths(1) : null,
            12,
            "関西国際空港",
            TODAY.plusMonths(2));
    if (allowed) {
      describe(a, withEntry, a.form().family());
      assertThat(a.form().stay().entryPort()).isEqualTo("関西国際空港");
    } else {
      assertThat(refusal(() -> describe(a, withEntry, a.form().family())).code())
          .isEqualTo("stay.entry-in-japan");
    }
  }

  @ParameterizedTest(name = "entry {0} days from today → allowed {1}")
  @CsvSource({"-1,false", "0,false", "1,true"})
  void theExpectedDateOfEntryIsAfterToday(int days, boolean allowed) {
    if (allowed) {
      assertThat(stay(null, null, 12, "成田空港", TODAY.plusDays(days)).entryDate()).isPresent();
    } else {
      assertThat(refusal(() -> stay(null, null, 12, "成田空港", TODAY.plusDays(days))).code())
          .isEqualTo("stay.entry-date");
    }
  }

  @Test
  void aCoeApplicantNeedsNoCardNorAddressButTheirEntry() {
    Application coe = complete("COE");
    coe.edit()
        .revise(
            new Applicant(
                "SMITH JOHN",
                "英国",
                LocalDate.of(1990, 2, 2),
                Sex.MALE,
                "ロンドン",
                "エンジニア",
                "+44-20-7946-0000",
                true,
                "London, UK",
                null,
                "東京都",
                null,
                TODAY),
            NOW);
    assertThat(coe.completeness().missingFields()).isEmpty();
    describe(coe, stay(null, null, 12, null, null), coe.form().family());
    assertThat(coe.completeness().missingFields())
        .containsExactly("入国予定港 / intended port of entry", "入国予定年月日 / expected date of entry");
  }

  @Test
  void anApplicantInJapanNeedsTheirCardAndAddress() {
    Application change = complete("CHANGE");
    change
        .edit()
        .revise(
            new Applicant(
                "SMITH JOHN",
                "英国",
                LocalDate.of(1990, 2, 2),
                Sex.MALE,
                null,
                "エンジニア",
                "03-1234-5678",
                true,
                "London, UK",
                null,
                "東京都",
                null,
                TODAY),
            NOW);
    assertThat(change.completeness().missingFields())
        .containsExactly("在留カード番号 / Residence card number", "住居地 / Address in Japan");
  }

  @Test
  void aBareDraftNamesEveryMissingFieldInBothLanguages() {
    Procedure change = Procedure.byCode("CHANGE").orElseThrow();
    Application draft =
        Application.draft(
            7L, change, new Applicant(null, null, null, null, null, null, TODAY), NOW);
    RuleViolation v = refusal(() -> draft.checkComplete(TODAY, NO_FILES));
    assertThat(v.code()).isEqualTo("application.incomplete");
    assertThat(v.messageJa())
        .contains("氏名", "性別", "職業", "電話番号", "旅券番号", "旅券の有効期限")
        .contains("現在の在留資格", "希望する在留資格", "現在の在留期間", "在留期間の満了日")
        .contains("希望する在留期間", "申請理由", "犯罪歴の有無", "結果の受領方法");
    assertThat(v.messageEn())
        .contains("passport number", "current period of stay", "reason for the application");
    assertThat(draft.state()).isEqualTo(ApplicationState.DRAFT);
  }

  @Test
  void familyRowsAreBoundedEmptyOnesDroppedIncompleteOnesNamed() {
    Application a = complete("EXTENSION");
    FamilyMember row =
        new FamilyMember(
            FamilyRelationship.CHILD,
            "AN",
            LocalDate.of(2018, 1, 1),
            "ベトナム",
            true,
            null,
            null,
            TODAY);
    FamilyMember empty = new FamilyMember(null, " ", null, "", false, null, " ", TODAY);
    List<FamilyMember> eleven = new ArrayList<>(Collections.nCopies(11, row));
    assertThat(refusal(() -> describe(a, a.form().stay(), eleven)).code())
        .isEqualTo("family.too-many");

    List<FamilyMember> ten = new ArrayList<>(Collections.nCopies(10, row));
    ten.add(empty);
    describe(a, a.form().stay(), ten);
    assertThat(a.form().family()).hasSize(10);

    FamilyMember partial =
        new FamilyMember(FamilyRelationship.FATHER, null, null, "ベトナム", false, null, null, TODAY);
    describe(a, a.form().stay(), List.of(row, partial));
    assertThat(a.completeness().missingFields())
        .containsExactly(
            "家族2の氏名 / family member 2: name", "家族2の生年月日 / family member 2: date of birth");
  }

  @Test
  void aFamilyRowIsWellFormed() {
    assertThat(
            refusal(
                    () ->
                        new FamilyMember(
                            null, null, TODAY.plusDays(1), null, false, null, null, TODAY))
                .code())
        .isEqualTo("form.date-of-birth");
    assertThat(
            refusal(() -> new FamilyMember(null, null, null, null, false, null, "AB1234CD", TODAY))
                .code())
        .isEqualTo("residence-card.format");
    assertThat(
            new FamilyMember(null, "A", null, null, true, null, "ab12345678cd", TODAY)
                .residenceCardNumber())
        .contains(new ResidenceCardNumber("AB12345678CD"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "ENGINEER_HUMANITIES,EMPLOYER",
    "HSP,EMPLOYER",
    "SSW,EMPLOYER",
    "NURSING_CARE,EMPLOYER",
    "BUSINESS_MANAGER,EMPLOYER",
    "STUDENT,SCHOOL",
    "SPOUSE_OF_JAPANESE,SPOUSE",
    "SPOUSE_OF_PR,SPOUSE",
    "DEPENDENT,SPOUSE",
    "DESIGNATED,NONE",
    "LONG_TERM_RESIDENT,NONE",
    "CULTURAL,NONE",
    "NO_SUCH_STATUS,NONE"
  })
  void theStatusSpecificPartComesFromFormSectionsCsv(String status, FormSection section) {
    assertThat(FormSection.forStatus(status)).isEqualTo(section);
  }

  @Test
  void everyStatusOfTheSectionsTableExistsAndCanBeFiledOnline() {
    for (FormSection section : FormSection.values()) {
      for (String code : section == FormSection.NONE ? List.<String>of() : section.statuses()) {
        assertThat(ResidenceStatus.byCode(code)).get().matches(ResidenceStatus::online);
      }
      assertThat(section.labelJa()).isNotBlank();
      assertThat(section.labelEn()).isNotBlank();
    }
  }

  @ParameterizedTest(name = "{0} to {1}: the {2} part")
  @CsvSource({
    "CHANGE,ENGINEER_HUMANITIES,EMPLOYER,勤務先の名称",
    "CHANGE,STUDENT,SCHOOL,学校名",
    "CHANGE,SPOUSE_OF_JAPANESE,SPOUSE,配偶者・扶養者の氏名",
    "CHANGE,LONG_TERM_RESIDENT,NONE,"
  })
  void theDesiredStatusDecidesWhichPartMustBeFilled(
      String procedure, String desired, FormSection section, String firstMissing) {
    Application a = complete(procedure);
    a.edit()
        .plan(
            Filing.of(procedure, null, false),
            new StatusChoice("CULTURAL", null),
            new StatusChoice(desired, null),
            "LAWYER_SCRIVENER",
            false,
            NOW);
    a.edit()
        .describe(
            a.form().passport(), a.form().stay(), a.form().family(), SponsorDetails.none(), NOW);
    assertThat(a.form().formSection()).isEqualTo(section);
    if (firstMissing == null) {
      assertThat(a.completeness().missingFields()).isEmpty();
    } else {
      assertThat(a.completeness().missingFields()).first().asString().startsWith(firstMissing);
      a.edit()
          .describe(
              a.form().passport(),
              a.form().stay(),
              a.form().family(),
              TestForms.sponsor(section, TODAY),
              NOW);
      assertThat(a.completeness().missingFields()).isEmpty();
    }
  }

  @Test
  void anExtensionIsAboutTheStatusHeld() {
    assertThat(complete("EXTENSION").form().formSection()).isEqualTo(FormSection.EMPLOYER);
    assertThat(complete("WORK_CERT").form().formSection()).isEqualTo(FormSection.EMPLOYER);
  }

  @Test
  void theSponsorsFieldsAreWellFormed() {
    assertThat(
            refusal(() -> new SponsorDetails(null, null, null, null, null, null, null, -1, TODAY))
                .code())
        .isEqualTo("sponsor.income");
    assertThat(
            refusal(
                    () ->
                        new SponsorDetails(null, null, "abc", null, null, null, null, null, TODAY))
                .code())
        .isEqualTo("form.phone");
    assertThat(
            refusal(
                    () ->
                        new SponsorDetails(
                            null, null, null, null, TODAY.plusDays(1), null, null, null, TODAY))
                .code())
        .isEqualTo("form.date-of-birth");
  }

  @Test
  void theFacePhotoIsRequiredFrom16() {
    Application adult = complete("EXTENSION");
    RuleViolation v = refusal(() -> adult.checkComplete(TODAY, NO_FILES));
    assertThat(v.code()).isEqualTo("application.face-photo");
    assertThat(v.messageJa()).contains("顔写真");
    assertThat(v.messageEn()).contains("face photo");
    assertThatCode(() -> adult.checkComplete(TODAY, withPhoto())).doesNotThrowAnyException();

    Application child = complete("EXTENSION");
    Applicant a = child.form().applicant();
    child
        .edit()
        .revise(
            new Applicant(
                a.fullName(),
                a.nationality(),
                TODAY.minusYears(16).plusDays(1),
                Sex.FEMALE,
                null,
                "小学生",
                a.phone(),
                true,
                a.homeAddress(),
                "AB12345678CD",
                a.prefecture(),
                a.addressLine(),
                TODAY),
            NOW);
    assertThatCode(() -> child.checkComplete(TODAY, NO_FILES)).doesNotThrowAnyException();
  }

  @Test
  void theWizardStepIsRememberedWithinItsBounds() {
    Application a = complete("COE");
    assertThat(a.form().wizardStep()).isEqualTo(1);
    a.edit().stopAt(FormContent.WIZARD_STEPS);
    assertThat(a.form().wizardStep()).isEqualTo(FormContent.WIZARD_STEPS);
    assertThatThrownBy(() -> a.edit().stopAt(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.edit().stopAt(FormContent.WIZARD_STEPS + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSubmittedApplicationsFormCannotChange() {
    Application a = complete("EXTENSION");
    a.submit(ReceiptNumber.of("TOKYO", 2026, 1), NOW);
    assertThat(refusal(() -> describe(a, a.form().stay(), a.form().family())).code())
        .isEqualTo("application.state.revise");
  }

  private static Attachments withPhoto() {
    return new Attachments(
        List.of(
            new Attachment(
                42L,
                AttachmentKind.FACE_PHOTO,
                null,
                "photo.jpg",
                new CheckedFile(CheckedFile.JPEG, 500_000, "a", 600, 800),
                NOW)));
  }
}
