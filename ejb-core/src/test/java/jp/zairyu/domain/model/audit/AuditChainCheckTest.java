package jp.zairyu.domain.model.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The keyed audit chain, played against someone who can rewrite the table but does not hold the
 * key: what they can compute (plain SHA-256) no longer passes; what the key computes does.
 */
class AuditChainCheckTest {

  private static final ChainKey KEY = key("k1", 1);
  private static final ChainKey OTHER_KEY = key("k2", 2);
  private static final Instant T0 = Instant.parse("2026-12-06T01:00:00Z");

  private static ChainKey key(String id, int fill) {
    byte[] secret = new byte[32];
    Arrays.fill(secret, (byte) fill);
    return new ChainKey(id, secret);
  }

  /** The table: entries as stored, and the head row. */
  private final List<AuditEntry> table = new ArrayList<>();

  private long headId;
  private String headHash = AuditEntry.GENESIS;
  private String headMac;
  private String headKeyId;

  /** What JpaAuditTrail does: a keyed entry after the head, then the head keyed. */
  private void record(String action, String detail, ChainKey key) {
    AuditEntry e =
        new AuditEntry(
            T0.plusSeconds(table.size()), "actor", action, "subject", detail, headHash, key);
    e = stored(table.size() + 1L, e, e.hash(), e.hashScheme(), e.keyId());
    table.add(e);
    moveHead(e, key);
  }

  private void moveHead(AuditEntry e, ChainKey key) {
    headId = e.id();
    headHash = e.hash();
    headMac = key == null ? null : AuditChainCheck.headMac(key, headId, headHash);
    headKeyId = key == null ? null : key.id();
  }

  /** An entry written before V22: plain SHA-256. */
  private void recordPlain(String action, String detail) {
    AuditEntry unhashed =
        stored(table.size() + 1L, T0.plusSeconds(table.size()), action, detail, headHash);
    String hash = AuditEntry.plainHash(unhashed.canonical());
    AuditEntry e = stored(unhashed.id(), unhashed, hash, AuditEntry.PLAIN, null);
    table.add(e);
    headId = e.id();
    headHash = hash;
    headMac = null;
    headKeyId = null;
  }

  private static AuditEntry stored(long id, Instant at, String action, String detail, String prev) {
    return new AuditEntry(
        id, at, "actor", action, "subject", detail, prev, "", AuditEntry.PLAIN, null);
  }

  private static AuditEntry stored(
      long id, AuditEntry e, String hash, String scheme, String keyId) {
    return new AuditEntry(
        id,
        e.occurredAt(),
        e.actor(),
        e.action(),
        e.subject(),
        e.detail(),
        e.prevHash(),
        hash,
        scheme,
        keyId);
  }

  /** Rewrites an entry's detail as the attacker would: recomputing its hash with what they have. */
  private AuditEntry rewrite(int index, String detail, String scheme, String keyId) {
    AuditEntry old = table.get(index);
    AuditEntry changed =
        new AuditEntry(
            old.id(),
            old.occurredAt(),
            old.actor(),
            old.action(),
            old.subject(),
            detail,
            old.prevHash(),
            "",
            scheme,
            keyId);
    AuditEntry rehashed =
        stored(old.id(), changed, AuditEntry.plainHash(changed.canonical()), scheme, keyId);
    table.set(index, rehashed);
    return rehashed;
  }

  private Optional<AuditChainCheck.Break> check(ChainKeys keys) {
    var check = new AuditChainCheck(keys);
    for (AuditEntry e : table) {
      if (!check.accept(e)) {
        break;
      }
    }
    return check.end(headId, headHash, headMac, headKeyId);
  }

  @Test
  void aKeyedChainVerifies() {
    record("LOGIN", "one", KEY);
    record("LOGIN", "two", KEY);
    record("LOGOUT", "three", KEY);

    assertThat(check(ChainKeys.of(KEY))).isEmpty();
  }

  @Test
  void anEntryRewrittenWithARecomputedPlainHashIsNamed() {
    record("LOGIN", "one", KEY);
    record("OFFICER_DISABLED", "two", KEY);
    record("LOGOUT", "three", KEY);

    // the attacker recomputes the entry's hash, keeps its scheme, and re-links the next entry:
    // without the key the HMAC cannot be recomputed
    rewrite(1, "nothing happened", AuditEntry.KEYED, KEY.id());

    Optional<AuditChainCheck.Break> broken = check(ChainKeys.of(KEY));
    assertThat(broken).isPresent();
    assertThat(broken.get().entryId()).isEqualTo(2L);
    assertThat(broken.get().action()).isEqualTo("OFFICER_DISABLED");
    assertThat(broken.get().occurredAt()).isEqualTo(T0.plusSeconds(1));
    assertThat(broken.get().reason()).contains("does not match its hash");
  }

