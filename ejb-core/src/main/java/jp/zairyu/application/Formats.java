package jp.zairyu.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How dates and times appear in mails: Japan time, unambiguous in both languages. */
final class Formats {

  static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'JST'").withZone(JAPAN);

  private Formats() {}

  static String dateTime(Instant instant) {
    return DATE_TIME.format(instant);
  }

  static String date(Instant instant) {
    return LocalDate.ofInstant(instant, JAPAN).toString();
  }
}
