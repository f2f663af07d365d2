package jp.zairyu.domain.model.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.zairyu.domain.model.reference.CsvTable;

/**
 * The status-specific part of the form (our rule, data in {@code form-sections.csv}): the employing
 * organisation for the work statuses, the school for students, the spouse or supporting person for
 * the family statuses; none for the other statuses. Which statuses take which part is read from the
 * table, not coded here; what each part asks is the form's layout.
 */
public enum FormSection {
  EMPLOYER,
  SCHOOL,
  SPOUSE,
  NONE;

  private static final class Table {
    static final Map<String, FormSection> BY_STATUS = new HashMap<>();
    static final Map<FormSection, String[]> LABELS = new HashMap<>();

    static {
      for (Map<String, String> r : CsvTable.load("form-sections.csv").rows()) {
        FormSection section = FormSection.valueOf(r.get("code"));
        LABELS.put(section, new String[] {r.get("name_ja"), r.get("name_en")});
        for (String status : CsvTable.values(r.get("statuses"))) {
          if (ResidenceStatus.byCode(status).isEmpty()) {
            throw new IllegalStateException("form-sections.csv names no status " + status);
          }
          BY_STATUS.put(status, section);
        }
      }
    }
  }

  /** The part the form has for a status of residence (NONE for an unknown or absent one). */
  public static FormSection forStatus(String statusCode) {
    return Optional.ofNullable(statusCode).map(Table.BY_STATUS::get).orElse(NONE);
  }

  /** The statuses whose form has this part, in the table's order. */
  public List<String> statuses() {
    return ResidenceStatus.all().stream()
        .map(ResidenceStatus::code)
        .filter(c -> forStatus(c) == this)
        .toList();
  }

  public String labelJa() {
    return this == NONE ? "なし" : Table.LABELS.get(this)[0];
  }

  public String labelEn() {
    return this == NONE ? "None" : Table.LABELS.get(this)[1];
  }
}
