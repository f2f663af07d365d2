package jp.zairyu.application;

import java.util.OptionalLong;

/**
 * Port: the tamper-evident audit trail. {@link #record} joins the caller's transaction, so an
 * action and its audit entry are stored together or not at all.
 */
public interface AuditTrail {

  /**
   * Appends an entry.
   *
   * @param actor who acted: a 認証ID, an officer's login, or the name typed at a failed login
   * @param action what happened, e.g. {@code LOGIN_FAILED}
   * @param subject what it concerned (an account, a registration), or null
   * @param detail free text without personal data beyond the identifiers, or null
   */
  void record(String actor, String action, String subject, String detail);

  /** Checks the whole chain; the id of the first entry that does not verify, if any. */
  Verification verify();

  /** The outcome of a chain check. */
  record Verification(long entriesChecked, OptionalLong firstBrokenEntry) {
    public boolean intact() {
      return firstBrokenEntry.isEmpty();
    }
  }
}
