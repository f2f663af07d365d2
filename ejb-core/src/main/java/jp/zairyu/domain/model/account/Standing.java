package jp.zairyu.domain.model.account;

/**
 * Whether a practitioner may still act as what they registered as: an agent (申請等取次者) only while the
 * notification certificate is valid and the agent registry lists it, an organisation's staff only
 * while the organisation's approval (申請等取次承認, three years) is. A lapsed practitioner can neither
 * log in nor file; their drafts are kept.
 */
public enum Standing {
  GOOD("", ""),
  CERTIFICATE_EXPIRED("届出済証明書の有効期限が過ぎています", "The agent's notification certificate has expired"),
  REMOVED_FROM_REGISTRY("申請等取次者名簿から削除されています", "The agent is no longer in the agent registry"),
  APPROVAL_EXPIRED("申請等取次承認の有効期間（3年）が過ぎています", "The approval (valid three years) has lapsed");

  private final String ja;
  private final String en;

  Standing(String ja, String en) {
    this.ja = ja;
    this.en = en;
  }

  public boolean good() {
    return this == GOOD;
  }

  public String ja() {
    return ja;
  }

  public String en() {
    return en;
  }
}
