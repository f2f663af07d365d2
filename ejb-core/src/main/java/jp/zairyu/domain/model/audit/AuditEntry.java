package jp.zairyu.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * One event of the audit trail, chained to the previous entry: changing or removing an entry breaks
 * the chain from there on, which {@link #verifies(String, ChainKeys)} detects.
 *
 * <p>Entries are keyed: their hash is an HMAC-SHA256 under a {@link ChainKey} from configuration
 * (scheme {@value #KEYED}, with the key's id), so that someone who can write the database but does
 * not hold the key cannot recompute the chain after changing an entry. Entries written before the
 * chain was keyed keep their plain SHA-256 (scheme {@value #PLAIN}) and still verify; the first
 * keyed entry seals them, since its HMAC covers the last plain hash.
 */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

  public static final String GENESIS = "0".repeat(64);

  /** Hash scheme of the entries written before the chain was keyed (V22). */
  public static final String PLAIN = "SHA-256";

  /** Hash scheme of keyed entries. */
  public static final String KEYED = "HMAC-SHA256";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "actor", nullable = false, updatable = false)
  private String actor;

  @Column(name = "action", nullable = false, updatable = false)
  private String action;

  @Column(name = "subject", updatable = false)
  private String subject;

  @Column(name = "detail", updatable = false)
  private String detail;

  @Column(name = "prev_hash", nullable = false, updatable = false)
  private String prevHash;

  @Column(name = "hash", nullable = false, updatable = false)
  private String hash;

  @Column(name = "hash_scheme", nullable = false, updatable = false)
  private String hashScheme;

  @Column(name = "key_id", updatable = false)
  private String keyId;

  protected AuditEntry() {}

  /** An entry keyed with {@code key}, following the entry whose hash is {@code prevHash}. */
  public AuditEntry(
      Instant occurredAt,
      String actor,
      String action,
      String subject,
      String detail,
      String prevHash,
      ChainKey key) {
    // PostgreSQL keeps microseconds: hash only what is stored, or the entry no longer verifies
    // once read back from the database.
    this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    this.actor = truncate(actor, 64);
    this.action = action;
    this.subject = truncate(subject, 100);
    this.detail = truncate(detail, 1000);
    this.prevHash = prevHash;
    this.hashScheme = KEYED;
    this.keyId = key.id();
    this.hash = key.mac(canonical());
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  /**
   * An entry as the database holds it, whatever its hash: for tests of the chain, which play
   * someone who rewrote the table.
   */
  AuditEntry(
      long id,
      Instant occurredAt,
      String actor,
      String action,
      String subject,
      String detail,
      String prevHash,
      String hash,
      String hashScheme,
      String keyId) {
    this.id = id;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = action;
    this.subject = subject;
    this.detail = detail;
    this.prevHash = prevHash;
    this.hash = hash;
    this.hashScheme = hashScheme;
    this.keyId = keyId;
  }

  /** What the hash covers: the previous hash and every field of the entry. */
  String canonical() {
    return String.join(
        "\u001f",
        prevHash,
        occurredAt.toString(),
        actor,
        action,
        subject == null ? "" : subject,
        detail == null ? "" : detail);
  }

  /** The plain SHA-256 of the canonical form: the hash of entries written before V22. */
  public static String plainHash(String canonical) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Whether this entry follows {@code previousHash} and its content still has its hash: its HMAC
   * under the key it names, or, for an entry written before the chain was keyed, its SHA-256.
   */
  public boolean verifies(String previousHash, ChainKeys keys) {
    if (!prevHash.equals(previousHash)) {
      return false;
    }
    if (isPlain()) {
      return hash.equals(plainHash(canonical()));
    }
    return KEYED.equals(hashScheme)
        && keys.find(keyId).map(key -> hash.equals(key.mac(canonical()))).orElse(false);
  }

  /** Written before the chain was keyed (plain SHA-256). */
  public boolean isPlain() {
    return PLAIN.equals(hashScheme);
  }

  public Long id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public String action() {
    return action;
  }

  public String subject() {
    return subject;
  }

  public String detail() {
    return detail;
  }

  public String hash() {
    return hash;
  }

  public String prevHash() {
    return prevHash;
  }

  public String hashScheme() {
    return hashScheme;
  }

  public String keyId() {
    return keyId;
  }
}
