package jp.zairyu.domain.model.application;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.zairyu.domain.model.reference.CsvTable;

/**
 * The event that made someone stay in Japan without a status (出生, 日本の国籍の離脱, その他), which an
 * acquisition of status (在留資格取得) asks with its date ({@code acquisition-events.csv}, our table
 * after 入管法第22条の2): the application is due within {@code deadlineDays} days of the event, the day
 * of the event not counted (民法第140条), to stay beyond the 60 days allowed without a status. A
 * procedure asks the event when the table has rows for it; an event whose date is the date of birth
 * ({@code date_is_birth}) must match the applicant's.
 */
public record AcquisitionEvent(
    String procedure,
    String code,
    String nameJa,
    String nameEn,
    int deadlineDays,
    boolean dateIsBirth,
    String source) {

  private static final class Table {
    static final Map<String, AcquisitionEvent> BY_KEY = new LinkedHashMap<>();

    static {
      for (Map<String, String> r : CsvTable.load("acquisition-events.csv").rows()) {
        if (r.get("source").isBlank()) {
          throw new IllegalStateException(
              "acquisition-events.csv: " + r.get("code") + " no source");
        }
        AcquisitionEvent e =
            new AcquisitionEvent(
                r.get("procedure"),
                r.get("code"),
                r.get("name_ja"),
                r.get("name_en"),
                Integer.parseInt(r.get("deadline_days")),
                "yes".equals(r.get("date_is_birth")),
                r.get("source"));
        if (BY_KEY.put(e.procedure + "/" + e.code, e) != null) {
          throw new IllegalStateException("acquisition-events.csv: two rows for " + e.code);
        }
      }
    }
  }

  /** The events a procedure asks (empty: it asks none). */
  public static List<AcquisitionEvent> of(Procedure procedure) {
    return Table.BY_KEY.values().stream()
        .filter(e -> e.procedure.equals(procedure.code()))
        .toList();
  }

  /** Whether the procedure asks the event and its date. */
  public static boolean asked(Procedure procedure) {
    return !of(procedure).isEmpty();
  }

  /** The event of this code for the procedure. */
  public static Optional<AcquisitionEvent> of(Procedure procedure, String code) {
    return Optional.ofNullable(code).map(c -> Table.BY_KEY.get(procedure.code() + "/" + c));
  }

  /** The last day to file after an event on {@code date}: the day itself is not counted. */
  public LocalDate deadline(LocalDate date) {
    return date.plusDays(deadlineDays);
  }
}
