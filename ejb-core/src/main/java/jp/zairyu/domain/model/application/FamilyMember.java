package jp.zairyu.domain.model.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One row of 在日親族及び同居者 (family in Japan and people living with the applicant): relationship, name,
 * date of birth, nationality, whether living together, workplace or school, residence card number
 * (none for a Japanese national). A row may be incomplete in a draft; what is entered must be well
 * formed.
 */
@Embeddable
public class FamilyMember {

  @Enumerated(EnumType.STRING)
  @Column(name = "relationship")
  private FamilyRelationship relationship;

  @Column(name = "name")
  private String name;

  @Column(name = "date_of_birth")
  private LocalDate dateOfBirth;

  @Column(name = "nationality")
  private String nationality;

  @Column(name = "living_together", nullable = false)
  private boolean livingTogether;

  @Column(name = "workplace")
  private String workplace;

  @Column(name = "residence_card_number")
  private String residenceCardNumber;

  protected FamilyMember() {}

  public FamilyMember(
      FamilyRelationship relationship,
      String name,
      LocalDate dateOfBirth,
      String nationality,
      boolean livingTogether,
      String workplace,
      String residenceCardNumber,
      LocalDate today) {
    this.relationship = relationship;
    this.name = FormFields.text(name, Applicant.MAX_NAME, "家族の氏名", "The family member's name");
    this.dateOfBirth =
        FormFields.birth(dateOfBirth, today, "家族の生年月日", "The family member's date of birth");
    this.nationality =
        FormFields.text(
            nationality, Applicant.MAX_NATIONALITY, "家族の国籍・地域", "The family member's nationality");
    this.livingTogether = livingTogether;
    this.workplace =
        FormFields.text(
            workplace, Applicant.MAX_NAME, "家族の勤務先・通学先", "The family member's workplace or school");
    this.residenceCardNumber = FormFields.card(residenceCardNumber);
  }

  /** Whether nothing at all was typed in the row (such rows are dropped). */
  public boolean empty() {
    return relationship == null
        && name == null
        && dateOfBirth == null
        && nationality == null
        && workplace == null
        && residenceCardNumber == null;
  }

  /** The fields of this row needed for submission, each filled or not (numbered from 1). */
  List<RequiredField> requiredFields(int number) {
    return FormFields.requiredPersonFields(
        RequiredField.FAMILY,
        "family",
        "家族" + number + "の",
        "family member " + number + ": ",
        relationship,
        name,
        dateOfBirth,
        nationality);
  }

  public Optional<FamilyRelationship> relationship() {
    return Optional.ofNullable(relationship);
  }

  public String name() {
    return name;
  }

  public LocalDate dateOfBirth() {
    return dateOfBirth;
  }

  public String nationality() {
    return nationality;
  }

  public boolean livingTogether() {
    return livingTogether;
  }

  public String workplace() {
    return workplace;
  }

  public Optional<ResidenceCardNumber> residenceCardNumber() {
    return Optional.ofNullable(residenceCardNumber).map(ResidenceCardNumber::new);
  }
}
