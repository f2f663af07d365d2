package jp.zairyu.domain.model.application;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An online procedure of {@code procedures.csv} with its fees, the add-ons that may accompany it,
 * who may file it and what it asks ({@link ProcedureRules}, {@code procedure-rules.csv}). Code asks
 * a procedure what it asks; it never compares its code with a constant.
 */
public record Procedure(
    String code,
    String nameJa,
    String nameEn,
    int feeOnlineYen,
    int feeWindowYen,
    List<String> onlyWith,
    String note,
    ProcedureRules rules,
    List<Procedure> addOns,
    Map<String, FilingPermission> permissions)
    implements Serializable {

  // The codes of the shipped table, for tests and fixtures; production code asks the rules instead.
  public static final String EXTENSION = "EXTENSION";
  public static final String COE = "COE";
  public static final String CHANGE = "CHANGE";
  public static final String ACQUISITION = "ACQUISITION";
  public static final String WORK_CERT = "WORK_CERT";
  public static final String REENTRY = "REENTRY";
  public static final String ACTIVITY_OUTSIDE = "ACTIVITY_OUTSIDE";

  public Procedure {
    onlyWith = List.copyOf(onlyWith);
    addOns = List.copyOf(addOns);
    permissions = Map.copyOf(permissions);
  }

  public static Optional<Procedure> byCode(String code) {
    return ProcedureCatalog.standard().byCode(code);
  }

  /** The procedures that can be filed on their own, in the table's order. */
  public static List<Procedure> standaloneProcedures() {
    return ProcedureCatalog.standard().standalone();
  }

  /** The procedure a new draft starts with (the table's preselected one). */
  public static Procedure preselected() {
    return ProcedureCatalog.standard().preselected();
  }

  /** Whether it can be filed on its own (re-entry and activity outside status cannot). */
  public boolean standalone() {
    return onlyWith.isEmpty();
  }

  /** The add-on of this kind that may accompany this procedure, if any. */
  public Optional<Procedure> addOn(Filing.AddOn kind) {
    return addOns.stream().filter(p -> p.rules().addOn() == kind).findFirst();
  }

  /** What {@code user-procedures.csv} says for this kind of user; NO when it says nothing. */
  public FilingPermission permissionFor(String userKind) {
    return permissions.getOrDefault(userKind, FilingPermission.NO);
  }

  /**
   * The online fee of the multiple variant of an add-on, which the table gives in the row's note
   * ("multiple re-entry 6500 online").
   */
  public int multipleFeeOnlineYen() {
    var m = java.util.regex.Pattern.compile("multiple [a-z -]+ (\\d+) online").matcher(note);
    if (!m.find()) {
      throw new IllegalStateException("procedures.csv gives no multiple fee for " + code);
    }
    return Integer.parseInt(m.group(1));
  }

  /** Whether the form asks the status held now (and refuses one otherwise). */
  public boolean asksCurrentStatus() {
    return rules.currentStatus() == ProcedureRules.StatusRule.REQUIRED;
  }

  /** Whether the form asks the status applied for (an extension keeps the one held). */
  public boolean asksDesiredStatus() {
    return rules.desiredStatus() == ProcedureRules.StatusRule.REQUIRED
        || rules.desiredStatus() == ProcedureRules.StatusRule.OTHER;
  }

  /** Whether the application is about a status applied for (asked, or the one held kept). */
  public boolean hasDesiredStatus() {
    return rules.desiredStatus() != ProcedureRules.StatusRule.NONE;
  }

  /** Whether the status applied for is the one held now (an extension). */
  public boolean keepsStatus() {
    return rules.desiredStatus() == ProcedureRules.StatusRule.SAME;
  }

  /** Whether the applicant holds a status and a period of stay now (months and date of expiry). */
  public boolean holdsStatus() {
    return rules.currentPeriod();
  }

  /** Whether a period of stay is applied for. */
  public boolean asksDesiredPeriod() {
    return rules.desiredPeriod();
  }

  /** Whether the applicant may be abroad (a port and date of entry; no card nor address). */
  public boolean applicantAbroad() {
    return rules.applicantAbroad();
  }

  /** Whether the form asks for accompanying persons (同伴者). */
  public boolean asksAccompanyingPersons() {
    return rules.accompanyingPersons();
  }

  /** Whether a new residence card is issued on approval. */
  public boolean issuesResidenceCard() {
    return rules.cardIssued();
  }

  /** Whether the current residence card is sent in, to be replaced, after an approval by mail. */
  public boolean cardSentIn() {
    return rules.cardSentIn();
  }

  /** Whether the result received by mail is an electronic certificate (nothing to send in). */
  public boolean electronicByMail() {
    return rules.electronicByMail();
  }

  /** The word of an approval (許可; 交付 for a certificate). */
  public String approvalJa() {
    return rules.approvalJa();
  }

  /** The word of a denial (不許可; 不交付 for a certificate). */
  public String denialJa() {
    return rules.denialJa();
  }
}
