package jp.zairyu.domain.model.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.reference.CsvTable;

/**
 * What a permanent resident (永住者) and a special permanent resident (特別永住者) may file online, per
 * procedure and per role of the status (held now, applied for), from {@code
 * permanent-residents.csv} (our table, a source per row) rather than a blanket refusal: they cannot
 * extend or change online, nor apply for permanent residence, but a permanent resident's
 * certificate of authorised employment is not refused. A special permanent resident, whose standing
 * comes from the Special Act and not from a status of residence, is named by the table (not by
 * {@code statuses.csv}). A combination the table does not list is refused as not online.
 */
public final class PermanentResidents {

  /** Whether the status is the one held now or the one applied for. */
  public enum Role {
    CURRENT,
    DESIRED
  }

  record Row(
      String status,
      String nameJa,
      String nameEn,
      String procedure,
      Role role,
      boolean online,
      String messageJa,
      String messageEn,
      String source) {}

  private static final class Table {
    static final Map<String, Row> ROWS = new LinkedHashMap<>();

    static {
      for (Map<String, String> r : CsvTable.load("permanent-residents.csv").rows()) {
        Row row =
            new Row(
                r.get("status"),
                r.get("name_ja"),
                r.get("name_en"),
                r.get("procedure"),
                Role.valueOf(r.get("role").toUpperCase(java.util.Locale.ROOT)),
                switch (r.get("online")) {
                  case "yes" -> true;
                  case "no" -> false;
                  default ->
                      throw new IllegalStateException(
                          "permanent-residents.csv: " + r.get("status") + " has no valid online");
                },
                r.get("message_ja"),
                r.get("message_en"),
                r.get("source"));
        if (row.source().isBlank()
            || (!row.online() && (row.messageJa().isBlank() || row.messageEn().isBlank()))) {
          throw new IllegalStateException(
              "permanent-residents.csv: " + row.status() + " " + row.procedure() + " lacks text");
        }
        if (ROWS.put(key(row.status(), row.procedure(), row.role()), row) != null) {
          throw new IllegalStateException(
              "permanent-residents.csv: two rows for " + row.status() + " " + row.procedure());
        }
      }
    }
  }

  private PermanentResidents() {}

  private static String key(String status, String procedure, Role role) {
    return status + "/" + procedure + "/" + role;
  }

  /** Whether the table decides for this status (it is then not refused as a whole). */
  public static boolean listed(String status) {
    return Table.ROWS.values().stream().anyMatch(r -> r.status().equals(status));
  }

  /** The statuses the table names that statuses.csv does not (特別永住者): code, names. */
  static List<Row> statusesOfTheirOwn() {
    return Table.ROWS.values().stream()
        .filter(r -> ResidenceStatus.fromStatusesCsv(r.status()).isEmpty())
        .collect(
            java.util.stream.Collectors.toMap(Row::status, r -> r, (a, b) -> a, LinkedHashMap::new))
        .values()
        .stream()
        .toList();
  }

  /** The row for the status in this role of the procedure, if the table has one. */
  static Optional<Row> row(String status, Procedure procedure, Role role) {
    return Optional.ofNullable(Table.ROWS.get(key(status, procedure.code(), role)));
  }

  /** Whether the table allows it online (false also when it has no row). */
  public static boolean allows(String status, Procedure procedure, Role role) {
    return row(status, procedure, role).map(Row::online).orElse(false);
  }

  /** Refuses a status of the table in a role of the procedure it does not allow online. */
  static void check(Procedure procedure, Role role, StatusChoice choice) {
    if (choice == null || !listed(choice.code())) {
      return;
    }
    Optional<Row> row = row(choice.code(), procedure, role);
    if (row.map(Row::online).orElse(false)) {
      return;
    }
    ResidenceStatus status = choice.status();
    throw new RuleViolation(
        "status.permanent-not-online",
        row.map(Row::messageJa)
            .orElse("「" + status.nameJa() + "」の方のこの申請（" + procedure.nameJa() + "）はオンラインでは申請できません。"),
        row.map(Row::messageEn)
            .orElse(
                "This application ("
                    + procedure.nameEn()
                    + ") cannot be filed online for \""
                    + status.nameEn()
                    + "\"."));
  }
}
