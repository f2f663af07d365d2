package jp.zairyu.domain.model.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The official form of a draft, to be edited: what {@link Application#edit()} hands out, and only
 * while the application is a draft. Each change asks the application again whether it is still a
 * draft (a form held across a submission is refused, {@code application.state.revise}) and stamps
 * its {@code updatedAt}; the rules of what fits together are {@link FormContent}'s and the tables
 * it names. Reading the form is {@link Application#form()}.
 */
public final class EditableForm {

  private final Application application;

  EditableForm(Application application) {
    this.application = application;
  }

  /**
   * Sets what is filed besides the procedure — add-ons, the current and the desired status — for a
   * user of {@code userKind}. Refuses what the domain tables forbid: an add-on without a change,
   * extension or acquisition; a procedure the kind of user may not file ({@code
   * user-procedures.csv}; relatives only with their declaration); a status that cannot be filed
   * online; statuses that do not fit the procedure.
   *
   * @param current the status held now (null for a COE or an acquisition)
   * @param desired the status applied for (null for a certificate of authorised employment)
   * @param relativeDeclaration the relative declares the applicant is under 16 or cannot apply
   *     through illness or another reason
   */
  public void plan(
      Filing filing,
      StatusChoice current,
      StatusChoice desired,
      String userKind,
      boolean relativeDeclaration,
      Instant now) {
    FormContent form = application.formToEdit();
    Procedure procedure = application.procedure();
    if (!filing.procedure().code().equals(procedure.code())) {
      throw new IllegalArgumentException("A draft keeps its procedure");
    }
    form.plan(procedure, filing, current, desired, userKind, relativeDeclaration);
    application.touch(now);
  }

  /**
   * The reason a relative declares the applicant cannot file (illness or another reason), kept with
   * the declaration of {@link #plan}.
   */
  public void explainInability(String reason, Instant now) {
    application.formToEdit().explainInability(reason);
    application.touch(now);
  }

  /**
   * How the result is received and the foreign national's own mail address, to which the receipt
   * and the result are also sent. Either may still be missing.
   *
   * @param applicantEmail an address as typed, or null
   */
  public void deliverTo(ResultReceipt receipt, String applicantEmail, Instant now) {
    FormContent form = application.formToEdit();
    ReceivingRules.standard().check(application.filing(), receipt);
    form.deliverTo(receipt, applicantEmail);
    application.touch(now);
  }

  /** Replaces the applicant as the practitioner entered them. */
  public void revise(Applicant revised, Instant now) {
    application.formToEdit().revise(revised);
    application.touch(now);
  }

  /**
   * Replaces the rest of the official form — passport, stay, family in Japan and the
   * status-specific part — as {@link FormContent#describe} and {@link StayRules} allow.
   */
  public void describe(
      Passport passport,
      StayDetails stay,
      List<FamilyMember> family,
      SponsorDetails sponsor,
      Instant now) {
    application.formToEdit().describe(application.procedure(), passport, stay, family, sponsor);
    application.touch(now);
  }

  /**
   * 同伴者: whether the applicant comes with accompanying persons and who; only where the procedure
   * asks it.
   *
   * @param accompanied true 有, false 無, null not answered yet
   */
  public void accompaniedBy(Boolean accompanied, List<AccompanyingPerson> persons, Instant now) {
    application.formToEdit().accompaniedBy(application.procedure(), accompanied, persons);
    application.touch(now);
  }

  /**
   * Where the applicant is on the day of filing (null: not answered yet). Refuses what {@code
   * applicant-location.csv} forbids (a change, extension or acquisition for someone abroad).
   */
  public void locate(ApplicantLocation location, Instant now) {
    application.formToEdit().locate(application.procedure(), location);
    application.touch(now);
  }

  /**
   * An acquisition's event (a code of {@code acquisition-events.csv}) and its date, either still
   * missing; only for a procedure that asks it.
   */
  public void acquiredThrough(String event, LocalDate date, Instant now) {
    application
        .formToEdit()
        .acquiredThrough(
            application.procedure(), event, date, LocalDate.ofInstant(now, Application.JAPAN));
    application.touch(now);
  }

  /** Remembers the step of the form its author is on, to resume there (not a change: no stamp). */
  public void stopAt(int step) {
    application.formToEdit().stopAt(step);
  }
}
