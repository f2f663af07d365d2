package jp.zairyu.domain.model.application;

import java.util.HashMap;
import java.util.Map;
import jp.zairyu.domain.model.reference.CsvTable;

/** Whether a kind of user may file a procedure ({@code user-procedures.csv}). */
public enum FilingPermission {
  YES,
  NO,
  /** Relatives: only when the applicant is under 16 or cannot apply through illness or the like. */
  CONDITIONAL;

  private static final class Table {
    static final Map<String, FilingPermission> BY_KEY = new HashMap<>();

    static {
      CsvTable table = CsvTable.load("user-procedures.csv");
      for (Map<String, String> row : table.rows()) {
        for (String procedure : table.header()) {
          if (!procedure.equals("user_type")) {
            BY_KEY.put(
                row.get("user_type") + "/" + procedure,
                FilingPermission.valueOf(row.get(procedure).toUpperCase(java.util.Locale.ROOT)));
          }
        }
      }
    }
  }

  /** What the table says for this kind of user and procedure; NO when it says nothing. */
  public static FilingPermission of(String userKind, String procedureCode) {
    return Table.BY_KEY.getOrDefault(userKind + "/" + procedureCode, NO);
  }
}
