package jp.zairyu.application;

import java.time.LocalDate;

/** What the practitioner typed for the applicant, before the domain has checked it. */
public record ApplicantDetails(
    String fullName,
    String nationality,
    LocalDate dateOfBirth,
    String residenceCardNumber,
    String prefecture,
    String addressLine) {}
