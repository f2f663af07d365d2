package jp.zairyu.domain.model.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One accompanying person (同伴者) of a certificate of eligibility: relationship to the applicant,
 * name, date of birth and nationality. A row may be incomplete in a draft; what is entered must be
 * well formed.
 */
@Embeddable
public class AccompanyingPerson {

  @Enumerated(EnumType.STRING)
  @Column(name = "relationship")
  private FamilyRelationship relationship;

  @Column(name = "name")
  private String name;

  @Column(name = "date_of_birth")
  private LocalDate dateOfBirth;

  @Column(name = "nationality")
  private String nationality;

  protected AccompanyingPerson() {}

  /**
   * @param today the date in Japan, to refuse a date of birth in the future
   */
  public AccompanyingPerson(
      FamilyRelationship relationship,
      String name,
      LocalDate dateOfBirth,
      String nationality,
      LocalDate today) {
    this.relationship = relationship;
    this.name =
        FormFields.text(name, Applicant.MAX_NAME, "同伴者の氏名", "The accompanying person's name");
    this.dateOfBirth =
        FormFields.birth(dateOfBirth, today, "同伴者の生年月日", "The accompanying person's date of birth");
    this.nationality =
        FormFields.text(
            nationality,
            Applicant.MAX_NATIONALITY,
            "同伴者の国籍・地域",
            "The accompanying person's nationality");
  }

  /** Whether nothing at all was typed in the row (such rows are dropped). */
  public boolean empty() {
    return relationship == null && name == null && dateOfBirth == null && nationality == null;
  }

  /** The fields of this row needed for submission, each filled or not (numbered from 1). */
  List<RequiredField> requiredFields(int number) {
    return FormFields.requiredPersonFields(
        RequiredField.FAMILY,
        "accompanying",
        "同伴者" + number + "の",
        "accompanying person " + number + ": ",
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
}
