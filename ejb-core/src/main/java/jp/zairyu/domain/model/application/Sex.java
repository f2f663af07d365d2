package jp.zairyu.domain.model.application;

/** 性別 as the official forms ask it. */
public enum Sex {
  MALE("男", "Male"),
  FEMALE("女", "Female");

  private final String labelJa;
  private final String labelEn;

  Sex(String labelJa, String labelEn) {
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
