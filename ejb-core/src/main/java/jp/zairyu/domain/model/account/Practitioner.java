package jp.zairyu.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import jp.zairyu.domain.model.RuleViolation;

/**
 * A registered user of the portal (one of the seven kinds of {@code user-types.csv}), identified by
 * the authentication ID (認証ID) the service issued. Owns its password's life (expiry, changes that
 * end every session), its second factor and its membership of an office.
 */
@Entity
@Table(name = "practitioner")
public class Practitioner {

  public enum Status {
    ACTIVE,
    SUSPENDED,
    CLOSED
  }

  public enum OfficeRole {
    ADMIN,
    STAFF
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "auth_id", nullable = false, updatable = false)
  private String authId;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "user_kind", nullable = false, updatable = false)
  private String userKind;

  @Embedded private Registrant details;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private Status status = Status.ACTIVE;

  @Column(name = "password_changed_at", nullable = false)
  private Instant passwordChangedAt;

  @Column(name = "credentials_version", nullable = false)
  private int credentialsVersion;

  @Column(name = "expiry_reminders_sent", nullable = false)
  private int expiryRemindersSent;

  /**
   * The authenticator app. Its secret is encrypted at rest (AES-GCM under a key from
   * configuration): META-INF/orm.xml maps it with the infrastructure's converter, so the entity
   * holds the secret and the column never does.
   */
  @Embedded private SecondFactor secondFactor = new SecondFactor();

  @Column(name = "office_id")
  private Long officeId;

  @Enumerated(EnumType.STRING)
  @Column(name = "office_role")
  private OfficeRole officeRole;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "registry_removed_at")
  private Instant registryRemovedAt;

  @Column(name = "standing_notice_sent_at")
  private Instant standingNoticeSentAt;

  @Version private long version;

  protected Practitioner() {}

  /** Opens the account of a completed registration with its first password. */
  public Practitioner(
      String authId, String userKind, Registrant details, String passwordHash, Instant now) {
    this.authId = authId;
    this.userKind = userKind;
    this.details = details;
    this.passwordHash = passwordHash;
    this.passwordChangedAt = now;
  }

  public Long id() {
    return id;
  }

  public String authId() {
    return authId;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public String userKind() {
    return userKind;
  }

  public Registrant details() {
    return details;
  }

  public String fullName() {
    return details.fullName();
  }

  public String email() {
    return details.email();
  }

  public Status status() {
    return status;
  }

  public boolean active() {
    return status == Status.ACTIVE;
  }

  public Instant passwordChangedAt() {
    return passwordChangedAt;
  }

  public Instant passwordExpiresAt() {
    return PasswordPolicy.expiry(passwordChangedAt);
  }

  public boolean passwordExpired(Instant now) {
    return !now.isBefore(passwordExpiresAt());
  }

  /** Grows with every change of password or second factor; older sessions end. */
  public int credentialsVersion() {
    return credentialsVersion;
  }

  public int expiryRemindersSent() {
    return expiryRemindersSent;
  }

  /** Records that the n-th reminder before the password expires was sent (1: 30 days, 2: 7). */
  public void expiryReminderSent(int n) {
    expiryRemindersSent = Math.max(expiryRemindersSent, n);
  }

  public void changePassword(String newHash, Instant now) {
    requireNotClosed();
    this.passwordHash = newHash;
    this.passwordChangedAt = now;
    this.expiryRemindersSent = 0;
    this.credentialsVersion++;
  }

  /**
   * Replaces the hash with one of the same password made with stronger parameters (at login): the
   * password is unchanged, so neither its age nor the sessions are affected.
   */
  public void rehashPassword(String strongerHash) {
    this.passwordHash = strongerHash;
  }

  public boolean secondFactorEnabled() {
    return secondFactor != null && secondFactor.enabled();
  }

  /** Checks a code of the authenticator app (each code works once). */
  public boolean acceptTotp(String code, Instant now) {
    return secondFactorEnabled() && secondFactor.accept(code, now);
  }

  /** Turns the second factor on once the user has proved the app shows the right codes. */
  public void enableTotp(String secret, String code, Instant now) {
    requireNotClosed();
    if (secondFactor == null) {
      secondFactor = new SecondFactor();
    }
    secondFactor.enable(secret, code, now);
    this.credentialsVersion++;
  }

  /**
   * The office now requires a second factor: without one, the account's open sessions end (it
   * enrols at the next login).
   */
  public void secondFactorBecameRequired() {
    if (!secondFactorEnabled()) {
      credentialsVersion++;
    }
  }

  public void disableTotp() {
    if (secondFactor != null) {
      secondFactor.disable();
    }
    this.credentialsVersion++;
  }

  public void changeDetails(Registrant newDetails) {
    requireNotClosed();
    if (!newDetails.email().equals(details.email())) {
      throw new IllegalArgumentException("A new mail address takes effect only once confirmed");
    }
    if (!java.util.Objects.equals(newDetails.certificateExpiry(), details.certificateExpiry())
        || !java.util.Objects.equals(newDetails.approvalExpiry(), details.approvalExpiry())) {
      throw new IllegalArgumentException(
          "The certificate and the approval are not the user's to change (they decide standing)");
    }
    this.details = newDetails;
  }

  public void confirmEmail(String newEmail) {
    requireNotClosed();
    this.details = details.withEmail(newEmail);
  }

  /**
   * Whether the practitioner may still log in and file on {@code today} (Japan's date): an agent's
   * certificate must be valid that day and still listed in the agent registry, an organisation
   * staff's approval valid that day. Accounts without such a document (the other kinds) are always
   * in good standing.
   */
  public Standing standing(LocalDate today) {
    if (registryRemovedAt != null) {
      return Standing.REMOVED_FROM_REGISTRY;
    }
    LocalDate certificate = details.certificateExpiry();
    if (certificate != null && certificate.isBefore(today)) {
      return Standing.CERTIFICATE_EXPIRED;
    }
    LocalDate approval = details.approvalExpiry();
    if (approval != null && approval.isBefore(today)) {
      return Standing.APPROVAL_EXPIRED;
    }
    return Standing.GOOD;
  }

  /** Refuses what only a practitioner in good standing may do (filing). */
  public void requireStanding(LocalDate today) {
    Standing standing = standing(today);
    if (!standing.good()) {
      throw new RuleViolation(
          "account.standing-lapsed",
          standing.ja() + "。申請を提出できません（作成中の申請は保存されています）。",
          standing.en() + ". Applications can no longer be submitted (your drafts are kept).");
    }
  }

  /** A later import of the agent registry no longer lists this agent's certificate. */
  public void removedFromRegistry(Instant now) {
    if (registryRemovedAt == null) {
      registryRemovedAt = now;
    }
  }

  /**
   * The agent registry lists this agent's certificate (again), with the expiry it has now (a
   * renewal moves it on): the certificate's expiry follows the registry, a removal is undone.
   */
  public void listedInRegistry(AgentRegistryEntry entry) {
    if (!entry.certificateNumber().equals(details.certificateNumber())) {
      throw new IllegalArgumentException("Another agent's registry entry");
    }
    registryRemovedAt = null;
    if (!entry.expiryDate().equals(details.certificateExpiry())) {
      details = details.withCertificateExpiry(entry.expiryDate());
    }
  }

  /** Whether whoever must hear of a lapse has been told (once per lapse). */
  public boolean standingNoticeSent() {
    return standingNoticeSentAt != null;
  }

  public void standingNoticeSent(Instant now) {
    standingNoticeSentAt = now;
  }

  /** The standing is good again (renewed, listed again): a later lapse is told again. */
  public void standingRestored() {
    standingNoticeSentAt = null;
  }

  public Optional<Long> officeId() {
    return Optional.ofNullable(officeId);
  }

  public Optional<OfficeRole> officeRole() {
    return Optional.ofNullable(officeRole);
  }

  public boolean officeAdministrator() {
    return officeRole == OfficeRole.ADMIN;
  }

  public void joinOffice(long office, OfficeRole role) {
    requireNotClosed();
    if (officeId != null && officeId != office) {
      throw new RuleViolation(
          "office.already-member",
          "既に別の事務所に所属しています。",
          "This user already belongs to another office.");
    }
    this.officeId = office;
    this.officeRole = role;
  }

  public void leaveOffice() {
    this.officeId = null;
    this.officeRole = null;
  }

  public void suspend() {
    requireNotClosed();
    status = Status.SUSPENDED;
    credentialsVersion++;
  }

  public void reinstate() {
    requireNotClosed();
    status = Status.ACTIVE;
  }

  /** Closes the account for good: it can no longer log in and its number can register again. */
  public void close(Instant now) {
    requireNotClosed();
    status = Status.CLOSED;
    closedAt = now;
    credentialsVersion++;
    leaveOffice();
    disableTotp();
  }

  private void requireNotClosed() {
    if (status == Status.CLOSED) {
      throw new RuleViolation(
          "account.closed", "このアカウントは閉鎖されています。", "This account has been closed.");
    }
  }
}
