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
}
