package jp.zairyu.domain.model.application;

import java.util.regex.Pattern;

/** A receipt number (受付番号) issued on submission: year and a serial, e.g. 2026-00000042. */
public record ReceiptNumber(String value) {

  private static final Pattern FORMAT = Pattern.compile("[0-9]{4}-[0-9]{8}");

  public ReceiptNumber {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("Not a receipt number: " + value);
    }
  }

  public static ReceiptNumber of(int year, long serial) {
    if (serial < 1 || serial > 99_999_999L) {
      throw new IllegalArgumentException("Receipt serial out of range: " + serial);
    }
    return new ReceiptNumber(String.format("%04d-%08d", year, serial));
  }

  @Override
  public String toString() {
    return value;
  }
}
