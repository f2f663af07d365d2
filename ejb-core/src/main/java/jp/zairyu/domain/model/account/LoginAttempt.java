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
 * nothing about which accounts exist. After {@code maxFailures} in a row the name is locked. Each
 * attempt is {@linkplain #charge charged} before its password is checked, so the limit holds under
 * any number of parallel attempts.
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

  /** What {@link #charge} answered. */
  public enum Charge {
    /** The name is locked: the password must not be looked at. */
    REFUSED,
    /** One attempt taken; more are left. */
    TAKEN,
    /** The last attempt before the lock taken: the name is locked unless this one succeeds. */
    TAKEN_LAST
  }

  /**
   * Takes one attempt before the password is checked: it counts as a failure until a success clears
   * the record. Charged in a transaction of its own while the row is locked, parallel attempts
   * under one name can never have more than {@code maxFailures} passwords checked per lock period,
   * however many arrive at once.
   */
  public Charge charge(Instant now, int maxFailures, Duration lockFor) {
    if (lockedUntil(now).isPresent()) {
      return Charge.REFUSED;
    }
    if (lockedUntil != null) { // an earlier lock ran out: start counting again
      failures = 0;
      lockedUntil = null;
    }
    failures++;
    lastFailureAt = now;
    if (failures >= maxFailures) {
      lockedUntil = now.plus(lockFor);
      return Charge.TAKEN_LAST;
    }
    return Charge.TAKEN;
  }

  public int failures() {
    return failures;
  }
}
