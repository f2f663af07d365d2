package jp.zairyu.domain.model.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.zairyu.domain.model.reference.CsvTable;

/**
 * A designation of 特定活動 (designated activities) as ISA's forms ask it: the number of the notice
 * (特定活動告示, 平成2年法務省告示第131号) or 告示外, from {@code designated-activities.csv} (our table, each row with
 * its source). One that cannot be filed online (出国準備期間) says where to go instead. Stored as the
 * status's sub-type.
 */
public record Designation(
    String status,
    String code,
    String nameJa,
    String nameEn,
    boolean online,
    String whereJa,
    String whereEn,
    String source) {

  private static final class Table {
    static final Map<String, Designation> BY_KEY = new LinkedHashMap<>();

    static {
      for (Map<String, String> r : CsvTable.load("designated-activities.csv").rows()) {
        boolean online =
            switch (r.get("online")) {
              case "yes" -> true;
              case "no" -> false;
              default ->
                  throw new IllegalStateException(
                      "designated-activities.csv: " + r.get("code") + " has no valid online");
            };
        if (r.get("source").isBlank()
            || (!online && (r.get("where_ja").isBlank() || r.get("where_en").isBlank()))) {
          throw new IllegalStateException(
              "designated-activities.csv: " + r.get("code") + " lacks its source or where to go");
        }
        Designation d =
            new Designation(
                r.get("status"),
                r.get("code"),
                r.get("name_ja"),
                r.get("name_en"),
                online,
                r.get("where_ja"),
                r.get("where_en"),
                r.get("source"));
        if (BY_KEY.put(d.status + "/" + d.code, d) != null) {
          throw new IllegalStateException("designated-activities.csv: two rows for " + d.code);
        }
      }
    }
  }

  /** The designations of a status in the table's order (empty for all but 特定活動). */
  static List<String> codesOf(String status) {
    return Table.BY_KEY.values().stream()
        .filter(d -> d.status.equals(status))
        .map(Designation::code)
        .toList();
  }

  /** The designation {@code code} of {@code status}, if the table has it. */
  public static Optional<Designation> of(String status, String code) {
    return code == null
        ? Optional.empty()
        : Optional.ofNullable(Table.BY_KEY.get(status + "/" + code));
  }
}
