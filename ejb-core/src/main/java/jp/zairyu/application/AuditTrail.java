package jp.zairyu.application;

import java.util.Optional;
import java.util.OptionalLong;
import jp.zairyu.domain.model.audit.AuditChainCheck;

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

  /** Checks the whole chain; names the first entry that does not verify, if any. */
  Verification verify();

  /**
   * Keys the chain if its head carries no key yet (a chain written before V22, or a new one): one
   * keyed entry {@code AUDIT_CHAIN_KEYED} seals what is there. At application start.
   */
  void seal();

  /** The outcome of a chain check. */
  record Verification(long entriesChecked, Optional<AuditChainCheck.Break> broken) {

    public boolean intact() {
      return broken.isEmpty();
    }

    /** The id of the first entry that does not verify (or where removed entries were). */
    public OptionalLong firstBrokenEntry() {
      return broken.map(b -> OptionalLong.of(b.entryId())).orElse(OptionalLong.empty());
    }
  }
}
