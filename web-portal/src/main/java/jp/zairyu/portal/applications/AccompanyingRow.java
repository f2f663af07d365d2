package jp.zairyu.portal.applications;

import java.io.Serializable;
import java.time.LocalDate;
import jp.zairyu.application.FormDetails;
import jp.zairyu.domain.model.application.AccompanyingPerson;
import jp.zairyu.domain.model.application.FamilyRelationship;

/** One accompanying person of a COE (同伴者) as the form holds it while it is typed. */
public class AccompanyingRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private FamilyRelationship relationship;
  private String name;
  private LocalDate dateOfBirth;
  private String nationality;

  static AccompanyingRow of(AccompanyingPerson p) {
    AccompanyingRow r = new AccompanyingRow();
    r.relationship = p.relationship().orElse(null);
    r.name = p.name();
    r.dateOfBirth = p.dateOfBirth();
    r.nationality = p.nationality();
    return r;
  }

  FormDetails.Accompanying details() {
    return new FormDetails.Accompanying(relationship, name, dateOfBirth, nationality);
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
}
