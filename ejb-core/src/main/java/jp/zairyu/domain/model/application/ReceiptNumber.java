package jp.zairyu.domain.model.application;

import java.util.regex.Pattern;

/**
 * A receipt number (受付番号) issued on submission: the competent bureau, the year and the bureau's
 * serial for that year, e.g. {@code TOKYO-2026-0000042}.
 */
public record ReceiptNumber(String value) {

  private static final Pattern FORMAT = Pattern.compile("[A-Z]{2,16}-[0-9]{4}-[0-9]{7}");

  public ReceiptNumber {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("Not a receipt number: " + value);
    }
  }

  public static ReceiptNumber of(String bureauCode, int year, long serial) {
    if (serial < 1 || serial > 9_999_999L) {
      throw new IllegalArgumentException("Receipt serial out of range: " + serial);
    }
    return new ReceiptNumber(String.format("%s-%04d-%07d", bureauCode, year, serial));
  }

  @Override
  public String toString() {
    return value;
  }
}
