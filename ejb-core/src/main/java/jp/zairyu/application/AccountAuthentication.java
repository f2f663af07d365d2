package jp.zairyu.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.zairyu.application.LoginResult.Outcome;
import jp.zairyu.domain.model.account.AccountMail;
import jp.zairyu.domain.model.account.AccountToken;
import jp.zairyu.domain.model.account.LoginAttempt;
import jp.zairyu.domain.model.account.LoginAttempts;
import jp.zairyu.domain.model.account.OfficeRepository;
import jp.zairyu.domain.model.account.Officer;
import jp.zairyu.domain.model.account.OfficerRepository;
import jp.zairyu.domain.model.account.Practitioner;
import jp.zairyu.domain.model.account.PractitionerRepository;
import jp.zairyu.domain.model.account.RecoveryCodes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks logins for both front ends: password (PBKDF2), lockout after repeated failures, password
 * expiry, and the practitioner's second factor. Unknown names cost the same work as wrong passwords
 * and are locked out the same way, so neither timing nor lockout reveals which accounts exist.
 * Every outcome is audited.
 */
@Stateless
@PermitAll
public class AccountAuthentication {

  public static final String PORTAL = "PORTAL";
  public static final String CONSOLE = "CONSOLE";

  /** A hash of a random password, verified when the account does not exist. */
  private static final String DECOY_HASH =
      "PBKDF2WithHmacSHA256:210000:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=:"
          + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

  @Inject private PractitionerRepository practitioners;
  @Inject private OfficerRepository officers;
  @Inject private OfficeRepository offices;
  @Inject private LoginAttempts attempts;
  @Inject private RecoveryCodes recoveryCodes;
  @Inject private Pbkdf2PasswordHash hash;
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

  /**
   * A practitioner's login.
   *
   * @param oneTimeCode the authenticator app's code or a recovery code; null on the first step
   */
  public LoginResult practitioner(String authId, char[] password, String oneTimeCode) {
    String name = normalise(authId);
    Instant now = clock.instant();
    Optional<Instant> locked = attempts.find(PORTAL, name).flatMap(a -> a.lockedUntil(now));
    if (locked.isPresent()) {
      audit.record(name, "LOGIN_REFUSED_LOCKED", "practitioner", null);
      return LoginResult.locked(locked.get());
    }
    Optional<Practitioner> account = practitioners.findByAuthId(name);
    boolean valid =
        hash.verify(password, account.map(Practitioner::passwordHash).orElse(DECOY_HASH));
    if (!valid || account.isEmpty() || account.get().status() == Practitioner.Status.CLOSED) {
      return failure(PORTAL, name, now, account.orElse(null));
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
        return failure(PORTAL, name, now, p);
      }
      if (byRecovery) {
        audit.record(name, "RECOVERY_CODE_USED", "practitioner", null);
      }
    }
    attempts.clear(PORTAL, name);
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

  /** An officer's login to the console. */
  public LoginResult officer(String loginId, char[] password) {
    String name = loginId == null ? "" : loginId.strip().toLowerCase(Locale.ROOT);
    Instant now = clock.instant();
    Optional<Instant> locked = attempts.find(CONSOLE, name).flatMap(a -> a.lockedUntil(now));
    if (locked.isPresent()) {
      audit.record(name, "LOGIN_REFUSED_LOCKED", "officer", null);
      return LoginResult.locked(locked.get());
    }
    Optional<Officer> account = officers.findByLoginId(name);
    boolean valid = hash.verify(password, account.map(Officer::passwordHash).orElse(DECOY_HASH));
    if (!valid || account.isEmpty() || !account.get().active()) {
      return failure(CONSOLE, name, now, null);
    }
    Officer o = account.get();
    attempts.clear(CONSOLE, name);
    audit.record(name, "LOGIN", "officer", o.bureauCode());
    return new LoginResult(
        Outcome.SUCCESS, tickets.issue(CONSOLE, name, Set.of(o.role().name()), 0), 0, null, false);
  }

  /**
   * Whether a session opened with {@code credentialsVersion} may go on: the account is still active
   * and its password or second factor has not changed since.
   */
  public boolean sessionValid(String authId, int credentialsVersion) {
    return practitioners
        .findByAuthId(authId)
        .filter(Practitioner::active)
        .filter(p -> p.credentialsVersion() == credentialsVersion)
        .isPresent();
  }

  /** Whether an officer's session may go on (the account was not disabled meanwhile). */
  public boolean officerSessionValid(String loginId) {
    return officers.findByLoginId(loginId).filter(Officer::active).isPresent();
  }

  private LoginResult failure(String realm, String name, Instant now, Practitioner account) {
    LoginAttempt attempt = attempts.lockOrCreate(realm, name, now);
    boolean lockedNow = attempt.fail(now, maxFailures, lockFor);
    audit.record(name, "LOGIN_FAILED", realm.toLowerCase(Locale.ROOT), null);
    if (lockedNow) {
      Instant until = attempt.lockedUntil(now).orElseThrow();
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
