package jp.zairyu.domain.model.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.reference.CsvTable;

/**
 * Which procedure may be filed for an applicant where ({@code applicant-location.csv}, our table
 * with the article or ISA page of each row): change, extension, acquisition and the certificate of
 * authorised employment only for someone in Japan on the day of filing, a COE for someone abroad or
 * in Japan (filed by the sponsor in Japan, or by the applicant staying in Japan). A refusal says
 * the rule in both languages, as the row gives it. A procedure the table does not list follows its
 * {@code applicant} column of {@code procedure-rules.csv}.
 */
public final class LocationRules {

  private record Row(boolean allowed, String messageJa, String messageEn, String source) {}

  private static final class Table {
    static final Map<String, Row> ROWS = read(CsvTable.load("applicant-location.csv"));
  }

  private LocationRules() {}

  static Map<String, Row> read(CsvTable table) {
    Map<String, Row> rows = new HashMap<>();
    for (Map<String, String> r : table.rows()) {
      ApplicantLocation location = ApplicantLocation.ofCode(r.get("location"));
      boolean allowed =
          switch (r.get("allowed")) {
            case "yes" -> true;
            case "no" -> false;
            default ->
                throw new IllegalStateException(
                    "applicant-location.csv: " + r.get("procedure") + " has no valid allowed");
          };
      if (!allowed && (r.get("message_ja").isBlank() || r.get("message_en").isBlank())) {
        throw new IllegalStateException(
            "applicant-location.csv: " + r.get("procedure") + " refuses without a message");
      }
      if (r.get("source").isBlank()) {
        throw new IllegalStateException(
            "applicant-location.csv: " + r.get("procedure") + " has no source");
      }
      Row previous =
          rows.put(
              r.get("procedure") + "/" + location,
              new Row(allowed, r.get("message_ja"), r.get("message_en"), r.get("source")));
      if (previous != null) {
        throw new IllegalStateException(
            "applicant-location.csv: two rows for " + r.get("procedure") + " " + location);
      }
    }
    return rows;
  }

  /**
   * The table's row; for a procedure the table does not list (one more procedure of the same shape,
   * which needs rows in procedure-rules.csv, procedures.csv and user-procedures.csv only), the rule
   * of its {@code applicant} column: one whose applicant may be abroad, anywhere; else in Japan.
   */
  private static Row row(Procedure procedure, ApplicantLocation location) {
    Row row = Table.ROWS.get(procedure.code() + "/" + location);
    if (row != null) {
      return row;
    }
    String source = "procedure-rules.csv applicant column (" + procedure.code() + ")";
    if (procedure.applicantAbroad() || location == ApplicantLocation.IN_JAPAN) {
      return new Row(true, "", "", source);
    }
    return new Row(
        false,
        "この申請（" + procedure.nameJa() + "）は、申請日に日本に在留している方のみ申請できます。",
        "This application ("
            + procedure.nameEn()
            + ") can only be filed for someone in Japan on the"
            + " day of filing.",
        source);
  }

  /** Whether {@code procedure} may be filed for an applicant at {@code location}. */
  public static boolean allows(Procedure procedure, ApplicantLocation location) {
    return row(procedure, location).allowed();
  }

  /** Where the row for {@code procedure} and {@code location} comes from. */
  public static String source(Procedure procedure, ApplicantLocation location) {
    return row(procedure, location).source();
  }

  /** The locations {@code procedure} may be filed for, in the enum's order. */
  public static List<ApplicantLocation> allowed(Procedure procedure) {
    List<ApplicantLocation> allowed = new ArrayList<>();
    for (ApplicantLocation l : ApplicantLocation.values()) {
      if (allows(procedure, l)) {
        allowed.add(l);
      }
    }
    return allowed;
  }

  /** Refuses what the table forbids, with the row's message; null (not answered yet) passes. */
  static void check(Procedure procedure, ApplicantLocation location) {
    if (location == null) {
      return;
    }
    Row row = row(procedure, location);
    if (!row.allowed()) {
      throw new RuleViolation("filing.applicant-location", row.messageJa(), row.messageEn());
    }
  }
}
