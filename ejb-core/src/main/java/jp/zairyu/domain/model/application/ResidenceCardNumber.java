package jp.zairyu.domain.model.application;

import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import jp.zairyu.domain.model.RuleViolation;

/** A residence card (在留カード) number: 2 letters, 8 digits, 2 letters, e.g. AB12345678CD. */
public record ResidenceCardNumber(String value) {

  private static final Pattern FORMAT = Pattern.compile("[A-Z]{2}[0-9]{8}[A-Z]{2}");

  /** The highest serial a card number can carry (its 8 digits). */
  public static final long LAST_SERIAL = 99_999_999L;

  public ResidenceCardNumber {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new RuleViolation(
          "residence-card.format",
          "在留カード番号は英字2文字・数字8桁・英字2文字の12文字で入力してください（例: AB12345678CD）。",
          "A residence card number is 12 characters: 2 letters, 8 digits, 2 letters (e.g."
              + " AB12345678CD).");
    }
  }

  /**
   * The number of a newly issued card: the serial (drawn once from a sequence, never reused) as the
   * 8 digits, between two pairs of random letters. Unique because the serial is.
   *
   * @param serial 1 to {@value #LAST_SERIAL}
   */
  public static ResidenceCardNumber issue(long serial, RandomGenerator random) {
    if (serial < 1 || serial > LAST_SERIAL) {
      throw new IllegalArgumentException("No card serial " + serial);
    }
    return new ResidenceCardNumber(
        letters(random) + String.format("%08d", serial) + letters(random));
  }

  private static String letters(RandomGenerator random) {
    return "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
  }

  /**
   * Reads what a person typed: surrounding blanks are ignored, full-width characters and lower case
   * are accepted (ＡＢ１２… or ab12…), anything else is refused.
   */
  public static ResidenceCardNumber parse(String input) {
    if (input == null) {
      return new ResidenceCardNumber(null);
    }
    String normalized =
        java.text.Normalizer.normalize(input.strip(), java.text.Normalizer.Form.NFKC);
    return new ResidenceCardNumber(normalized.toUpperCase(java.util.Locale.ROOT));
  }

  public static boolean isValid(String input) {
    try {
      parse(input);
      return true;
    } catch (RuleViolation e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
