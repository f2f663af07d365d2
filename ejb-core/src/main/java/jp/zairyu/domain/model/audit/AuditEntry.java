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
 * One event of the audit trail, chained to the previous entry by SHA-256: changing or removing an
 * entry breaks the chain from there on, which {@link #verifies(String)} detects.
 */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

  public static final String GENESIS = "0".repeat(64);

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

  protected AuditEntry() {}

  public AuditEntry(
      Instant occurredAt,
      String actor,
      String action,
      String subject,
      String detail,
      String prevHash) {
    // PostgreSQL keeps microseconds: hash only what is stored, or the entry no longer verifies
    // once read back from the database.
    this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    this.actor = truncate(actor, 64);
    this.action = action;
    this.subject = truncate(subject, 100);
    this.detail = truncate(detail, 1000);
    this.prevHash = prevHash;
    this.hash = computeHash();
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  private String computeHash() {
    String canonical =
        String.join(
            "\u001f",
            prevHash,
            occurredAt.toString(),
            actor,
            action,
            subject == null ? "" : subject,
            detail == null ? "" : detail);
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether this entry follows {@code previousHash} and its content still has its hash. */
  public boolean verifies(String previousHash) {
    return prevHash.equals(previousHash) && hash.equals(computeHash());
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
}
