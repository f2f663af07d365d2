package jp.zairyu.application;

import java.io.Serializable;
import java.time.Instant;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.ApplicationAction;
import jp.zairyu.domain.model.application.ApplicationState;
import jp.zairyu.domain.model.application.AwaitingCase;
import jp.zairyu.domain.model.application.Caller;

/**
 * A submitted case as the console's lists show it (issue 17: pages never hold entities): a row of a
 * work queue ({@link ExaminationService#queue}, the intake page and its CSV) or of the cases
 * waiting for an officer ({@link ExaminationService#awaitingOfficers}), read by the service from
 * the aggregate. Immutable and {@link Serializable}.
 *
 * @param id the application's id
 * @param receiptNumber its receipt number (every case in a list was submitted)
 * @param procedureJa the procedure, in Japanese
 * @param applicant the applicant's name
 * @param prefecture the prefecture of the applicant's address
 * @param submittedAt when it was submitted (null if it was not)
 * @param assignable whether the caller may assign it to an examiner now (the transition table's
 *     {@code ASSIGN})
 */
public record CaseRow(
    long id,
    String receiptNumber,
    String procedureJa,
    String applicant,
    String prefecture,
    Instant submittedAt,
    boolean assignable)
    implements Serializable {

  static CaseRow of(Application a, Caller caller) {
    return new CaseRow(
        a.id(),
        a.receiptNumber().map(Object::toString).orElseThrow(),
        a.procedure().nameJa(),
        a.form().applicant().fullName(),
        a.form().applicant().prefecture(),
        a.submittedAt().orElse(null),
        a.offers(ApplicationAction.ASSIGN, caller));
  }

  /**
   * A case waiting for an officer beyond the queues, with what it waits for: a proposed denial to
   * confirm, issuance (発行待ち), correction requests nobody has read (counted by the query that found
   * it).
   *
   * @param row the case
   * @param state its state
   * @param stateJa the state in the procedure's words, Japanese
   * @param stateEn the state in the procedure's words, English
   * @param denialJa a denial in the procedure's words (不許可, 不交付)
   * @param denialPending whether a proposed denial waits for a supervisor
   * @param openCorrections the correction requests no officer has acknowledged yet
   */
  public record Awaiting(
      CaseRow row,
      ApplicationState state,
      String stateJa,
      String stateEn,
      String denialJa,
      boolean denialPending,
      long openCorrections)
      implements Serializable {

    static Awaiting of(AwaitingCase c, Caller caller) {
      Application a = c.application();
      return new Awaiting(
          CaseRow.of(a, caller),
          a.state(),
          a.wording().stateJa(),
          a.wording().stateEn(),
          a.wording().denialJa(),
          c.denialPending(),
          c.openCorrections());
    }
  }
}
