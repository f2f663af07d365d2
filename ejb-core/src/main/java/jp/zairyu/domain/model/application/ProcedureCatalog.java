package jp.zairyu.domain.model.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.zairyu.domain.model.reference.CsvTable;

/**
 * The procedures and what each asks: {@code procedures.csv} (the domain's names, fees and add-ons),
 * {@code procedure-rules.csv} (our table of what each procedure asks and answers) and {@code
 * user-procedures.csv} (who may file it), joined by code. A procedure of the same shape as the
 * others is added by a row in each table (and its texts), without code.
 */
public final class ProcedureCatalog {

  private final Map<String, Procedure> byCode;

  private ProcedureCatalog(Map<String, Procedure> byCode) {
    this.byCode = byCode;
  }

  private static final class Standard {
    static final ProcedureCatalog CATALOG =
        of(
            CsvTable.load("procedures.csv"),
            CsvTable.load("procedure-rules.csv"),
            CsvTable.load("user-procedures.csv"));
  }

  /** The catalog of the shipped tables. */
  public static ProcedureCatalog standard() {
    return Standard.CATALOG;
  }

  /**
   * Joins the three tables; fails on a procedure without rules, rules without a procedure, an
   * add-on without its kind or a standalone procedure without its words, or not exactly one
   * preselected procedure.
   */
  public static ProcedureCatalog of(
      CsvTable procedures, CsvTable procedureRules, CsvTable userProcedures) {
    Map<String, ProcedureRules> rules = new HashMap<>();
    for (Map<String, String> row : procedureRules.rows()) {
      rules.put(row.get("code"), ProcedureRules.of(row));
    }
    Map<String, Map<String, FilingPermission>> permissions = new HashMap<>();
    for (Map<String, String> row : userProcedures.rows()) {
      for (String code : userProcedures.header()) {
        if (!code.equals("user_type")) {
          permissions
              .computeIfAbsent(code, c -> new HashMap<>())
              .put(
                  row.get("user_type"),
                  FilingPermission.valueOf(row.get(code).toUpperCase(Locale.ROOT)));
        }
      }
    }
    // Add-ons first: a standalone procedure lists the add-ons that may accompany it.
    List<Map<String, String>> rows = new ArrayList<>(procedures.rows());
    rows.sort(
        (a, b) -> Boolean.compare(a.get("only_with").isBlank(), b.get("only_with").isBlank()));
    Map<String, Procedure> built = new HashMap<>();
    for (Map<String, String> row : rows) {
      String code = row.get("code");
      ProcedureRules r = rules.remove(code);
      if (r == null) {
        throw new IllegalStateException("procedure-rules.csv has no row for " + code);
      }
      List<String> onlyWith = CsvTable.values(row.get("only_with"));
      if (onlyWith.isEmpty() == (r.addOn() != null)) {
        throw new IllegalStateException(
            "procedure-rules.csv: " + code + " is an add-on exactly when procedures.csv says so");
      }
      List<Procedure> addOns =
          built.values().stream()
              .filter(p -> p.onlyWith().contains(code))
              .sorted(java.util.Comparator.comparing(p -> p.rules().addOn()))
              .toList();
      built.put(
          code,
          new Procedure(
              code,
              row.get("name_ja"),
              row.get("name_en"),
              Integer.parseInt(row.get("fee_online_yen")),
              Integer.parseInt(row.get("fee_window_yen")),
              onlyWith,
              row.get("note"),
              r,
              addOns,
              permissions.getOrDefault(code, Map.of())));
    }
    if (!rules.isEmpty()) {
      throw new IllegalStateException(
          "procedure-rules.csv names unknown procedures " + rules.keySet());
    }
    Map<String, Procedure> ordered = new LinkedHashMap<>();
    for (Map<String, String> row : procedures.rows()) {
      ordered.put(row.get("code"), built.get(row.get("code")));
    }
    long preselected = ordered.values().stream().filter(p -> p.rules().preselected()).count();
    if (preselected != 1) {
      throw new IllegalStateException(
          "procedure-rules.csv preselects " + preselected + " procedures");
    }
    return new ProcedureCatalog(java.util.Collections.unmodifiableMap(ordered));
  }

  public Optional<Procedure> byCode(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  /** Every procedure, in the order of {@code procedures.csv}. */
  public List<Procedure> all() {
    return List.copyOf(byCode.values());
  }

  /** The procedures that can be filed on their own, in the table's order. */
  public List<Procedure> standalone() {
    return byCode.values().stream().filter(Procedure::standalone).toList();
  }

  /** The procedure a new draft starts with. */
  public Procedure preselected() {
    return byCode.values().stream().filter(p -> p.rules().preselected()).findFirst().orElseThrow();
  }
}
