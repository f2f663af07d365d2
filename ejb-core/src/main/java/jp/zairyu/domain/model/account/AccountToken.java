package jp.zairyu.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import jp.zairyu.domain.model.RuleViolation;

/**
 * A single-use link sent by mail (set the first password, reset it, confirm a new mail address,
 * join an office). Only the SHA-256 of the token is kept; the token itself exists in the mail.
 */
@Entity
@Table(name = "account_token")
public class AccountToken {

  public enum Purpose {
    SET_PASSWORD,
    RESET_PASSWORD,
    CONFIRM_EMAIL,
    INVITATION
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "purpose", nullable = false, updatable = false)
  private Purpose purpose;

  @Column(name = "token_hash", nullable = false, updatable = false)
  private String tokenHash;

  @Column(name = "registration_id")
  private Long registrationId;

  @Column(name = "practitioner_id")
  private Long practitionerId;

  @Column(name = "office_id")
  private Long officeId;

  @Column(name = "email")
  private String email;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected AccountToken() {}

  /** A token and the secret that goes into the mailed link. */
  public record Issued(AccountToken token, String secret) {}

  public static Issued issue(
      Purpose purpose,
      Long registrationId,
      Long practitionerId,
      Long officeId,
      String email,
      Instant now,
      Duration validFor) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    AccountToken t = new AccountToken();
    t.purpose = purpose;
    t.tokenHash = hash(secret);
    t.registrationId = registrationId;
    t.practitionerId = practitionerId;
    t.officeId = officeId;
    t.email = email;
    t.createdAt = now;
    t.expiresAt = now.plus(validFor);
    return new Issued(t, secret);
  }

  /** The SHA-256 (hex) a secret is looked up by. */
  public static String hash(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether it can still be used (not used, not expired). */
  public boolean usable(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  /** Uses it up; refuses a used or expired one with a message that says what to do. */
  public void use(Instant now) {
    if (!usable(now)) {
      throw invalid();
    }
    usedAt = now;
  }

  public static RuleViolation invalid() {
    return new RuleViolation(
        "token.invalid",
        "このリンクは無効か、有効期限が切れているか、既に使用されています。お手数ですが、もう一度手続をやり直してください。",
        "This link is not valid, has expired or has already been used. Please start the"
            + " procedure again.");
  }

  public Purpose purpose() {
    return purpose;
  }

  public Optional<Long> registrationId() {
    return Optional.ofNullable(registrationId);
  }

  public Optional<Long> practitionerId() {
    return Optional.ofNullable(practitionerId);
  }

  public Optional<Long> officeId() {
    return Optional.ofNullable(officeId);
  }

  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  public Instant expiresAt() {
    return expiresAt;
  }
}
