package jp.zairyu.domain.model.account;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.zairyu.domain.model.reference.CsvTable;

/**
 * A kind of user of {@code user-types.csv} and what its registration must carry. The names and
 * notes come from the table; which fields each kind needs is this service's reading of the {@code
 * needs} column, checked against the table when the class loads.
 */
public record UserKind(String code, String nameJa, String nameEn, String needs, String note)
    implements java.io.Serializable {

  public static final String LAWYER_SCRIVENER = "LAWYER_SCRIVENER";
  public static final String RELATIVE = "RELATIVE";

  /** The registration fields whose presence depends on the kind of user. */
  public enum Field {
    CERTIFICATE_NUMBER,
    CERTIFICATE_EXPIRY,
    UNIT_ASSOCIATION,
    ORGANISATION_NAME,
    APPROVAL_NUMBER,
    /** The date of the organisation's approval (申請等取次承認), valid three years. */
    APPROVAL_DATE,
    REQUESTING_ORGANISATION,
    RESIDENCE_CARD_NUMBER,
    RELATIONSHIP
  }

  private static final Map<String, Set<Field>> REQUIRED =
      Map.of(
          LAWYER_SCRIVENER,
          EnumSet.of(Field.CERTIFICATE_NUMBER, Field.CERTIFICATE_EXPIRY, Field.UNIT_ASSOCIATION),
          "ORG_STAFF",
          EnumSet.of(Field.ORGANISATION_NAME, Field.APPROVAL_NUMBER, Field.APPROVAL_DATE),
          "PUBLIC_INTEREST_CORP",
          EnumSet.of(Field.ORGANISATION_NAME, Field.APPROVAL_NUMBER, Field.REQUESTING_ORGANISATION),
          "SUPPORT_ORG",
          EnumSet.of(Field.ORGANISATION_NAME, Field.APPROVAL_NUMBER, Field.REQUESTING_ORGANISATION),
          "FOREIGN_NATIONAL",
          EnumSet.of(Field.RESIDENCE_CARD_NUMBER),
          "LEGAL_REPRESENTATIVE",
          EnumSet.of(Field.RELATIONSHIP),
          RELATIVE,
          EnumSet.of(Field.RELATIONSHIP));

  private static final class Catalog {
    static final Map<String, UserKind> BY_CODE = new LinkedHashMap<>();

    static {
      for (Map<String, String> r : CsvTable.load("user-types.csv").rows()) {
        BY_CODE.put(
            r.get("code"),
            new UserKind(
                r.get("code"), r.get("name_ja"), r.get("name_en"), r.get("needs"), r.get("note")));
      }
    }

    static {
      if (!BY_CODE.keySet().equals(REQUIRED.keySet())) {
        throw new IllegalStateException(
            "user-types.csv lists "
                + BY_CODE.keySet()
                + " but registration rules exist for "
                + REQUIRED.keySet());
      }
    }
  }

  public static Optional<UserKind> byCode(String code) {
    return Optional.ofNullable(code).map(Catalog.BY_CODE::get);
  }

  /** All kinds in the table's order. */
  public static Collection<UserKind> all() {
    return Collections.unmodifiableCollection(Catalog.BY_CODE.values());
  }

  /** The kind-specific fields this kind must fill in (the others must stay empty). */
  public Set<Field> requiredFields() {
    return REQUIRED.get(code);
  }

  /** Whether the agent registry decides on this registration (lawyers and gyoseishoshi). */
  public boolean checkedAgainstRegistry() {
    return LAWYER_SCRIVENER.equals(code);
  }

  /** Lawyers and gyoseishoshi give the office address as their address (住居地). */
  public boolean addressIsOffice() {
    return LAWYER_SCRIVENER.equals(code);
  }
}
