package jp.zairyu.portal.applications;

import java.io.Serializable;
import java.time.LocalDate;
import jp.zairyu.application.FormDetails;
import jp.zairyu.domain.model.application.FamilyMember;
import jp.zairyu.domain.model.application.FamilyRelationship;

/** One row of family in Japan as the form holds it while it is typed. */
public class FamilyRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private FamilyRelationship relationship;
  private String name;
  private LocalDate dateOfBirth;
  private String nationality;
  private boolean livingTogether;
  private String workplace;
  private String residenceCardNumber;

  static FamilyRow of(FamilyMember m) {
    FamilyRow r = new FamilyRow();
    r.relationship = m.relationship().orElse(null);
    r.name = m.name();
    r.dateOfBirth = m.dateOfBirth();
    r.nationality = m.nationality();
    r.livingTogether = m.livingTogether();
    r.workplace = m.workplace();
    r.residenceCardNumber = m.residenceCardNumber().map(Object::toString).orElse(null);
    return r;
  }

  FormDetails.Family details() {
    return new FormDetails.Family(
        relationship,
        name,
        dateOfBirth,
        nationality,
        livingTogether,
        workplace,
        residenceCardNumber);
  }

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

  public boolean isLivingTogether() {
    return livingTogether;
  }

  public void setLivingTogether(boolean livingTogether) {
    this.livingTogether = livingTogether;
  }

  public String getWorkplace() {
    return workplace;
  }

  public void setWorkplace(String workplace) {
    this.workplace = workplace;
  }

  public String getResidenceCardNumber() {
    return residenceCardNumber;
  }

  public void setResidenceCardNumber(String residenceCardNumber) {
    this.residenceCardNumber = residenceCardNumber;
  }
}
