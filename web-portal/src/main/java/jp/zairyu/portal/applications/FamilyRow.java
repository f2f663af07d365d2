package jp.zairyu.portal.applications;

import jp.zairyu.application.FormDetails;

/** One row of family in Japan as the form holds it while it is typed. */
public class FamilyRow extends PersonRow {

  private static final long serialVersionUID = 1L;

  private boolean livingTogether;
  private String workplace;
  private String residenceCardNumber;

  static FamilyRow of(FormDetails.Family m) {
    FamilyRow r = new FamilyRow();
    r.relationship = m.relationship();
    r.name = m.name();
    r.dateOfBirth = m.dateOfBirth();
    r.nationality = m.nationality();
    r.livingTogether = m.livingTogether();
    r.workplace = m.workplace();
    r.residenceCardNumber = m.residenceCardNumber();
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
