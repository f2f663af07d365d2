package jp.zairyu.domain.model.application;

import java.util.ArrayList;
import java.util.List;
import jp.zairyu.domain.model.RuleViolation;

/**
 * What is filed: a procedure that stands on its own, and the add-ons that may come with a change,
 * extension or acquisition — a re-entry permit (single or multiple) and permission for activity
 * outside status. Knows its online fee from {@code procedures.csv}.
 */
public record Filing(Procedure procedure, Reentry reentry, boolean activityOutside) {

  public enum Reentry {
    NONE,
    SINGLE,
    MULTIPLE
  }

  public Filing {
    if (procedure == null || !procedure.standalone()) {
      throw new RuleViolation(
          "filing.procedure", "申請の種類を選んでください。", "Choose the kind of application.");
    }
    reentry = reentry == null ? Reentry.NONE : reentry;
    boolean addOnsAllowed =
        procedure.addOns().stream().anyMatch(p -> p.code().equals(Procedure.REENTRY));
    if (!addOnsAllowed && (reentry != Reentry.NONE || activityOutside)) {
      throw new RuleViolation(
          "filing.add-on",
          "再入国許可・資格外活動許可は、変更・更新・取得の申請と同時にのみ申請できます。",
          "A re-entry permit or permission for activity outside status can only be filed with a"
              + " change, extension or acquisition.");
    }
  }

  public static Filing of(String procedureCode, Reentry reentry, boolean activityOutside) {
    return new Filing(Procedure.byCode(procedureCode).orElse(null), reentry, activityOutside);
  }

  /** The online fee in yen: the procedure's, plus the re-entry permit's (single or multiple). */
  public int feeOnlineYen() {
    int fee = procedure.feeOnlineYen();
    if (reentry == Reentry.SINGLE) {
      fee += Procedure.byCode(Procedure.REENTRY).orElseThrow().feeOnlineYen();
    } else if (reentry == Reentry.MULTIPLE) {
      fee += Procedure.multipleReentryFeeOnlineYen();
    }
    if (activityOutside) {
      fee += Procedure.byCode(Procedure.ACTIVITY_OUTSIDE).orElseThrow().feeOnlineYen();
    }
    return fee;
  }

  /** Every procedure code filed (for the user-procedures check). */
  public List<String> procedureCodes() {
    List<String> codes = new ArrayList<>(List.of(procedure.code()));
    if (reentry != Reentry.NONE) {
      codes.add(Procedure.REENTRY);
    }
    if (activityOutside) {
      codes.add(Procedure.ACTIVITY_OUTSIDE);
    }
    return codes;
  }

  /** Whether the applicant must be in Japan (all but a certificate of eligibility). */
  public boolean applicantInJapan() {
    return !procedure.code().equals(Procedure.COE);
  }
}
