package jp.zairyu.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.account.AccountMail;
import jp.zairyu.domain.model.account.AccountToken;
import jp.zairyu.domain.model.account.AccountTokenRepository;
import jp.zairyu.domain.model.account.LoginAttempts;
import jp.zairyu.domain.model.account.PasswordPolicy;
import jp.zairyu.domain.model.account.Practitioner;
import jp.zairyu.domain.model.account.PractitionerRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Password changes and resets ("パスワードを忘れた場合"). A reset request answers the same whether or not the
 * account exists; the link goes only to the account's own mail address. Every change ends the
 * account's other sessions (its credentials version grows).
 */
@Stateless
@PermitAll
public class PasswordService {

  @Resource private SessionContext session;
  @Inject private PractitionerRepository practitioners;
  @Inject private AccountTokenRepository tokens;
  @Inject private LoginAttempts attempts;
  @Inject private AccountNotices notices;
  @Inject private AuditTrail audit;
  @Inject private PasswordHashes hash;
  @Inject private ClientThrottle throttle;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "zairyu.accounts.reset-link-validity")
  Duration resetLinkValidity;

  /**
   * Mails a reset link if the 認証ID and mail address belong to one active account; otherwise does
   * nothing. The caller always shows the same answer. Refused ({@link RuleViolation}) when the
   * client asked too often ({@link ClientThrottle}), whether or not the account exists.
   */
  public void requestReset(String authId, String email) {
    throttle.require(ClientThrottle.Action.PASSWORD_RESET);
    String name = AccountAuthentication.normalise(authId);
    Instant now = clock.instant();
    Optional<Practitioner> account =
        practitioners
            .findByAuthId(name)
            .filter(p -> p.status() != Practitioner.Status.CLOSED)
            .filter(p -> email != null && p.email().equalsIgnoreCase(email.strip()));
    audit.record(
        name,
        "PASSWORD_RESET_REQUESTED",
        "practitioner",
        account.isPresent() ? "matched" : "no match");
    account.ifPresent(
        p -> {
          AccountToken.Issued issued =
              AccountToken.issue(
                  AccountToken.Purpose.RESET_PASSWORD,
                  null,
                  p.id(),
                  null,
                  null,
                  now,
                  resetLinkValidity);
          tokens.add(issued.token());
          notices.send(
              AccountMail.Kind.PASSWORD_RESET,
              p.email(),
              p.fullName(),
              Map.of("expiresAt", Formats.dateTime(issued.token().expiresAt())),
              "/password/reset.xhtml?token=" + issued.secret());
        });
  }

  /** Whether a reset link is still usable (to show the form or a clear message). */
  public boolean resetLinkUsable(String secret) {
    Instant now = clock.instant();
    return tokens
        .peek(secret, AccountToken.Purpose.RESET_PASSWORD)
        .filter(t -> t.usable(now))
        .isPresent();
  }

  /** Sets a new password through a reset link; also lifts a lockout. Returns the 認証ID. */
  public String reset(String secret, String password, String confirmation) {
    Instant now = clock.instant();
    AccountToken token =
        tokens
            .claim(secret, AccountToken.Purpose.RESET_PASSWORD)
            .orElseThrow(AccountToken::invalid);
    token.use(now);
    Practitioner p = practitioners.find(token.practitionerId().orElseThrow()).orElseThrow();
    setPassword(p, password, confirmation, now);
    attempts.clear(AccountAuthentication.PORTAL, p.authId());
    audit.record(p.authId(), "PASSWORD_RESET", "practitioner", null);
    return p.authId();
  }

  /**
   * The logged-in practitioner changes the password. Every other session ends; the new credentials
   * version is returned so the current session can go on.
   */
  @RolesAllowed(Roles.PRACTITIONER)
  public int change(String current, String password, String confirmation) {
    Practitioner p = caller();
    if (current == null || !hash.verify(current.toCharArray(), p.passwordHash())) {
      throw new RuleViolation(
          "password.current", "現在のパスワードが正しくありません。", "The current password is not correct.");
    }
    if (current.equals(password)) {
      throw new RuleViolation(
          "password.same",
          "新しいパスワードは現在のパスワードと異なるものにしてください。",
          "The new password must differ from the current one.");
    }
    setPassword(p, password, confirmation, clock.instant());
    audit.record(p.authId(), "PASSWORD_CHANGED", "practitioner", null);
    return p.credentialsVersion();
  }

  private void setPassword(Practitioner p, String password, String confirmation, Instant now) {
    if (password == null || !password.equals(confirmation)) {
      throw new RuleViolation(
          "password.confirmation", "確認用のパスワードが一致しません。", "The two passwords are not the same.");
    }
    PasswordPolicy.check(password, p.authId());
    p.changePassword(hash.hash(password.toCharArray()), now);
    notices.send(
        AccountMail.Kind.PASSWORD_CHANGED,
        p.email(),
        p.fullName(),
        Map.of("authId", p.authId(), "changedAt", Formats.dateTime(now)));
  }

  private Practitioner caller() {
    return practitioners.findByAuthId(session.getCallerPrincipal().getName()).orElseThrow();
  }
}
