package jp.zairyu.portal.applications;

import java.io.Serializable;
import java.time.LocalDate;
import jp.zairyu.domain.model.application.FamilyRelationship;

/**
 * What a person's row of the form (family in Japan, an accompanying person) holds while it is
 * typed: relationship, name, date of birth and nationality.
 */
public abstract class PersonRow implements Serializable {

  private static final long serialVersionUID = 1L;

  FamilyRelationship relationship;
  String name;
  LocalDate dateOfBirth;
  String nationality;

  public FamilyRelationship getRelationship() {
    return relationship;
  }

  public void setRelationship(FamilyRelationship relationship) {
    this.relationship = relationship;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(LocalDate dateOfBirth) {
    this.dateOfBirth = dateOfBirth;
  }

  public String getNationality() {
    return nationality;
  }

  public void setNationality(String nationality) {
    this.nationality = nationality;
  }
}
