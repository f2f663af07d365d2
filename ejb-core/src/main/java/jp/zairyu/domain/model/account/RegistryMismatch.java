package jp.zairyu.domain.model.account;

/** Why a lawyer's or gyoseishoshi's registration needs an officer's review. */
public enum RegistryMismatch {
  NOT_FOUND("証明書番号が名簿にありません", "The certificate number is not in the registry"),
  NAME("氏名が名簿と一致しません", "The name differs from the registry"),
  EXPIRY("有効期限が名簿と一致しません", "The expiry date differs from the registry"),
  EXPIRED("証明書の有効期限が切れています", "The certificate has expired"),
  EMAIL(
      "メールアドレスが名簿（単位会に届け出たアドレス）と一致しません",
      "The mail address is not the registry's (the one the bar or association holds)"),
  NO_EMAIL("名簿にメールアドレスがありません", "The registry holds no mail address for this agent"),
  NO_REGISTRY("本人確認が必要です（名簿のない利用者区分）", "Identity to be checked (no registry for this kind)");

  private final String ja;
  private final String en;

  RegistryMismatch(String ja, String en) {
    this.ja = ja;
    this.en = en;
  }

  public String ja() {
    return ja;
  }

  public String en() {
    return en;
  }
}
