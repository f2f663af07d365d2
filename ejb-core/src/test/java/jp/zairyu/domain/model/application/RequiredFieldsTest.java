package jp.zairyu.domain.model.application;

import static jp.zairyu.domain.model.application.ApplicationFormTest.NOW;
import static jp.zairyu.domain.model.application.ApplicationFormTest.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.zairyu.application.DraftProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fields submission needs, each on its step of the portal's form (issue 19's progress view):
 * the same fields, in the same order, as the list of missing fields names; the portal's counts per
 * step (DraftProgress) come from them.
 */
class RequiredFieldsTest {

  private static Application empty(String procedure) {
    return Application.draft(
        7L,
        Procedure.byCode(procedure).orElseThrow(),
        new Applicant(null, null, null, null, null, null, TODAY),
        NOW);
  }

  @ParameterizedTest(name = "{0}: {1} on step {2}")
  @CsvSource({
    "EXTENSION,applicantLocation,1",
    "EXTENSION,currentStatus,1",
    "EXTENSION,resultReceipt,1",
    "EXTENSION,applicantEmail,1",
    "EXTENSION,fullName,2",
    "EXTENSION,residenceCardNumber,2",
    "EXTENSION,addressLine,2",
    "EXTENSION,passportNumber,3",
    "EXTENSION,currentExpiry,3",
    "EXTENSION,desiredPeriodMonths,3",
    "EXTENSION,criminalRecord,3",
    "COE,desiredStatus,1",
    "COE,placeOfBirth,2",
    "COE,entryPort,3",
    "COE,accompanied,4",
    "ACQUISITION,acquisitionEvent,1"
  })
  void eachFieldIsOnItsStep(String procedure, String field, int step) {
    assertThat(empty(procedure).completeness().requiredFields())
        .filteredOn(f -> f.field().equals(field))
        .singleElement()
        .satisfies(f -> assertThat(f.step()).isEqualTo(step))
        .satisfies(f -> assertThat(f.filled()).isFalse());
  }

  @Test
  void theMissingFieldsAreTheRequiredOnesNotFilledInTheSameOrder() {
    for (Application a : List.of(empty("EXTENSION"), empty("COE"), empty("CHANGE"))) {
      assertThat(a.completeness().missingFields())
          .isNotEmpty()
          .isEqualTo(
              a.completeness().requiredFields().stream()
                  .filter(f -> !f.filled())
                  .map(RequiredField::label)
                  .toList());
    }
    Application complete = DecisionTest.draft("EXTENSION", ResultReceipt.MAIL);
    assertThat(complete.completeness().requiredFields())
        .isNotEmpty()
        .allMatch(RequiredField::filled);
    assertThat(complete.completeness().missingFields()).isEmpty();
  }

  @Test
  void theProgressCountsDoneAndMissingPerStep() {
    DraftProgress none = DraftProgress.of(empty("EXTENSION").completeness().requiredFields());
    assertThat(none.step(2).done()).isZero();
    assertThat(none.step(2).missing()).contains("氏名 / Name", "性別 / Sex");
    assertThat(none.step(6).required()).as("checking has no fields of its own").isZero();
    assertThat(none.requires("fullName")).isTrue();
    assertThat(none.requires("placeOfBirth")).as("asked only of an applicant abroad").isFalse();
    assertThat(none.missingInAll())
        .isEqualTo(empty("EXTENSION").completeness().missingFields().size());

    Application half = empty("EXTENSION");
    half.edit().revise(new Applicant("NGUYEN VAN AN", "ベトナム", null, null, null, null, TODAY), NOW);
    DraftProgress some = DraftProgress.of(half.completeness().requiredFields());
    assertThat(some.step(2).done()).isEqualTo(2);
    assertThat(some.step(2).missing()).doesNotContain("氏名 / Name").contains("性別 / Sex");
    assertThat(some.step(2).required()).isEqualTo(none.step(2).required());

    DraftProgress all =
        DraftProgress.of(
            DecisionTest.draft("EXTENSION", ResultReceipt.MAIL).completeness().requiredFields());
    assertThat(all.missingInAll()).isZero();
    assertThat(all.steps()).allMatch(s -> s.missing().isEmpty());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "family.relationship,true",
    "family.name,true",
    "family.dateOfBirth,true",
    "family.nationality,true",
    "accompanying.name,true",
    "accompanying.dateOfBirth,true",
    "family.workplace,false",
    "family.residenceCardNumber,false",
    "fullName,false"
  })
  void aPersonRowsFieldsAreRequiredAsSoonAsTheRowIsThere(String field, boolean required) {
    assertThat(RequiredField.ofEveryPersonRow(field)).isEqualTo(required);
  }
}
