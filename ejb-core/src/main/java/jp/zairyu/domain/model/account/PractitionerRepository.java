package jp.zairyu.domain.model.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface PractitionerRepository {

  Optional<Practitioner> find(long id);

  Optional<Practitioner> findByAuthId(String authId);

  /** The id and kind of the account with this 認証ID, without loading the account. */
  Optional<PractitionerIdentity> identityOf(String authId);

  /**
   * Whether the account is active and still at {@code credentialsVersion}: one indexed read, made
   * on every request of the portal, without loading the account.
   */
  boolean sessionStillValid(String authId, int credentialsVersion);

  void add(Practitioner practitioner);

  /** A new 認証ID ("Z" and nine digits drawn at random), never issued before. */
  String nextAuthId();

  /** Whether an account that is not closed uses this mail address (case-insensitive). */
  boolean emailInUse(String email);

  /** Whether an account that is not closed holds this agent certificate number. */
  boolean certificateInUse(String certificateNumber);

  List<Practitioner> members(long officeId);

  /**
   * Active accounts whose password was last changed before {@code changedBefore} and that have had
   * fewer than {@code remindersSent} reminders, locked so that a second server skips them.
   */
  List<Practitioner> claimForExpiryReminder(Instant changedBefore, int remindersSent, int limit);

  /** Accounts not closed that hold one of these agent certificate numbers. */
  List<Practitioner> holdingCertificates(java.util.Collection<String> certificateNumbers);

  /**
   * Accounts not closed whose certificate the agent registry lists with another expiry, or lists
   * again after a removal.
   */
  List<Practitioner> outOfStepWithRegistry();

  /**
   * Accounts not closed whose standing has lapsed on {@code today} (certificate or approval expired
   * the day before or earlier, or removed from the registry) and whose lapse has not been told yet,
   * locked so that a second server skips them.
   */
  List<Practitioner> claimLapsedUntold(java.time.LocalDate today, int limit);

  /** Accounts whose lapse was told and whose standing is good again, locked likewise. */
  List<Practitioner> claimRestored(java.time.LocalDate today, int limit);
}
