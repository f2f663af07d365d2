package jp.zairyu.domain.model.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.zairyu.domain.model.reference.CsvTable;

/** An online procedure of {@code procedures.csv} with its fees. */
public record Procedure(
    String code,
    String nameJa,
    String nameEn,
    int feeOnlineYen,
    int feeWindowYen,
    List<String> onlyWith,
    String note) {

  public static final String EXTENSION = "EXTENSION";
  public static final String COE = "COE";
  public static final String CHANGE = "CHANGE";
  public static final String ACQUISITION = "ACQUISITION";
  public static final String WORK_CERT = "WORK_CERT";
  public static final String REENTRY = "REENTRY";
  public static final String ACTIVITY_OUTSIDE = "ACTIVITY_OUTSIDE";

  private static final class Catalog {
    static final Map<String, Procedure> BY_CODE = new java.util.LinkedHashMap<>();

    static {
      for (Map<String, String> r : CsvTable.load("procedures.csv").rows()) {
        BY_CODE.put(
            r.get("code"),
            new Procedure(
                r.get("code"),
                r.get("name_ja"),
                r.get("name_en"),
                Integer.parseInt(r.get("fee_online_yen")),
                Integer.parseInt(r.get("fee_window_yen")),
                CsvTable.values(r.get("only_with")),
                r.get("note")));
      }
    }
  }

  public Procedure {
    onlyWith = List.copyOf(onlyWith);
  }

  public static Optional<Procedure> byCode(String code) {
    return Optional.ofNullable(Catalog.BY_CODE.get(code));
  }

  /** The procedures that can be filed on their own, in the table's order. */
  public static List<Procedure> standaloneProcedures() {
    return Catalog.BY_CODE.values().stream().filter(Procedure::standalone).toList();
  }

  /** The add-on procedures that may accompany this one (re-entry, activity outside status). */
  public List<Procedure> addOns() {
    return Catalog.BY_CODE.values().stream().filter(p -> p.onlyWith().contains(code)).toList();
  }

  /**
   * The online fee of a multiple re-entry permit, which the table gives in the re-entry row's note
   * ("multiple re-entry 6500 online").
   */
  public static int multipleReentryFeeOnlineYen() {
    Procedure reentry = byCode(REENTRY).orElseThrow();
    var m =
        java.util.regex.Pattern.compile("multiple re-entry (\\d+) online").matcher(reentry.note());
    if (!m.find()) {
      throw new IllegalStateException("procedures.csv no longer gives the multiple re-entry fee");
    }
    return Integer.parseInt(m.group(1));
  }

  /** Whether it can be filed on its own (re-entry and activity outside status cannot). */
  public boolean standalone() {
    return onlyWith.isEmpty();
  }
}
