package jp.zairyu.domain.model.application;

import java.io.Serializable;
import java.util.Map;

/**
 * What a procedure asks and answers, one row of {@code procedure-rules.csv} (our table, keyed by
 * the codes of {@code procedures.csv}): which statuses and periods the form asks, where the
 * applicant is, whether accompanying persons are asked, whether a residence card is issued (and the
 * current one sent in), whether the result by mail is an electronic certificate, the words of the
 * decision and, for an add-on, which of the form's add-ons it is. Read by {@link ProcedureCatalog};
 * asked through {@link Procedure}.
 *
 * @param currentStatus whether the status held now is asked
 * @param desiredStatus whether (and how) the status applied for is asked
 * @param currentPeriod whether the applicant holds a period of stay now (months and expiry)
 * @param desiredPeriod whether a period of stay is applied for
 * @param applicantAbroad whether the applicant may be abroad (entry port and date, no card)
 * @param accompanyingPersons whether the form asks for accompanying persons (同伴者)
 * @param cardIssued whether a new residence card is issued on approval
 * @param cardSentIn whether the current card is sent in to be replaced (result by mail)
 * @param electronicByMail whether the result received by mail is an electronic certificate
 * @param preselected whether a new draft starts with this procedure chosen
 * @param addOn for an add-on procedure, the form's add-on it is; null for the others
 * @param approvalJa the word of an approval (許可, 交付), also the state's label once approved
 * @param approvalEn the English label of the approved state
 * @param denialJa the word of a denial (不許可, 不交付), also the state's label once denied
 * @param denialEn the English label of the denied state
 * @param denialNounEn the English noun of a denial in sentences
 * @param source where the row comes from (our rule, a note of the domain tables)
 */
public record ProcedureRules(
    StatusRule currentStatus,
    StatusRule desiredStatus,
    boolean currentPeriod,
    boolean desiredPeriod,
    boolean applicantAbroad,
    boolean accompanyingPersons,
    boolean cardIssued,
    boolean cardSentIn,
    boolean electronicByMail,
    boolean preselected,
    Filing.AddOn addOn,
    String approvalJa,
    String approvalEn,
    String denialJa,
    String denialEn,
    String denialNounEn,
    String source)
    implements Serializable {

  /** How the form asks a status. */
  public enum StatusRule {
    /** Not asked (and refused when given). */
    NONE,
    /** Asked. */
    REQUIRED,
    /** Asked, and must differ from the status held now (a change). */
    OTHER,
    /** Not asked: it is the status held now (an extension), which must have a limited period. */
    SAME
  }

  /**
   * Reads one row of {@code procedure-rules.csv}; an add-on's row leaves the form's columns empty.
   */
  static ProcedureRules of(Map<String, String> row) {
    String addOn = row.get("add_on");
    if (!addOn.isBlank()) {
      return new ProcedureRules(
          StatusRule.NONE,
          StatusRule.NONE,
          false,
          false,
          false,
          false,
          false,
          false,
          false,
          false,
          Filing.AddOn.valueOf(addOn.toUpperCase(java.util.Locale.ROOT)),
          null,
          null,
          null,
          null,
          null,
          row.get("source"));
    }
    ProcedureRules rules =
        new ProcedureRules(
            status(row, "current_status"),
            status(row, "desired_status"),
            yes(row, "current_period"),
            yes(row, "desired_period"),
            switch (row.get("applicant")) {
              case "abroad" -> true;
              case "japan" -> false;
              default -> throw broken(row, "applicant");
            },
            yes(row, "accompanying"),
            yes(row, "card_issued"),
            yes(row, "card_sent_in"),
            yes(row, "electronic_by_mail"),
            yes(row, "preselected"),
            null,
            text(row, "approval_ja"),
            text(row, "approval_en"),
            text(row, "denial_ja"),
            text(row, "denial_en"),
            text(row, "denial_noun_en"),
            row.get("source"));
    boolean keepsOrLeaves =
        rules.desiredStatus == StatusRule.SAME || rules.desiredStatus == StatusRule.OTHER;
    if (keepsOrLeaves && rules.currentStatus != StatusRule.REQUIRED) {
      throw broken(row, "desired_status");
    }
    if (rules.cardSentIn && !rules.currentPeriod) {
      throw broken(row, "card_sent_in");
    }
    return rules;
  }

  private static StatusRule status(Map<String, String> row, String column) {
    try {
      return StatusRule.valueOf(row.get(column).toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw broken(row, column);
    }
  }

  private static boolean yes(Map<String, String> row, String column) {
    return switch (row.get(column)) {
      case "yes" -> true;
      case "no" -> false;
      default -> throw broken(row, column);
    };
  }

  private static String text(Map<String, String> row, String column) {
    String value = row.get(column);
    if (value == null || value.isBlank()) {
      throw broken(row, column);
    }
    return value;
  }

  private static IllegalStateException broken(Map<String, String> row, String column) {
    return new IllegalStateException(
        "procedure-rules.csv: " + row.get("code") + " has no valid " + column);
  }
}
