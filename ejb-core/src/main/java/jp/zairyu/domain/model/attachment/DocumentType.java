package jp.zairyu.domain.model.attachment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.zairyu.domain.model.reference.CsvTable;

/**
 * A kind of document of {@code documents.csv}: which procedures and statuses of residence need it
 * (blank: all), for 特定活動 which designations (告示 number or 告示外, as in {@code
 * designated-activities.csv}; blank: every one), and whether it is required or may be added. Unlike
 * the other tables under {@code domain/}, this one is the project's own (a modest list after ISA's
 * document lists per status), not a copy of the domain reference; its codes are checked against
 * statuses.csv and procedures.csv by the tests.
 */
public record DocumentType(
    String code,
    String nameJa,
    String nameEn,
    Set<String> procedures,
    Set<String> statuses,
    Set<String> designations,
    boolean required) {

  private static final class Catalog {
    static final Map<String, DocumentType> BY_CODE = new LinkedHashMap<>();

    static {
      for (Map<String, String> r : CsvTable.load("documents.csv").rows()) {
        DocumentType type =
            new DocumentType(
                r.get("code"),
                r.get("name_ja"),
                r.get("name_en"),
                Set.copyOf(CsvTable.values(r.get("procedures"))),
                Set.copyOf(CsvTable.values(r.get("statuses"))),
                Set.copyOf(CsvTable.values(r.get("designations"))),
                "yes".equals(r.get("required")));
        if (BY_CODE.put(type.code(), type) != null) {
          throw new IllegalStateException("documents.csv lists " + type.code() + " twice");
        }
      }
    }
  }

  public DocumentType {
    procedures = Set.copyOf(procedures);
    statuses = Set.copyOf(statuses);
    designations = Set.copyOf(designations);
  }

  public static Optional<DocumentType> byCode(String code) {
    return Optional.ofNullable(code).map(Catalog.BY_CODE::get);
  }

  /**
   * The documents an application of a procedure for a status needs (required first in the table's
   * order, then the optional ones).
   *
   * @param statusCode the status the application is about (the desired one, else the current), or
   *     null if not chosen yet: then only what every status needs
   * @param designation the status's designation (特定活動: the 告示 number or 告示外), or null if none is
   *     chosen: then only what every designation needs
   */
  public static List<DocumentType> checklist(
      String procedureCode, String statusCode, String designation) {
    return Catalog.BY_CODE.values().stream()
        .filter(d -> d.procedures.isEmpty() || d.procedures.contains(procedureCode))
        .filter(
            d -> d.statuses.isEmpty() || (statusCode != null && d.statuses.contains(statusCode)))
        .filter(
            d ->
                d.designations.isEmpty()
                    || (designation != null && d.designations.contains(designation)))
        .sorted((a, b) -> Boolean.compare(b.required, a.required))
        .toList();
  }

  /** Every document type in the table's order. */
  public static java.util.Collection<DocumentType> all() {
    return java.util.Collections.unmodifiableCollection(Catalog.BY_CODE.values());
  }

  public String label() {
    return nameJa + " / " + nameEn;
  }
}
