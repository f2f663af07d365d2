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
