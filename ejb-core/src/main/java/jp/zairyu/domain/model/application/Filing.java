package jp.zairyu.domain.model.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.zairyu.domain.model.RuleViolation;

/**
 * What is filed: a procedure that stands on its own, and the add-ons its row of {@code
 * procedures.csv} allows (with a change, extension or acquisition) — a re-entry permit (single or
 * multiple) and permission for activity outside status. Knows its online fee from {@code
 * procedures.csv}.
 */
public record Filing(Procedure procedure, Reentry reentry, boolean activityOutside) {

  public enum Reentry {
    NONE,
    SINGLE,
    MULTIPLE
  }

  /** The add-ons the form has a field for ({@code add_on} of {@code procedure-rules.csv}). */
  public enum AddOn {
    REENTRY,
    ACTIVITY_OUTSIDE
  }

  public Filing {
    if (procedure == null || !procedure.standalone()) {
      throw new RuleViolation(
          "filing.procedure", "申請の種類を選んでください。", "Choose the kind of application.");
    }
    reentry = reentry == null ? Reentry.NONE : reentry;
    if ((reentry != Reentry.NONE && procedure.addOn(AddOn.REENTRY).isEmpty())
        || (activityOutside && procedure.addOn(AddOn.ACTIVITY_OUTSIDE).isEmpty())) {
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

  /** The re-entry permit filed with it, if any. */
  public Optional<Procedure> reentryPermit() {
    return reentry == Reentry.NONE ? Optional.empty() : procedure.addOn(AddOn.REENTRY);
  }

  /** The permission for activity outside status filed with it, if any. */
  public Optional<Procedure> activityOutsidePermit() {
    return activityOutside ? procedure.addOn(AddOn.ACTIVITY_OUTSIDE) : Optional.empty();
  }

  /** The online fee of the re-entry permit filed (single or multiple), 0 without one. */
  public int reentryFeeOnlineYen() {
    return reentryPermit()
        .map(p -> reentry == Reentry.MULTIPLE ? p.multipleFeeOnlineYen() : p.feeOnlineYen())
        .orElse(0);
  }

  /** The online fee in yen: the procedure's, plus the add-ons' (re-entry single or multiple). */
  public int feeOnlineYen() {
    return procedure.feeOnlineYen()
        + reentryFeeOnlineYen()
        + activityOutsidePermit().map(Procedure::feeOnlineYen).orElse(0);
  }

  /** Every procedure filed: the procedure, then its add-ons. */
  public List<Procedure> procedures() {
    List<Procedure> all = new ArrayList<>(List.of(procedure));
    reentryPermit().ifPresent(all::add);
    activityOutsidePermit().ifPresent(all::add);
    return all;
  }

  /** Every procedure code filed (for the user-procedures check). */
  public List<String> procedureCodes() {
    return procedures().stream().map(Procedure::code).toList();
  }

  /** Whether the applicant must be in Japan (all but a procedure whose applicant may be abroad). */
  public boolean applicantInJapan() {
    return !procedure.applicantAbroad();
  }
}
