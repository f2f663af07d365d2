package jp.zairyu.domain.model.bureau;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.zairyu.domain.model.reference.CsvTable;

/**
 * The bureaus of {@code bureaus.csv} (the domain's table, verbatim) joined with {@code
 * bureau-windows.csv} (our table: the window's days and hours, with a source), and the routing
 * rule: an application goes to the bureau that serves the prefecture of the applicant's address in
 * Japan.
 */
public final class BureauDirectory {

  private static final BureauDirectory STANDARD =
      fromTables(CsvTable.load("bureaus.csv"), CsvTable.load("bureau-windows.csv"));

  private final Map<String, Bureau> byCode;
  private final Map<String, Bureau> byPrefecture;

  private BureauDirectory(List<Bureau> bureaus) {
    Map<String, Bureau> codes = new LinkedHashMap<>();
    Map<String, Bureau> prefectures = new LinkedHashMap<>();
    for (Bureau bureau : bureaus) {
      codes.put(bureau.code(), bureau);
      for (String prefecture : bureau.prefectures()) {
        Bureau previous = prefectures.put(prefecture, bureau);
        if (previous != null) {
          throw new IllegalStateException(
              prefecture + " is served by both " + previous.code() + " and " + bureau.code());
        }
      }
    }
    this.byCode = Collections.unmodifiableMap(codes);
    this.byPrefecture = Map.copyOf(prefectures);
  }

  /** The bureaus of the reference table shipped with the application. */
  public static BureauDirectory standard() {
    return STANDARD;
  }

  /** Joins the two tables; fails on a bureau without its window's hours or hours of no bureau. */
  static BureauDirectory fromTables(CsvTable table, CsvTable windows) {
    Map<String, WindowHours> hours = new LinkedHashMap<>();
    for (Map<String, String> w : windows.rows()) {
      if (w.get("source") == null || w.get("source").isBlank()) {
        throw new IllegalStateException("bureau-windows.csv: " + w.get("code") + " has no source");
      }
      hours.put(
          w.get("code"),
          WindowHours.parse(w.get("days_ja"), w.get("days_en"), CsvTable.values(w.get("hours"))));
    }
    List<String> codes = table.rows().stream().map(r -> r.get("code")).toList();
    if (!hours.keySet().equals(new java.util.HashSet<>(codes))) {
      throw new IllegalStateException(
          "bureau-windows.csv " + hours.keySet() + " does not match bureaus.csv " + codes);
    }
    return new BureauDirectory(
        table.rows().stream()
            .map(
                r ->
                    new Bureau(
                        r.get("code"),
                        r.get("name_ja"),
                        r.get("name_en"),
                        CsvTable.values(r.get("prefectures")),
                        hours.get(r.get("code"))))
            .toList());
  }

  public Optional<Bureau> byCode(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
  }

  /** The bureau competent for an address in the given prefecture (e.g. {@code 東京都}). */
  public Optional<Bureau> competentFor(String prefecture) {
    return prefecture == null
        ? Optional.empty()
        : Optional.ofNullable(byPrefecture.get(prefecture));
  }

  public boolean isPrefecture(String prefecture) {
    return prefecture != null && byPrefecture.containsKey(prefecture);
  }

  /** The 47 prefectures in the order of the reference table (north to south). */
  public List<String> prefectures() {
    return byCode.values().stream().flatMap(b -> b.prefectures().stream()).toList();
  }

  public Collection<Bureau> all() {
    return byCode.values();
  }
}
