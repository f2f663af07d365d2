package jp.zairyu.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import jp.zairyu.application.LoginResult.Outcome;
import jp.zairyu.domain.model.account.AccountMail;
import jp.zairyu.domain.model.account.AccountToken;
import jp.zairyu.domain.model.account.LoginAttempt;
import jp.zairyu.domain.model.account.LoginAttempt.Charge;
import jp.zairyu.domain.model.account.LoginAttempts;
import jp.zairyu.domain.model.account.OfficeRepository;
import jp.zairyu.domain.model.account.Officer;
import jp.zairyu.domain.model.account.OfficerRepository;
import jp.zairyu.domain.model.account.Practitioner;
import jp.zairyu.domain.model.account.PractitionerRepository;
import jp.zairyu.domain.model.account.RecoveryCodes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks logins for both front ends: password ({@link PasswordHashes}), lockout after repeated
 * failures, password expiry, and the practitioner's second factor.
 *
 * <p>Against an attacker: logins from one client address are throttled ({@link ClientThrottle});
 * each attempt is charged to its name before the password is looked at ({@link
 * LoginAttempt#charge}), so a burst of parallel attempts gets no more passwords checked than the
 * limit; unknown names cost the same work as wrong passwords (a decoy hash with the current
 * parameters) and are locked out the same way, so neither timing nor lockout reveals which accounts
 * exist. A successful login replaces a hash made with weaker parameters. Every outcome is audited.
 */
@Stateless
@PermitAll
public class AccountAuthentication {

  public static final String PORTAL = "PORTAL";
  public static final String CONSOLE = "CONSOLE";

  @Inject private PractitionerRepository practitioners;
  @Inject private OfficerRepository officers;
  @Inject private OfficeRepository offices;
  @Inject private LoginAttempts attempts;
  @Inject private RecoveryCodes recoveryCodes;
  @Inject private PasswordHashes hashes;
  @Inject private ClientThrottle throttle;
  @Inject private LoginTickets tickets;
  @Inject private AuditTrail audit;
  @Inject private AccountNotices notices;
  @Inject private PractitionerStandings standings;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "zairyu.accounts.lockout.max-failures")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "zairyu.accounts.lockout.duration")
  Duration lockFor;

  @Inject
  @ConfigProperty(name = "zairyu.sessions.absolute-lifetime")
  Duration sessionLifetime;

  /**
   * A practitioner's login.
   *
   * @param oneTimeCode the authenticator app's code or a recovery code; null on the first step
   */
  public LoginResult practitioner(String authId, char[] password, String oneTimeCode) {
    String name = normalise(authId);
    Instant now = clock.instant();
    if (!throttle.admit(ClientThrottle.Action.LOGIN)) {
      audit.record(name, "LOGIN_THROTTLED", "practitioner", null);
      return LoginResult.of(Outcome.THROTTLED);
    }
    Charge charge = attempts.charge(PORTAL, name, now, maxFailures, lockFor);
    if (charge == Charge.REFUSED) {
      audit.record(name, "LOGIN_REFUSED_LOCKED", "practitioner", null);
      return LoginResult.locked(lockedUntil(PORTAL, name, now));
    }
    Optional<Practitioner> account = practitioners.findByAuthId(name);
    boolean valid =
        hashes.verifyOrDecoy(password, account.map(Practitioner::passwordHash).orElse(null));
    if (!valid || account.get().status() == Practitioner.Status.CLOSED) {
      return failure(PORTAL, name, now, charge, account.orElse(null));
    }
    Practitioner p = account.get();
    if (p.status() == Practitioner.Status.SUSPENDED) {
      audit.record(name, "LOGIN_REFUSED_SUSPENDED", "practitioner", null);
      return LoginResult.of(Outcome.SUSPENDED);
    }
    Optional<LoginResult> lapsed = standings.loginRefusal(p, now);
    if (lapsed.isPresent()) {
      return lapsed.get();
    }
    if (p.passwordExpired(now)) {
      audit.record(name, "LOGIN_REFUSED_PASSWORD_EXPIRED", "practitioner", null);
      return LoginResult.of(Outcome.PASSWORD_EXPIRED);
    }
    if (p.secondFactorEnabled()) {
      if (oneTimeCode == null || oneTimeCode.isBlank()) {
        return LoginResult.of(Outcome.SECOND_FACTOR_REQUIRED);
      }
      String code = oneTimeCode.strip();
      boolean byApp = p.acceptTotp(code, now);
      boolean byRecovery =
          !byApp && recoveryCodes.use(p.id(), AccountToken.hash(recoveryKey(code)), now);
      if (!byApp && !byRecovery) {
        return failure(PORTAL, name, now, charge, p);
      }
      if (byRecovery) {
        audit.record(name, "RECOVERY_CODE_USED", "practitioner", null);
      }
    }
    attempts.clear(PORTAL, name);
    if (hashes.outdated(p.passwordHash())) {
      p.rehashPassword(hashes.hash(password));
    }
    audit.record(name, "LOGIN", "practitioner", p.secondFactorEnabled() ? "2FA" : "password");
    boolean mustEnrol =
        !p.secondFactorEnabled()
            && p.officeId().flatMap(offices::find).map(o -> o.secondFactorRequired()).orElse(false);
    return new LoginResult(
        Outcome.SUCCESS,
        tickets.issue(PORTAL, name, Set.of(Roles.PRACTITIONER), p.credentialsVersion()),
        p.credentialsVersion(),
        null,
        mustEnrol);
  }

  /**
   * An officer's login to the console: login ID, password and, once enrolled, the authenticator
   * app's code in the same form. An ADMIN without a second factor is let in only to enrol one
   * ({@code mustEnrolSecondFactor}).
   *
   * @param oneTimeCode the authenticator app's code; null or blank when the officer has none
   */
  public LoginResult officer(String loginId, char[] password, String oneTimeCode) {
    String name = loginId == null ? "" : loginId.strip().toLowerCase(Locale.ROOT);
    if (name.length() > 64) {
      name = name.substring(0, 64);
    }
    Instant now = clock.instant();
    if (!throttle.admit(ClientThrottle.Action.LOGIN)) {
      audit.record(name, "LOGIN_THROTTLED", "officer", null);
      return LoginResult.of(Outcome.THROTTLED);
    }
    Charge charge = attempts.charge(CONSOLE, name, now, maxFailures, lockFor);
    if (charge == Charge.REFUSED) {
      audit.record(name, "LOGIN_REFUSED_LOCKED", "officer", null);
      return LoginResult.locked(lockedUntil(CONSOLE, name, now));
    }
    Optional<Officer> account = officers.findByLoginId(name);
    boolean valid = hashes.verifyOrDecoy(password, account.map(Officer::passwordHash).orElse(null));
    if (!valid || !account.get().active()) {
      return failure(CONSOLE, name, now, charge, null);
    }
    Officer o = account.get();
    if (o.secondFactorEnabled()) {
      if (oneTimeCode == null || oneTimeCode.isBlank()) {
        return LoginResult.of(Outcome.SECOND_FACTOR_REQUIRED);
      }
      if (!o.acceptTotp(oneTimeCode.strip(), now)) {
        return failure(CONSOLE, name, now, charge, null);
      }
    }
    attempts.clear(CONSOLE, name);
    if (hashes.outdated(o.passwordHash())) {
      o.rehashPassword(hashes.hash(password));
    }
    audit.record(
        name, "LOGIN", "officer", o.bureauCode() + (o.secondFactorEnabled() ? " 2FA" : ""));
    return new LoginResult(
        Outcome.SUCCESS,
        tickets.issue(CONSOLE, name, Set.of(o.role().name()), o.credentialsVersion()),
        o.credentialsVersion(),
        null,
        o.secondFactorRequired() && !o.secondFactorEnabled());
  }

  /** Whether a logged-in session may go on. */
  public enum SessionState {
    VALID,
    /** Something that ends sessions happened to the account (or it is no longer active). */
    ENDED,
    /** The session is older than the absolute lifetime, however active it was. */
    EXPIRED
  }

  /**
   * Whether a practitioner's session, opened at {@code loggedInAt} with {@code credentialsVersion},
   * may go on: not older than the absolute lifetime, the account still active, and nothing that
   * ends sessions (password, second factor, suspension, closure, a new second-factor requirement)
   * changed since. Asked on every request, so it holds at once and on every server.
   */
  public SessionState practitionerSession(
      String authId, Integer credentialsVersion, Instant loggedInAt) {
    return session(credentialsVersion, loggedInAt, v -> practitioners.sessionStillValid(authId, v));
  }

  /**
   * As {@link #practitionerSession} for an officer: ended by a change of password, role or bureau,
   * or by disabling the account.
   */
  public SessionState officerSession(
      String loginId, Integer credentialsVersion, Instant loggedInAt) {
    return session(credentialsVersion, loggedInAt, v -> officers.sessionStillValid(loginId, v));
  }

  private SessionState session(
      Integer credentialsVersion, Instant loggedInAt, IntPredicate accountStillAt) {
    if (credentialsVersion == null || loggedInAt == null) {
      return SessionState.ENDED;
    }
    if (!clock.instant().isBefore(loggedInAt.plus(sessionLifetime))) {
      return SessionState.EXPIRED;
    }
    return accountStillAt.test(credentialsVersion) ? SessionState.VALID : SessionState.ENDED;
  }

  private Instant lockedUntil(String realm, String name, Instant now) {
    return attempts.find(realm, name).flatMap(a -> a.lockedUntil(now)).orElse(now.plus(lockFor));
  }

  /** The password or code was wrong: the charged attempt stays counted. */
  private LoginResult failure(
      String realm, String name, Instant now, Charge charge, Practitioner account) {
    audit.record(name, "LOGIN_FAILED", realm.toLowerCase(Locale.ROOT), null);
    if (charge == Charge.TAKEN_LAST) {
      Instant until = lockedUntil(realm, name, now);
      audit.record(name, "LOCKED_OUT", realm.toLowerCase(Locale.ROOT), "until " + until);
      if (account != null && account.active()) {
        notices.send(
            AccountMail.Kind.ACCOUNT_LOCKED,
            account.email(),
            account.fullName(),
            Map.of("authId", account.authId(), "lockedUntil", Formats.dateTime(until)));
      }
      return LoginResult.locked(until);
    }
    return LoginResult.of(Outcome.INVALID);
  }

  /** 認証IDs as issued: upper case, half-width, no blanks (bounded, so nothing huge is stored). */
  static String normalise(String authId) {
    if (authId == null) {
      return "";
    }
    String n = Normalizer.normalize(authId, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
    return n.length() > 64 ? n.substring(0, 64) : n;
  }

  /** Recovery codes are shown grouped (xxxxx-xxxxx); accept them with or without the hyphen. */
  static String recoveryKey(String code) {
    return code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
  }
}
