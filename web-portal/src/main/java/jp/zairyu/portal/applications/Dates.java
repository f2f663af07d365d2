package jp.zairyu.portal.applications;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates and times as shown in Japan. */
final class Dates {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.of("Asia/Tokyo"));

  private Dates() {}

  static String time(Instant instant) {
    return TIME.format(instant);
  }

  static String format(Instant instant) {
    return instant == null ? "—" : FORMAT.format(instant);
  }
}
