package jp.zairyu.portal.applications;

import jp.zairyu.application.FormDetails;

/** One accompanying person of a COE (同伴者) as the form holds it while it is typed. */
public class AccompanyingRow extends PersonRow {

  private static final long serialVersionUID = 1L;

  static AccompanyingRow of(FormDetails.Accompanying p) {
    AccompanyingRow r = new AccompanyingRow();
    r.relationship = p.relationship();
    r.name = p.name();
    r.dateOfBirth = p.dateOfBirth();
    r.nationality = p.nationality();
    return r;
  }

  FormDetails.Accompanying details() {
    return new FormDetails.Accompanying(relationship, name, dateOfBirth, nationality);
  }
}
