package jp.zairyu.domain.model.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import jp.zairyu.domain.model.RuleViolation;

/**
 * The password rules of the domain: 8 to 32 half-width characters mixing letters, digits and
 * symbols ({@value #SYMBOLS}), case-sensitive, not containing the 認証ID; valid for one year.
 */
public final class PasswordPolicy {

  public static final String SYMBOLS = "$%&=@_#*+-?!";
  public static final int MIN_LENGTH = 8;
  public static final int MAX_LENGTH = 32;
  public static final Duration VALIDITY = Duration.ofDays(365);

  private PasswordPolicy() {}

  /**
   * Refuses a password that breaks a rule, saying which one.
   *
   * @param loginId the 認証ID (or officer login) the password must not contain; may be null
   */
  public static void check(String password, String loginId) {
    if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
      throw new RuleViolation(
          "password.length", "パスワードは8文字以上32文字以下で入力してください。", "A password has 8 to 32 characters.");
    }
    boolean letter = false;
    boolean digit = false;
    boolean symbol = false;
    for (int i = 0; i < password.length(); i++) {
      char c = password.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        letter = true;
      } else if (c >= '0' && c <= '9') {
        digit = true;
      } else if (SYMBOLS.indexOf(c) >= 0) {
        symbol = true;
      } else {
        throw new RuleViolation(
            "password.characters",
            "パスワードに使えるのは半角英字・数字・記号（" + SYMBOLS + "）だけです。",
            "A password may contain only half-width letters, digits and the symbols "
                + SYMBOLS
                + ".");
      }
    }
    if (!(letter && digit && symbol)) {
      throw new RuleViolation(
          "password.mix",
          "パスワードには英字・数字・記号（" + SYMBOLS + "）をそれぞれ1文字以上含めてください。",
          "A password needs at least one letter, one digit and one symbol (" + SYMBOLS + ").");
    }
    if (loginId != null
        && !loginId.isBlank()
        && password.toLowerCase(Locale.ROOT).contains(loginId.toLowerCase(Locale.ROOT))) {
      throw new RuleViolation(
          "password.contains-id",
          "パスワードに認証IDを含めることはできません。",
          "A password must not contain the authentication ID.");
    }
  }

  /** When a password set at {@code changedAt} stops working. */
  public static Instant expiry(Instant changedAt) {
    return changedAt.plus(VALIDITY);
  }
}
