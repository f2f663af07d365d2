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
    List<String> onlyWith) {

  public static final String EXTENSION = "EXTENSION";

  private static final class Catalog {
    static final Map<String, Procedure> BY_CODE =
        CsvTable.load("procedures.csv")
            .indexBy(
                "code",
                r ->
                    new Procedure(
                        r.get("code"),
                        r.get("name_ja"),
                        r.get("name_en"),
                        Integer.parseInt(r.get("fee_online_yen")),
                        Integer.parseInt(r.get("fee_window_yen")),
                        CsvTable.values(r.get("only_with"))));
  }

  public Procedure {
    onlyWith = List.copyOf(onlyWith);
  }

  public static Optional<Procedure> byCode(String code) {
    return Optional.ofNullable(Catalog.BY_CODE.get(code));
  }

  /** Whether it can be filed on its own (re-entry and activity outside status cannot). */
  public boolean standalone() {
    return onlyWith.isEmpty();
  }
}
