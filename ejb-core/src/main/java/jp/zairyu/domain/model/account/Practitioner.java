package jp.zairyu.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A registered user of the portal (one of the seven kinds of {@code user-types.csv}), identified by
 * the authentication ID (認証ID) the service issued.
 */
@Entity
@Table(name = "practitioner")
public class Practitioner {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "auth_id", nullable = false, updatable = false)
  private String authId;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "user_kind", nullable = false)
  private String userKind;

  @Column(name = "full_name", nullable = false)
  private String fullName;

  @Column(name = "email", nullable = false)
  private String email;

  @Version private long version;

  protected Practitioner() {}

  /** For registration and tests. */
  public Practitioner(
      String authId, String passwordHash, String userKind, String fullName, String email) {
    this.authId = authId;
    this.passwordHash = passwordHash;
    this.userKind = userKind;
    this.fullName = fullName;
    this.email = email;
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

  public String fullName() {
    return fullName;
  }

  public String email() {
    return email;
  }
}
