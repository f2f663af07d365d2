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
import java.util.Objects;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.bureau.BureauDirectory;

/** An officer of a regional bureau, working in the officer console for a home bureau. */
@Entity
@Table(name = "officer")
public class Officer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "login_id", nullable = false, updatable = false)
  private String loginId;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "full_name", nullable = false)
  private String fullName;

  @Column(name = "bureau_code", nullable = false)
  private String bureauCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false)
  private OfficerRole role;

  @Column(name = "status", nullable = false)
  private String status = "ACTIVE";

  @Column(name = "password_changed_at", nullable = false)
  private Instant passwordChangedAt = Instant.now();

  @Column(name = "credentials_version", nullable = false)
  private int credentialsVersion;

  @Embedded private SecondFactor secondFactor = new SecondFactor();

  @Version private long version;

  protected Officer() {}

  /** For tests and account administration. */
  public Officer(
      String loginId, String passwordHash, String fullName, String bureauCode, OfficerRole role) {
    this.loginId = loginId;
    this.passwordHash = passwordHash;
    this.fullName = fullName;
    this.bureauCode = bureauCode;
    this.role = role;
  }

  public Long id() {
    return id;
  }

  public String loginId() {
    return loginId;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public String fullName() {
    return fullName;
  }

  public String bureauCode() {
    return bureauCode;
  }

  public OfficerRole role() {
    return role;
  }

  /**
   * Whether the officer examines and decides cases (EXAMINER, SUPERVISOR). An ADMIN administers
   * accounts, the registry and maintenance, and does not.
   */
  public boolean examines() {
    return role == OfficerRole.EXAMINER || role == OfficerRole.SUPERVISOR;
  }

  /** Refuses an action on a case by an officer who does not {@linkplain #examines examine}. */
  public void requireExaminingRole() {
    if (!examines()) {
      throw new RuleViolation(
          "officer.not-examining",
          "システム管理者（ADMIN）は審査・決定を行いません。審査官または統括審査官の役割が必要です。",
          "An ADMIN does not examine or decide cases: this needs the role of examiner or"
              + " supervisor.");
    }
  }

  public boolean worksAt(String bureau) {
    return bureauCode.equals(bureau);
  }

  public boolean active() {
    return "ACTIVE".equals(status);
  }

  public Instant passwordChangedAt() {
    return passwordChangedAt;
  }

  /**
   * Grows with every change that must end the officer's open sessions: password, role, bureau,
   * disabling.
   */
  public int credentialsVersion() {
    return credentialsVersion;
  }

  public boolean secondFactorEnabled() {
    return secondFactor != null && secondFactor.enabled();
  }

  /** Whether the officer must use a second factor to work: every ADMIN must. */
  public boolean secondFactorRequired() {
    return role == OfficerRole.ADMIN;
  }

  /** Checks a code of the officer's authenticator app (each code works once). */
  public boolean acceptTotp(String code, Instant now) {
    return secondFactorEnabled() && secondFactor.accept(code, now);
  }

  /** Turns the second factor on (confirmed by a first code); the officer's other sessions end. */
  public void enableTotp(String secret, String code, Instant now) {
    if (secondFactorEnabled()) {
      throw new RuleViolation(
          "totp.already", "2段階認証は既に設定されています。", "Two-step verification is already on.");
    }
    if (secondFactor == null) {
      secondFactor = new SecondFactor();
    }
    secondFactor.enable(secret, code, now);
    credentialsVersion++;
  }

  /**
   * Another ADMIN removes the second factor (a lost phone): the officer's sessions end and, where
   * it is required, the officer enrols again at the next login.
   */
  public void resetSecondFactor(Officer admin) {
    if (admin.role != OfficerRole.ADMIN || admin.loginId.equals(loginId)) {
      throw new RuleViolation(
          "officer.second-factor.reset",
          "2段階認証の解除は、本人以外の管理者（ADMIN）が行います。",
          "Only another ADMIN removes an officer's two-step verification.");
    }
    if (secondFactor != null) {
      secondFactor.disable();
    }
    credentialsVersion++;
  }

  /** The version optimistic locking compares (what a page read, to detect a concurrent change). */
  public long version() {
    return version;
  }

  /**
   * An ADMIN changes the officer's role and home bureau. Never their own: an ADMIN cannot move
   * themselves to another bureau nor give themselves another role (another ADMIN must).
   */
  public void assign(OfficerRole newRole, String newBureau, Officer admin) {
    if (admin.role != OfficerRole.ADMIN || !admin.active()) {
      throw new RuleViolation(
          "officer.assign.admin",
          "職員の役割と所属は管理者（ADMIN）が変更します。",
          "Only an ADMIN changes an officer's role and bureau.");
    }
    if (admin.loginId.equals(loginId)) {
      throw new RuleViolation(
          "officer.self",
          "自分自身の役割や所属局は変更できません。別の管理者に依頼してください。",
          "You cannot change your own role or bureau. Ask another administrator.");
    }
    BureauDirectory.standard()
        .byCode(newBureau)
        .orElseThrow(
            () ->
                new RuleViolation(
                    "officer.bureau", "地方出入国在留管理局を選んでください。", "Choose a regional bureau."));
    if (newRole != role || !newBureau.equals(bureauCode)) {
      credentialsVersion++;
    }
    this.role = Objects.requireNonNull(newRole);
    this.bureauCode = newBureau;
  }

  public void disable() {
    status = "DISABLED";
    credentialsVersion++;
  }

  public void enable() {
    status = "ACTIVE";
  }

  public void changePassword(String newHash, Instant now) {
    this.passwordHash = newHash;
    this.passwordChangedAt = now;
    credentialsVersion++;
  }

  /** As {@code Practitioner.rehashPassword}: same password, stronger hash, sessions unaffected. */
  public void rehashPassword(String strongerHash) {
    this.passwordHash = strongerHash;
  }
}
