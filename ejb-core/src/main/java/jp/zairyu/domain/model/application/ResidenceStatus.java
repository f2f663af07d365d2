package jp.zairyu.domain.model.application;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.zairyu.domain.model.reference.CsvTable;

/**
 * A status of residence (在留資格) of {@code statuses.csv}, with its sub-types (e.g. 高度専門職 1号イ) and
 * whether it can be filed online.
 */
public record ResidenceStatus(
    String code, String nameJa, String nameEn, List<String> subtypes, boolean online, String note) {

  private static final class Catalog {
    static final Map<String, ResidenceStatus> BY_CODE = new LinkedHashMap<>();

    static {
      for (Map<String, String> r : CsvTable.load("statuses.csv").rows()) {
        // 特定活動's categories are its designations (designated-activities.csv), not sub-types
        // of statuses.csv (a verbatim copy of the domain table).
        List<String> subtypes = CsvTable.values(r.get("subtypes"));
        List<String> designated = Designation.codesOf(r.get("code"));
        if (!subtypes.isEmpty() && !designated.isEmpty()) {
          throw new IllegalStateException(
              "designated-activities.csv: " + r.get("code") + " has sub-types already");
        }
        BY_CODE.put(
            r.get("code"),
            new ResidenceStatus(
                r.get("code"),
                r.get("name_ja"),
                r.get("name_en"),
                designated.isEmpty() ? subtypes : designated,
                "yes".equals(r.get("online")),
                r.get("note")));
      }
      // 特別永住者: not a status of residence (入管特例法), named by permanent-residents.csv so the
      // form can say, per procedure, what such a person files and where.
      for (PermanentResidents.Row r : PermanentResidents.statusesOfTheirOwn()) {
        BY_CODE.put(
            r.status(),
            new ResidenceStatus(r.status(), r.nameJa(), r.nameEn(), List.of(), false, r.source()));
      }
    }
  }

  public ResidenceStatus {
    subtypes = List.copyOf(subtypes);
  }

  /**
   * The statuses (and sub-types) whose period of stay is indefinite (無期限), from {@code
   * indefinite-periods.csv} (our table: neither statuses.csv nor the domain notes carry periods).
   */
  private static final class Indefinite {
    static final java.util.Set<String> KEYS = new java.util.HashSet<>();

    static {
      for (Map<String, String> r : CsvTable.load("indefinite-periods.csv").rows()) {
        ResidenceStatus status =
            byCode(r.get("code"))
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            "indefinite-periods.csv names no status " + r.get("code")));
        String subtype = r.get("subtype") == null ? "" : r.get("subtype");
        if (!subtype.isEmpty() && !status.subtypes().contains(subtype)) {
          throw new IllegalStateException(
              "indefinite-periods.csv: " + status.code() + " has no sub-type " + subtype);
        }
        KEYS.add(status.code() + "/" + subtype);
      }
    }
  }

  /** Whether statuses.csv itself has the code (permanent-residents.csv may add its own). */
  static Optional<Map<String, String>> fromStatusesCsv(String code) {
    return CsvTable.load("statuses.csv").rows().stream()
        .filter(r -> r.get("code").equals(code))
        .findFirst();
  }

  /**
   * The statuses a form offers: those filable online, and those whose procedures {@code
   * permanent-residents.csv} decides one by one (永住者, 特別永住者).
   */
  public static List<ResidenceStatus> choosable() {
    return all().stream().filter(s -> s.online() || PermanentResidents.listed(s.code())).toList();
  }

  public static Optional<ResidenceStatus> byCode(String code) {
    return Optional.ofNullable(code).map(Catalog.BY_CODE::get);
  }

  /** Every status in the table's order. */
  public static Collection<ResidenceStatus> all() {
    return Collections.unmodifiableCollection(Catalog.BY_CODE.values());
  }

  /** The statuses an online application may name. */
  public static List<ResidenceStatus> filableOnline() {
    return all().stream().filter(ResidenceStatus::online).toList();
  }

  public boolean hasSubtypes() {
    return !subtypes.isEmpty();
  }

  /**
   * Whether this status (with {@code subtype}, where it has sub-types) grants an indefinite period
   * of stay (無期限, e.g. 高度専門職2号), as {@code indefinite-periods.csv} says.
   */
  public boolean indefinitePeriod(String subtype) {
    return Indefinite.KEYS.contains(code + "/")
        || (subtype != null && Indefinite.KEYS.contains(code + "/" + subtype));
  }

  /** Labels of every status and sub-type with an indefinite period, e.g. 「高度専門職 2号」. */
  public static List<String> indefiniteLabelsJa() {
    return Indefinite.KEYS.stream()
        .sorted()
        .map(
            k -> {
              String[] parts = k.split("/", -1);
              return byCode(parts[0]).orElseThrow().labelJa(parts[1].isEmpty() ? null : parts[1]);
            })
        .toList();
  }

  /**
   * The label of a category in a list of choices: a designation of 特定活動 with its name (「46号
   * 本邦大学等卒業者」), a sub-type as it is.
   */
  public String subtypeLabel(String subtype) {
    return Designation.of(code, subtype).map(d -> d.code() + " " + d.nameJa()).orElse(subtype);
  }

  /** The label shown to users, with the sub-type if one is given. */
  public String labelJa(String subtype) {
    return subtype == null ? nameJa : nameJa + " " + subtype;
  }
}
