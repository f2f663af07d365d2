package jp.zairyu.domain.model.application;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import jp.zairyu.domain.model.RuleViolation;

/**
 * The tracking number (追跡番号) of a trackable mailing (レターパック, 簡易書留, a courier), as printed on the
 * label. <b>Our rule</b>: 8 to 20 letters and digits; hyphens and blanks as printed are ignored,
 * full-width characters and lower case accepted.
 */
public record TrackingNumber(String value) {

  private static final Pattern FORMAT = Pattern.compile("[0-9A-Z]{8,20}");

  public TrackingNumber {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new RuleViolation(
          "tracking-number.format",
          "追跡番号は英数字8〜20文字で入力してください（ハイフンは省略できます）。",
          "A tracking number has 8 to 20 letters and digits (hyphens may be left out).");
    }
  }

  /** Reads what a person typed: blanks and hyphens are dropped, full width and lower case read. */
  public static TrackingNumber parse(String input) {
    if (input == null) {
      return new TrackingNumber(null);
    }
    String normalized =
        Normalizer.normalize(input, Normalizer.Form.NFKC)
            .replaceAll("[\\s\\-‐－ー―]", "")
            .toUpperCase(Locale.ROOT);
    return new TrackingNumber(normalized);
  }

  @Override
  public String toString() {
    return value;
  }
}
