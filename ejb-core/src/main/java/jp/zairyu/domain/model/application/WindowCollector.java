package jp.zairyu.domain.model.application;

/**
 * In what capacity the person who came to the window received the result: the foreign national
 * themselves, their legal representative, or an agent (申請等取次者: a lawyer, a gyoseishoshi or an
 * approved staff member).
 */
public enum WindowCollector {
  APPLICANT("申請人本人", "the applicant"),
  LEGAL_REPRESENTATIVE("法定代理人", "the legal representative"),
  AGENT("申請等取次者", "the agent (申請等取次者)");

  private final String labelJa;
  private final String labelEn;

  WindowCollector(String labelJa, String labelEn) {
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
