package jp.zairyu.domain.model.bureau;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * When a bureau's window receives people ({@code bureau-windows.csv}, our table beside the domain's
 * {@code bureaus.csv}): the days in words and the sessions of the day, e.g. 9:00–12:00 and
 * 13:00–16:00 on weekdays.
 */
public record WindowHours(String daysJa, String daysEn, List<Session> sessions)
    implements java.io.Serializable {

  /** One session of the window, from its opening to its closing. */
  public record Session(LocalTime opens, LocalTime closes) implements java.io.Serializable {
    public Session {
      if (!opens.isBefore(closes)) {
        throw new IllegalArgumentException(
            "A session opens before it closes: " + opens + "-" + closes);
      }
    }

    @Override
    public String toString() {
      return TIME.format(opens) + "-" + TIME.format(closes);
    }
  }

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

  public WindowHours {
    if (daysJa == null || daysJa.isBlank() || daysEn == null || daysEn.isBlank()) {
      throw new IllegalArgumentException("Window hours name their days");
    }
    if (sessions.isEmpty()) {
      throw new IllegalArgumentException("Window hours have at least one session");
    }
    for (int i = 1; i < sessions.size(); i++) {
      if (!sessions.get(i - 1).closes().isBefore(sessions.get(i).opens())) {
        throw new IllegalArgumentException("Sessions in order, apart: " + sessions);
      }
    }
    sessions = List.copyOf(sessions);
  }

  /** Reads {@code 09:00-12:00|13:00-16:00} (sessions separated by {@code |}). */
  public static WindowHours parse(String daysJa, String daysEn, List<String> sessions) {
    List<Session> parsed = new ArrayList<>();
    for (String s : sessions) {
      String[] times = s.strip().split("-");
      if (times.length != 2) {
        throw new IllegalArgumentException("A session is HH:MM-HH:MM: " + s);
      }
      parsed.add(new Session(LocalTime.parse(times[0].strip()), LocalTime.parse(times[1].strip())));
    }
    return new WindowHours(daysJa, daysEn, parsed);
  }

  /** 平日（…） 9:00〜12:00、13:00〜16:00 */
  public String ja() {
    return daysJa
        + " "
        + String.join(
            "、",
            sessions.stream()
                .map(s -> TIME.format(s.opens()) + "〜" + TIME.format(s.closes()))
                .toList());
  }

  /** weekdays (…), 9:00-12:00 and 13:00-16:00 */
  public String en() {
    return daysEn + ", " + String.join(" and ", sessions.stream().map(Session::toString).toList());
  }
}
