package jp.zairyu.domain.model.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.zairyu.domain.model.RuleViolation;

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
   * The rows of a COE's accompanying persons as entered, those with nothing typed dropped: only a
   * COE asks them, persons only with 「有」, at most {@code max}.
   *
   * @param accompanied true 有, false 無, null not answered yet
   */
  static List<AccompanyingPerson> rows(
      Procedure procedure, Boolean accompanied, List<AccompanyingPerson> persons, int max) {
    List<AccompanyingPerson> rows = persons.stream().filter(p -> !p.empty()).toList();
    if (!procedure.asksAccompanyingPersons() && (accompanied != null || !rows.isEmpty())) {
      throw new RuleViolation(
          "accompanying.not-coe",
          "同伴者は在留資格認定証明書の申請でのみ入力します。",
          "Accompanying persons are only for a certificate of eligibility.");
    }
    if (!Boolean.TRUE.equals(accompanied) && !rows.isEmpty()) {
      throw new RuleViolation(
          "accompanying.without-yes",
          "同伴者は、同伴者の有無で「有」を選んだ場合にのみ入力してください。",
          "Enter accompanying persons only when you answer that there are some.");
    }
    if (rows.size() > max) {
      throw new RuleViolation(
          "accompanying.too-many",
          "同伴者は" + max + "人まで入力できます。",
          "At most " + max + " accompanying persons can be entered.");
    }
    return rows;
  }

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
