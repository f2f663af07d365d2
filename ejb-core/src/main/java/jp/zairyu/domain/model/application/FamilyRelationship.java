package jp.zairyu.domain.model.application;

/** 続柄: the relationship of a family member in Japan to the applicant. */
public enum FamilyRelationship {
  SPOUSE("配偶者", "Spouse"),
  CHILD("子", "Child"),
  FATHER("父", "Father"),
  MOTHER("母", "Mother"),
  SIBLING("兄弟姉妹", "Brother or sister"),
  OTHER("その他", "Other");

  private final String labelJa;
  private final String labelEn;

  FamilyRelationship(String labelJa, String labelEn) {
    this.labelJa = labelJa;
    this.labelEn = labelEn;
  }

  public String labelJa() {
    return labelJa;
  }

  public String labelEn() {
    return labelEn;
  }
}
