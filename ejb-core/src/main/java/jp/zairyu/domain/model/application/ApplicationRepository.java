package jp.zairyu.domain.model.application;

import java.util.List;
import java.util.Optional;

public interface ApplicationRepository {

  Optional<Application> find(long id);

  /**
   * The application for reading only: nothing changed on it is ever written, and it costs the
   * transaction no copy to compare at commit (for mails and documents rendered from it, which read
   * the whole wide aggregate and change nothing).
   */
  Optional<Application> read(long id);

  /**
   * The application for routing it: what routing reads and changes (its state, the applicant's
   * prefecture, the bureau) is read now, anything else only when first touched; the hottest step
   * after a submission copies and compares a handful of fields instead of the whole form.
   */
  Optional<Application> findForRouting(long id);

  /** Adds a new application (its id is assigned when this returns). */
  void add(Application application);

  /**
   * Writes the application's pending changes now, so that parts added to it (a request for
   * documents) have their ids when this returns.
   */
  void store(Application application);

  /** Draws the next receipt number of the year; never returns the same number twice. */
  ReceiptNumber nextReceiptNumber(String bureauCode, int year);

  /**
   * How many drafts a practitioner holds. Waits for, and until the transaction ends holds off,
   * other callers counting the same practitioner's drafts, so that two drafts started at once
   * cannot both take the last place of a {@link DraftAllowance}.
   */
  long countDraftsLocked(long practitionerId);

  /** A practitioner's applications, newest first. */
  List<Application> ownedBy(long practitionerId, int limit);

  /** A page of the applications of one practitioner that match a search. */
  ApplicationSearch.Result search(long practitionerId, ApplicationSearch search);

  /** The applications of every member of an office, newest first. */
  List<Application> ofOffice(long officeId, int limit);

  /** The intake queue of a bureau: routed, submitted, not yet taken; oldest first. */
  List<Application> intakeOf(String bureauCode, int limit);

  /**
   * A page of a bureau's work queue, at most {@code limit} cases (ask for one more than shown to
   * know whether a next page exists).
   */
  List<Application> queue(WorkQueue query, int limit);

  /**
   * Locks and returns the oldest new submission of the bureau nobody else is claiming at this
   * moment ({@code FOR UPDATE SKIP LOCKED}), in the caller's transaction.
   */
  Optional<Application> claimOldestSubmitted(String bureauCode);

  /**
   * Locks and returns open requests for additional documents due on or before the day given and not
   * reminded yet, that no other server is claiming ({@code FOR UPDATE SKIP LOCKED}).
   */
  List<DocumentRequest> claimDocumentRequestsDueBy(java.time.LocalDate day, int limit);

  /**
   * Cases of a bureau waiting for an officer after the examiner's step: a proposed denial waiting
   * for a supervisor, and approvals waiting for issuance (発行待ち); oldest first, each with what it
   * waits for counted in the same query.
   */
  List<AwaitingCase> awaitingOfficersOf(String bureauCode, int limit);

  /**
   * Cases of the bureau with a correction request no officer has acknowledged, oldest first, each
   * with what it waits for counted in the same query.
   */
  List<AwaitingCase> withOpenCorrectionsOf(String bureauCode, int limit);

  /**
   * Draws the serial of a new residence card number from a sequence; never the same twice (the
   * sequence does not cycle).
   */
  long nextResidenceCardSerial();
}
