package jp.zairyu.domain.model.application;

import java.util.Map;
import jp.zairyu.domain.model.reference.CsvTable;

/**
 * The states of {@code application-states.csv}. The transitions live in {@link Application}; the
 * labels the portal shows come from the reference table.
 */
public enum ApplicationState {
  DRAFT,
  SUBMITTED,
  UNDER_REVIEW,
  AWAITING_DOCUMENTS,
  APPROVED_AWAITING_ISSUANCE,
  APPROVED,
  DENIED,
  COMPLETED,
  WITHDRAWN;

  private static final class Labels {
    static final Map<String, Map<String, String>> ROWS =
        CsvTable.load("application-states.csv").indexBy("state", row -> row);
  }

  public String labelJa() {
    return Labels.ROWS.get(name()).get("label_ja");
  }

  public String labelEn() {
    return Labels.ROWS.get(name()).get("label_en");
  }

  public boolean isDecided() {
    return this == APPROVED
        || this == DENIED
        || this == APPROVED_AWAITING_ISSUANCE
        || this == COMPLETED;
  }
}
