package jp.zairyu.domain.model;

/**
 * A business rule refused an operation. Carries a stable code and a message in Japanese and
 * English; the transaction that raised it rolls back and nothing is stored.
 */
public class RuleViolation extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final String messageJa;
  private final String messageEn;

  public RuleViolation(String code, String messageJa, String messageEn) {
    super(messageJa + " / " + messageEn);
    this.code = code;
    this.messageJa = messageJa;
    this.messageEn = messageEn;
  }

  public String code() {
    return code;
  }

  public String messageJa() {
    return messageJa;
  }

  public String messageEn() {
    return messageEn;
  }
}
