package jp.zairyu.application;

import java.time.Instant;
import java.util.Optional;

/**
 * What a login attempt came to. Only {@link Outcome#SUCCESS} carries a ticket for the identity
 * store. {@code INVALID} never says whether the account exists.
 *
 * @param outcome the result
 * @param ticket the login ticket, on success
 * @param credentialsVersion the account's credentials version, on success
 * @param lockedUntil until when logins under this name are locked, for {@code LOCKED}
 * @param mustEnrolSecondFactor the user's office requires a second factor they have not set up
 */
public record LoginResult(
    Outcome outcome,
    String ticket,
    int credentialsVersion,
    Instant lockedUntil,
    boolean mustEnrolSecondFactor) {

  public enum Outcome {
    SUCCESS,
    /** Wrong name, password or code (or the account cannot log in): one message for all. */
    INVALID,
    /** Too many failures under this name; try again after {@code lockedUntil}. */
    LOCKED,
    /** The password is right but more than a year old: reset it. */
    PASSWORD_EXPIRED,
    /** The password is right; now the one-time code of the authenticator app. */
    SECOND_FACTOR_REQUIRED,
    /** The password is right but the office administrator suspended the account. */
    SUSPENDED,
    /** Too many logins from this client address in a short time (nothing was checked). */
    THROTTLED,
    /**
     * The password is right but the agent's certificate or the organisation's approval has lapsed
     * (expired, or removed from the agent registry): no login until it is renewed.
     */
    STANDING_LAPSED
  }

  static LoginResult of(Outcome outcome) {
    return new LoginResult(outcome, null, 0, null, false);
  }

  static LoginResult locked(Instant until) {
    return new LoginResult(Outcome.LOCKED, null, 0, until, false);
  }

  public Optional<Instant> locked() {
    return Optional.ofNullable(lockedUntil);
  }
}
