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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.account.AccountMail;
import jp.zairyu.domain.model.account.AccountToken;
import jp.zairyu.domain.model.account.AccountTokenRepository;
import jp.zairyu.domain.model.account.OfficeRepository;
import jp.zairyu.domain.model.account.Practitioner;
import jp.zairyu.domain.model.account.PractitionerRepository;
import jp.zairyu.domain.model.account.RecoveryCodes;
import jp.zairyu.domain.model.account.Registrant;
import jp.zairyu.domain.model.account.UserKind;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The logged-in practitioner's own account: details (office move, phone), a new mail address that
 * takes effect once confirmed through a link sent to it (asked with the password, and the second
 * factor when enrolled, and told to the old address), and closing the account.
 */
@Stateless
@RolesAllowed(Roles.PRACTITIONER)
public class AccountService {

  @Resource private SessionContext session;
  @Inject private PractitionerRepository practitioners;
  @Inject private OfficeRepository offices;
  @Inject private RecoveryCodes recoveryCodes;
  @Inject private AccountTokenRepository tokens;
  @Inject private AccountNotices notices;
  @Inject private AuditTrail audit;
  @Inject private PasswordHashes hash;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "zairyu.accounts.reset-link-validity")
  Duration linkValidity;

  /** What the account page shows. */
  public record AccountView(
      String authId,
      UserKind kind,
      Registrant details,
      Instant passwordExpiresAt,
      boolean secondFactorEnabled,
      long recoveryCodesLeft,
      String officeName,
      Practitioner.OfficeRole officeRole,
      boolean officeRequiresSecondFactor)
      implements java.io.Serializable {}

  public AccountView me() {
    Practitioner p = caller();
    var office = p.officeId().flatMap(offices::find);
    return new AccountView(
        p.authId(),
        UserKind.byCode(p.userKind()).orElseThrow(),
        p.details(),
        p.passwordExpiresAt(),
        p.secondFactorEnabled(),
        recoveryCodes.remaining(p.id()),
        office.map(o -> o.name()).orElse(null),
        p.officeRole().orElse(null),
        office.map(o -> o.secondFactorRequired()).orElse(false));
  }

  /**
   * Changes the registered details. The mail address, the agent certificate and the organisation's
   * approval are not changed here: the address through {@link #requestEmailChange}, the certificate
   * by the agent registry, the approval by a new registration (both decide whether the account may
   * still file, so they are never the user's word alone).
   */
  public void changeDetails(Registrant.Form form) {
    Practitioner p = caller();
    Registrant current = p.details();
    Registrant.Form kept =
        new Registrant.Form(
            form.fullName(),
            form.fullNameKana(),
            current.email(),
            form.phone(),
            form.postalCode(),
            form.address(),
            current.certificateNumber(),
            current.certificateExpiry(),
            form.unitAssociation(),
            form.organisationName(),
            current.approvalNumber(),
            form.requestingOrganisation(),
            form.residenceCardNumber(),
            form.relationship(),
            current.approvalDate());
    UserKind kind = UserKind.byCode(p.userKind()).orElseThrow();
    p.changeDetails(Registrant.of(kind, kept, LocalDate.now(clock)));
    audit.record(p.authId(), "DETAILS_CHANGED", "practitioner", null);
  }

  /**
   * Sends a confirmation link to a new mail address; the old one stays until it is opened and is
   * told of the request at once. Asks for the password, and for the authenticator app's code (or a
   * recovery code) when two-step verification is on: a session left open or stolen must not move
   * the account's mail, and with it every reset link, to another mailbox.
   *
   * @param oneTimeCode the app's code or a recovery code; ignored without a second factor
   */
  public void requestEmailChange(String newEmail, String password, String oneTimeCode) {
    Practitioner p = caller();
    Instant now = clock.instant();
    String email = Registrant.email(newEmail);
    if (password == null
        || password.isEmpty()
        || !hash.verify(password.toCharArray(), p.passwordHash())) {
      throw new RuleViolation(
          "password.current",
          "現在のパスワードが正しくありません。メールアドレスを変更するには、現在のパスワードを入力してください。",
          "The current password is not correct. Enter it to change your mail address.");
    }
    if (p.secondFactorEnabled()) {
      String code = oneTimeCode == null ? "" : oneTimeCode.strip();
      boolean byApp = !code.isEmpty() && p.acceptTotp(code, now);
      boolean byRecovery =
          !byApp
              && !code.isEmpty()
              && recoveryCodes.use(
                  p.id(), AccountToken.hash(AccountAuthentication.recoveryKey(code)), now);
      if (!byApp && !byRecovery) {
        throw new RuleViolation(
            "totp.wrong-code",
            "確認コードが正しくありません。認証アプリに表示されている6桁の数字、またはリカバリーコードを入力してください。",
            "The code is not correct. Enter the 6 digits your authenticator app shows, or a"
                + " recovery code.");
      }
    }
    if (email.equalsIgnoreCase(p.email())) {
      throw new RuleViolation(
          "email.same", "現在と同じメールアドレスです。", "This is already your mail address.");
    }
    if (practitioners.emailInUse(email)) {
      throw new RuleViolation(
          "email.in-use",
          "このメールアドレスは使用できません。別のアドレスを入力してください。",
          "This mail address cannot be used. Please enter another one.");
    }
    AccountToken.Issued issued =
        AccountToken.issue(
            AccountToken.Purpose.CONFIRM_EMAIL, null, p.id(), null, email, now, linkValidity);
    tokens.add(issued.token());
    notices.send(
        AccountMail.Kind.EMAIL_CONFIRMATION,
        email,
        p.fullName(),
        Map.of("expiresAt", Formats.dateTime(issued.token().expiresAt())),
        "/account/confirm-email.xhtml?token=" + issued.secret());
    notices.send(
        AccountMail.Kind.EMAIL_CHANGE_REQUESTED,
        p.email(),
        p.fullName(),
        Map.of("authId", p.authId(), "newEmail", email, "requestedAt", Formats.dateTime(now)));
    audit.record(p.authId(), "EMAIL_CHANGE_REQUESTED", "practitioner", null);
  }

  /** Opens a confirmation link: the new address takes effect. Needs no login. */
  @PermitAll
  public void confirmEmail(String secret) {
    Instant now = clock.instant();
    AccountToken token =
        tokens.claim(secret, AccountToken.Purpose.CONFIRM_EMAIL).orElseThrow(AccountToken::invalid);
    token.use(now);
    Practitioner p = practitioners.find(token.practitionerId().orElseThrow()).orElseThrow();
    String newEmail = token.email().orElseThrow();
    if (practitioners.emailInUse(newEmail)) {
      throw new RuleViolation(
          "email.in-use",
          "このメールアドレスは既に別のアカウントで使われています。",
          "This mail address is already used by another account.");
    }
    String oldEmail = p.email();
    p.confirmEmail(newEmail);
    notices.send(
        AccountMail.Kind.EMAIL_CHANGED,
        oldEmail,
        p.fullName(),
        Map.of("authId", p.authId(), "newEmail", newEmail));
    audit.record(p.authId(), "EMAIL_CHANGED", "practitioner", null);
  }

  /** Closes the account after checking the password. */
  public void close(String password) {
    Practitioner p = caller();
    if (password == null || !hash.verify(password.toCharArray(), p.passwordHash())) {
      throw new RuleViolation(
          "password.current", "パスワードが正しくありません。", "The password is not correct.");
    }
    if (p.officeAdministrator()) {
      List<Practitioner> others =
          practitioners.members(p.officeId().orElseThrow()).stream()
              .filter(m -> !m.id().equals(p.id()))
              .toList();
      if (!others.isEmpty() && others.stream().noneMatch(Practitioner::officeAdministrator)) {
        throw new RuleViolation(
            "office.last-admin",
            "事務所の唯一の管理者は閉鎖できません。先に他の職員を管理者にしてください。",
            "The office's only administrator cannot close the account; make another member"
                + " administrator first.");
      }
    }
    Instant now = clock.instant();
    p.close(now);
    recoveryCodes.replace(p.id(), List.of());
    notices.send(
        AccountMail.Kind.ACCOUNT_CLOSED,
        p.email(),
        p.fullName(),
        Map.of("authId", p.authId(), "closedAt", Formats.dateTime(now)));
    audit.record(p.authId(), "ACCOUNT_CLOSED", "practitioner", null);
  }

  Practitioner caller() {
    return practitioners.findByAuthId(session.getCallerPrincipal().getName()).orElseThrow();
  }
}
