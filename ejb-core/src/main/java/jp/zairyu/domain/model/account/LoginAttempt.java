package jp.zairyu.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Failed logins under one name, whether or not an account has that name: a lockout then says
 * nothing about which accounts exist. After {@code maxFailures} in a row the name is locked.
 */
@Entity
@Table(name = "login_attempt")
public class LoginAttempt {

  /** The realm ({@code PORTAL} or {@code CONSOLE}) and the name typed. */
  @Embeddable
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "realm")
    private String realm;

    @Column(name = "login_name")
    private String loginName;

    protected Key() {}

    public Key(String realm, String loginName) {
      this.realm = realm;
      this.loginName = loginName;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.realm.equals(realm) && k.loginName.equals(loginName);
    }

    @Override
    public int hashCode() {
      return Objects.hash(realm, loginName);
    }
  }

  @EmbeddedId private Key key;

  @Column(name = "failures", nullable = false)
  private int failures;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "last_failure_at", nullable = false)
  private Instant lastFailureAt;

  protected LoginAttempt() {}

  public LoginAttempt(String realm, String loginName) {
    this.key = new Key(realm, loginName);
  }

  /** Until when the name is locked, if it is locked now. */
  public Optional<Instant> lockedUntil(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil)
        ? Optional.of(lockedUntil)
        : Optional.empty();
  }

  /**
   * Counts a failure; the {@code maxFailures}-th in a row locks the name for {@code lockFor}.
   *
   * @return whether this failure locked the name
   */
  public boolean fail(Instant now, int maxFailures, Duration lockFor) {
    if (lockedUntil != null && !now.isBefore(lockedUntil)) {
      failures = 0;
      lockedUntil = null;
    }
    failures++;
    lastFailureAt = now;
    if (failures >= maxFailures && lockedUntil == null) {
      lockedUntil = now.plus(lockFor);
      return true;
    }
    return false;
  }

  public int failures() {
    return failures;
  }
}
