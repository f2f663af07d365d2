package jp.zairyu.domain.model.account;

import jakarta.persistence.Column;
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

  public boolean worksAt(String bureau) {
    return bureauCode.equals(bureau);
  }

  public boolean active() {
    return "ACTIVE".equals(status);
  }

  public Instant passwordChangedAt() {
    return passwordChangedAt;
  }

  /** The version optimistic locking compares (what a page read, to detect a concurrent change). */
  public long version() {
    return version;
  }

  /** An ADMIN changes the officer's role and home bureau. */
  public void assign(OfficerRole newRole, String newBureau) {
    BureauDirectory.standard()
        .byCode(newBureau)
        .orElseThrow(
            () ->
                new RuleViolation(
                    "officer.bureau", "地方出入国在留管理局を選んでください。", "Choose a regional bureau."));
    this.role = Objects.requireNonNull(newRole);
    this.bureauCode = newBureau;
  }

  public void disable() {
    status = "DISABLED";
  }

  public void enable() {
    status = "ACTIVE";
  }

  public void changePassword(String newHash, Instant now) {
    this.passwordHash = newHash;
    this.passwordChangedAt = now;
  }
}
