package jp.zairyu.domain.model.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * Verifies the audit chain entry by entry, from the first, and then against its head (the id and
 * hash of the newest entry, keyed as well). The rules:
 *
 * <ul>
 *   <li>every entry follows the hash of the one before ({@link AuditEntry#GENESIS} for the first)
 *       and still has its own hash: its HMAC under the key it names, or its plain SHA-256 if it was
 *       written before the chain was keyed;
 *   <li>no plain entry after a keyed one: rewriting keyed entries as plain ones (which anyone can
 *       compute) is a downgrade;
 *   <li>the head names the last entry and carries a valid HMAC, so that removing the newest
 *       entries, or rewriting the whole chain as plain entries, shows.
 * </ul>
 *
 * Not thread-safe; one check at a time.
 */
public final class AuditChainCheck {

  /** The first entry that does not verify (or, for a cut chain, where the break is). */
  public record Break(
      Long entryId, Instant occurredAt, String action, String actor, String reason) {

    /** A break that no stored entry shows: entries were removed after the last one checked. */
    static Break missing(long expectedId, String reason) {
      return new Break(expectedId, null, null, null, reason);
    }
  }

  private final ChainKeys keys;
  private String previous = AuditEntry.GENESIS;
  private long lastId;
  private long checked;
  private boolean keyedSeen;
  private Break broken;

  public AuditChainCheck(ChainKeys keys) {
    this.keys = keys;
  }

  /** Checks the next entry (in id order); false once the chain is broken. */
  public boolean accept(AuditEntry entry) {
    if (broken != null) {
      return false;
    }
    if (entry.isPlain() && keyedSeen) {
      return fail(entry, "keyed chain continued by an unkeyed entry / 鍵なしの記録が鍵付きの記録の後にあります");
    }
    if (!entry.prevHash().equals(previous)) {
      return fail(entry, "does not follow the entry before it / 直前の記録と連結していません");
    }
    if (!entry.isPlain() && keys.find(entry.keyId()).isEmpty()) {
      return fail(entry, "keyed with an unknown key " + entry.keyId() + " / 不明な鍵です");
    }
    if (!entry.verifies(previous, keys)) {
      return fail(entry, "content does not match its hash / 内容がハッシュと一致しません");
    }
    keyedSeen |= !entry.isPlain();
    previous = entry.hash();
    lastId = entry.id();
    checked++;
    return true;
  }

  private boolean fail(AuditEntry entry, String reason) {
    broken = new Break(entry.id(), entry.occurredAt(), entry.action(), entry.actor(), reason);
    return false;
  }

  /**
   * Ends the check against the chain's head.
   *
   * @param headLastId the id the head names as the newest entry (0: none)
   * @param headLastHash the hash the head names
   * @param headMac the head's HMAC ({@link #headMac}), or null if it has none
   * @param headKeyId the key the head's HMAC was made with
   * @return the break, if any
   */
  public Optional<Break> end(
      long headLastId, String headLastHash, String headMac, String headKeyId) {
    if (broken != null) {
      return Optional.of(broken);
    }
    if (headLastId != lastId || !previous.equals(headLastHash)) {
      broken =
          Break.missing(
              lastId + 1,
              "entries after No. "
                  + lastId
                  + " were removed (the head names No. "
                  + headLastId
                  + ") / 以降の記録が削除されています");
      return Optional.of(broken);
    }
    boolean headVerifies =
        headMac != null
            && keys.find(headKeyId)
                .map(key -> headMac.equals(headMac(key, headLastId, headLastHash)))
                .orElse(false);
    if (!headVerifies) {
      broken =
          Break.missing(
              lastId + 1, "the chain's head does not carry a valid key / 連結の先頭が鍵で保護されていません");
      return Optional.of(broken);
    }
    return Optional.empty();
  }

  public long entriesChecked() {
    return checked;
  }

  /** The id of the last entry that verified, 0 before the first. */
  public long lastId() {
    return lastId;
  }

  /** The head's HMAC over the newest entry's id and hash, under {@code key}. */
  public static String headMac(ChainKey key, long lastId, String lastHash) {
    return key.mac("audit-chain-head\u001f" + lastId + "\u001f" + lastHash);
  }
}