  @Test
  void aKeyedEntryRewrittenAsAPlainOneIsADowngrade() {
    record("LOGIN", "one", KEY);
    record("OFFICER_DISABLED", "two", KEY);
    AuditEntry downgraded = rewrite(1, "nothing happened", AuditEntry.PLAIN, null);
    moveHead(downgraded, null);

    Optional<AuditChainCheck.Break> broken = check(ChainKeys.of(KEY));

    assertThat(broken).map(AuditChainCheck.Break::entryId).contains(2L);
    assertThat(broken.get().reason()).contains("unkeyed");
  }

  @Test
  void aWholeChainRewrittenAsPlainEntriesFailsAtTheHead() {
    record("LOGIN", "one", KEY);
    record("OFFICER_DISABLED", "two", KEY);
    // everything rewritten as pre-V22 entries, which anyone can compute
    table.clear();
    headId = 0;
    headHash = AuditEntry.GENESIS;
    recordPlain("LOGIN", "one");
    recordPlain("OFFICER_DISABLED", "nothing happened");

    Optional<AuditChainCheck.Break> broken = check(ChainKeys.of(KEY));

    assertThat(broken).isPresent();
    assertThat(broken.get().reason()).contains("head");
  }

  @Test
  void entriesWrittenBeforeTheChainWasKeyedStillVerifyOnceSealed() {
    recordPlain("LOGIN", "one");
    recordPlain("LOGOUT", "two");
    record("AUDIT_CHAIN_KEYED", "seal", KEY);
    record("LOGIN", "three", KEY);

    assertThat(check(ChainKeys.of(KEY))).isEmpty();
  }

  @Test
  void aPlainEntryRewrittenBeforeTheSealBreaksTheSeal() {
    recordPlain("LOGIN", "one");
    recordPlain("LOGOUT", "two");
    record("AUDIT_CHAIN_KEYED", "seal", KEY);
    // the old entry's plain hash is recomputed, and so is the next plain entry's link and hash:
    // the keyed seal still names the old hash
    AuditEntry changed = rewrite(0, "edited", AuditEntry.PLAIN, null);
    AuditEntry next = table.get(1);
    AuditEntry relinked =
        new AuditEntry(
            next.id(),
            next.occurredAt(),
            next.actor(),
            next.action(),
            next.subject(),
            next.detail(),
            changed.hash(),
            "",
            AuditEntry.PLAIN,
            null);
    table.set(
        1,
        stored(
            next.id(),
            relinked,
            AuditEntry.plainHash(relinked.canonical()),
            AuditEntry.PLAIN,
            null));

    Optional<AuditChainCheck.Break> broken = check(ChainKeys.of(KEY));

    assertThat(broken).map(AuditChainCheck.Break::entryId).contains(3L);
    assertThat(broken.get().action()).isEqualTo("AUDIT_CHAIN_KEYED");
  }

  @Test
  void removingTheNewestEntriesShows() {
    record("LOGIN", "one", KEY);
    record("LOGIN", "two", KEY);
    table.remove(1);

    Optional<AuditChainCheck.Break> broken = check(ChainKeys.of(KEY));

    assertThat(broken).map(AuditChainCheck.Break::entryId).contains(2L);
    assertThat(broken.get().reason()).contains("removed");
  }

  @Test
  void aRotatedKeyStillVerifiesWhatItKeyedWhileConfiguredAsEarlierKey() {
    record("LOGIN", "one", KEY);
    record("LOGIN", "two", OTHER_KEY);

    assertThat(check(new ChainKeys(OTHER_KEY, List.of(KEY)))).isEmpty();
    assertThat(check(ChainKeys.of(OTHER_KEY)))
        .map(AuditChainCheck.Break::reason)
        .hasValueSatisfying(reason -> assertThat(reason).contains("unknown key k1"));
  }

  @Test
  void theWrongKeyDoesNotVerify() {
    record("LOGIN", "one", KEY);

    assertThat(check(ChainKeys.of(key("k1", 9)))).map(AuditChainCheck.Break::entryId).contains(1L);
  }
}
