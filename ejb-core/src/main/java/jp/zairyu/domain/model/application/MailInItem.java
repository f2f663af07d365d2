package jp.zairyu.domain.model.application;

/**
 * What the practitioner sends to the bureau after an approval with the result received by mail
 * (発行待ち), and what the officer checks on arrival.
 */
public enum MailInItem {
  /** The current residence card (在留カード), replaced by the new one. */
  RESIDENCE_CARD("現在の在留カード", "The current residence card"),
  /** The fee slip (手数料納付書) with revenue stamps (収入印紙) for the fee. */
  FEE_SLIP("収入印紙を貼った手数料納付書", "The fee slip (手数料納付書) with revenue stamps for the fee"),
  /** A return envelope of a trackable service, addressed and stamped. */
  RETURN_ENVELOPE(
      "返信用封筒（追跡可能なもの。宛先を記入し、切手を貼付）",
      "A return envelope of a trackable service, addressed and stamped");

  private final String labelJa;
  private final String labelEn;

  MailInItem(String labelJa, String labelEn) {
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
