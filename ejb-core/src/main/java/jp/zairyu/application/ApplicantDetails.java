package jp.zairyu.application;

import java.time.LocalDate;
import jp.zairyu.domain.model.application.Sex;

/** What the practitioner typed for the applicant, before the domain has checked it. */
public record ApplicantDetails(
    String fullName,
    String nationality,
    LocalDate dateOfBirth,
    Sex sex,
    String placeOfBirth,
    String occupation,
    String phone,
    Boolean married,
    String homeAddress,
    String residenceCardNumber,
    String prefecture,
    String addressLine) {

  /** What a stored applicant says, as a form would type it (to show or copy it). */
  public static ApplicantDetails of(jp.zairyu.domain.model.application.Applicant a) {
    return new ApplicantDetails(
        a.fullName(),
        a.nationality(),
        a.dateOfBirth(),
        a.sex().orElse(null),
        a.placeOfBirth(),
        a.occupation(),
        a.phone(),
        a.married().orElse(null),
        a.homeAddress(),
        a.residenceCardNumber().map(Object::toString).orElse(null),
        a.prefecture(),
        a.addressLine());
  }

  /** The identity fields of the first form only; the others left empty. */
  public ApplicantDetails(
      String fullName,
      String nationality,
      LocalDate dateOfBirth,
      String residenceCardNumber,
      String prefecture,
      String addressLine) {
    this(
        fullName,
        nationality,
        dateOfBirth,
        null,
        null,
        null,
        null,
        null,
        null,
        residenceCardNumber,
        prefecture,
        addressLine);
  }
}
