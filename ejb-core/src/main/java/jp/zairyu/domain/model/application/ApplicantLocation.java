package jp.zairyu.domain.model.application;

/**
 * Where the applicant is on the day of filing (申請日における申請人の所在), as the form asks it: never inferred
 * from the procedure. Which procedure may be filed for which is {@link LocationRules}' ({@code
 * applicant-location.csv}).
 */
public enum ApplicantLocation {
  IN_JAPAN("japan", "日本国内に在留している", "in Japan"),
  ABROAD("abroad", "日本国外にいる", "abroad");

  private final String code;
  private final String labelJa;
  private final String labelEn;

  ApplicantLocation(String code, String labelJa, String labelEn) {
    this.code = code;
    this.labelJa = labelJa;
    this.labelEn = labelEn;
  }

  /** The value of the {@code location} column of {@code applicant-location.csv}. */
  public String code() {
    return code;
  }

  public String labelJa() {
    return labelJa;
  }

  public String labelEn() {
    return labelEn;
  }

  static ApplicantLocation ofCode(String code) {
    for (ApplicantLocation l : values()) {
      if (l.code.equals(code)) {
        return l;
      }
    }
    throw new IllegalStateException("applicant-location.csv: no location " + code);
  }
}
