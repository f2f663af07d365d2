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
import java.util.Optional;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.account.AccountMail;
import jp.zairyu.domain.model.account.AccountToken;
import jp.zairyu.domain.model.account.AccountTokenRepository;
import jp.zairyu.domain.model.account.AgentRegistry;
import jp.zairyu.domain.model.account.AgentRegistryEntry;
import jp.zairyu.domain.model.account.PasswordPolicy;
import jp.zairyu.domain.model.account.Practitioner;
import jp.zairyu.domain.model.account.PractitionerRepository;
import jp.zairyu.domain.model.account.Registrant;
import jp.zairyu.domain.model.account.Registration;
import jp.zairyu.domain.model.account.RegistrationRepository;
import jp.zairyu.domain.model.account.RegistryMismatch;
import jp.zairyu.domain.model.account.UserKind;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Registration (利用者情報登録): a new user registers, the agent registry or an officer approves, the user
 * sets a password through the mailed link and receives the 認証ID. The outcome of a registration is
 * only ever told by mail, to the address given, so the page never reveals whether an address or a
 * certificate number is already registered.
 *
 * <p>The registry approves at once only a registration that names the agent's mailbox of record
 * (the certificate's details are printed on it and shown to clients, so they prove nothing by
 * themselves): the password link then goes where only the agent reads it. Only an account (a
 * completed registration) makes a new registration a duplicate; registrations still open never
 * block one, and once one is approved the others with its mail address or certificate number are
 * superseded.
 */
@Stateless
@PermitAll
public class RegistrationService {

  @Resource private SessionContext session;
  @Inject private RegistrationRepository registrations;
  @Inject private PractitionerRepository practitioners;
  @Inject private AgentRegistry registry;
  @Inject private AccountTokenRepository tokens;
  @Inject private AccountNotices notices;
  @Inject private AuditTrail audit;
  @Inject private PasswordHashes hash;
  @Inject private ClientThrottle throttle;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "zairyu.accounts.approval-link-validity")
  Duration approvalLinkValidity;

  /**
   * Registers a user. Refuses malformed input field by field ({@code InvalidInput}); otherwise the
   * user hears by mail: approved (with the link), in review, or already registered.
   *
   * @param invitation the secret of an office invitation, or null
   */
  public void register(
      String kindCode, Registrant.Form form, boolean termsAccepted, String invitation) {
    UserKind kind =
        UserKind.byCode(kindCode)
            .orElseThrow(
                () ->
                    new RuleViolation(
                        "registration.kind", "利用者区分を選んでください。", "Choose the kind of user."));
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
    Registrant registrant = Registrant.of(kind, form, today);
    if (!termsAccepted) {
      Registration.submit(kind, registrant, false, null, null, now); // throws the terms message
    }
    throttle.require(ClientThrottle.Action.REGISTRATION); // well-formed ones: each may send mail
    Long officeId = null;
    if (invitation != null && !invitation.isBlank()) {
      AccountToken token =
          tokens
              .claim(invitation, AccountToken.Purpose.INVITATION)
              .orElseThrow(AccountToken::invalid);
      token.use(now);
      officeId = token.officeId().orElseThrow();
    }
    if (duplicateOfAccount(registrant)) {
      notices.send(
          AccountMail.Kind.REGISTRATION_DUPLICATE,
          registrant.email(),
          registrant.fullName(),
          Map.of("loginUrl", notices.portalUrl("/login.xhtml")));
      audit.record("anonymous", "REGISTRATION_DUPLICATE", kind.code(), null);
      return;
    }
    RegistryMismatch mismatch = RegistryMismatch.NO_REGISTRY;
    if (kind.checkedAgainstRegistry()) {
      Optional<AgentRegistryEntry> entry = registry.find(registrant.certificateNumber());
      // null: the registry confirms the registration.
      mismatch =
          entry.isPresent() ? entry.get().compare(registrant, today) : RegistryMismatch.NOT_FOUND;
    }
    Registration registration =
        Registration.submit(kind, registrant, true, mismatch, officeId, now);
    if (registration.state() == Registration.State.APPROVED) {
      // The mailbox of record is proven: registrations still open for this agent or this address
      // (another's claim in review, an earlier link never used) give way.
      registrations.supersedeOpen(registrant.email(), registrant.certificateNumber(), null, now);
    }
    registrations.add(registration);
    if (registration.state() == Registration.State.APPROVED) {
      sendPasswordLink(registration, now);
      audit.record("registry", "REGISTRATION_APPROVED", "registration " + registration.id(), null);
    } else {
      notices.send(
          AccountMail.Kind.REGISTRATION_IN_REVIEW,
          registrant.email(),
          registrant.fullName(),
          Map.of("receivedAt", Formats.dateTime(now)));
      audit.record(
          "anonymous",
          "REGISTRATION_IN_REVIEW",
          "registration " + registration.id(),
          mismatch.name());
    }
  }

  /** Whether an account (not closed) already uses the mail address or the certificate number. */
  private boolean duplicateOfAccount(Registrant r) {
    return practitioners.emailInUse(r.email())
        || (r.certificateNumber() != null && practitioners.certificateInUse(r.certificateNumber()));
  }

  private static RuleViolation alreadyRegistered() {
    return new RuleViolation(
        "registration.duplicate",
        "このメールアドレスまたは証明書番号のアカウントが既にあります。",
        "An account with this mail address or certificate number already exists.");
  }

  private void sendPasswordLink(Registration registration, Instant now) {
    AccountToken.Issued issued =
        AccountToken.issue(
            AccountToken.Purpose.SET_PASSWORD,
            registration.id(),
            null,
            null,
            null,
            now,
            approvalLinkValidity);
    tokens.add(issued.token());
    notices.send(
        AccountMail.Kind.REGISTRATION_APPROVED,
        registration.details().email(),
        registration.details().fullName(),
        Map.of("expiresAt", Formats.dateTime(issued.token().expiresAt())),
        "/registration/password.xhtml?token=" + issued.secret());
  }

  /** The registrations officers must review, oldest first. */
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public List<Registration> inReview() {
    return registrations.inReview(500);
  }

  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public Registration registration(long id) {
    return registrations.find(id).orElseThrow(NotFound::registration);
  }

  /** The other registrations still open with the same mail address or certificate number. */
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public List<Registration> openSharing(Registration r) {
    return registrations.openSharing(r.details().email(), r.details().certificateNumber(), r.id());
  }

  /** An officer approves a registration in review: the user gets the password link. */
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public void approve(long registrationId) {
    Registration registration = registration(registrationId);
    Instant now = clock.instant();
    String officer = session.getCallerPrincipal().getName();
    if (registration.state() == Registration.State.IN_REVIEW
        && duplicateOfAccount(registration.details())) {
      throw alreadyRegistered();
    }
    if (registration.state() == Registration.State.IN_REVIEW) {
      registrations.supersedeOpen(
          registration.details().email(),
          registration.details().certificateNumber(),
          registration.id(),
          now);
    }
    registration.approve(officer, now);
    sendPasswordLink(registration, now);
    audit.record(officer, "REGISTRATION_APPROVED", "registration " + registrationId, null);
  }

  /** An officer rejects a registration in review with a reason the user reads in the mail. */
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public void reject(long registrationId, String reason) {
    Registration registration = registration(registrationId);
    String officer = session.getCallerPrincipal().getName();
    registration.reject(officer, reason, clock.instant());
    notices.send(
        AccountMail.Kind.REGISTRATION_REJECTED,
        registration.details().email(),
        registration.details().fullName(),
        Map.of("reason", registration.decisionReason()));
    audit.record(officer, "REGISTRATION_REJECTED", "registration " + registrationId, null);
  }

  /**
   * Expires approved registrations whose password link has expired (the approval link validity), at
   * most 1,000 a run; every server may run it at once (rows claimed with {@code SKIP LOCKED}).
   * Returns how many. An expired registration blocks nothing even before this runs (see the class
   * comment); this keeps the state true for the console and the records.
   */
  public int expireUnfinished() {
    Instant now = clock.instant();
    List<Registration> due =
        registrations.claimApprovedBefore(now.minus(approvalLinkValidity), 1000);
    for (Registration r : due) {
      r.expire(now);
      audit.record("system", "REGISTRATION_EXPIRED", "registration " + r.id(), null);
    }
    return due.size();
  }

  /** The name to greet on the password page, if the link is still usable. */
  public Optional<String> nameForPasswordLink(String secret) {
    Instant now = clock.instant();
    return tokens
        .peek(secret, AccountToken.Purpose.SET_PASSWORD)
        .filter(t -> t.usable(now))
        .flatMap(AccountToken::registrationId)
        .flatMap(registrations::find)
        .filter(r -> r.state() == Registration.State.APPROVED)
        .map(r -> r.details().fullName());
  }

  /**
   * Sets the first password through the approval link: opens the account and issues the 認証ID, which
   * is returned (and mailed). A refused password leaves the link usable.
   */
  public String setFirstPassword(String secret, String password, String confirmation) {
    Instant now = clock.instant();
    AccountToken token =
        tokens.claim(secret, AccountToken.Purpose.SET_PASSWORD).orElseThrow(AccountToken::invalid);
    Registration registration =
        registrations.find(token.registrationId().orElseThrow()).orElseThrow();
    if (registration.state() != Registration.State.APPROVED) {
      throw AccountToken.invalid(); // expired or superseded: the link no longer works
    }
    token.use(now);
    if (password == null || !password.equals(confirmation)) {
      throw new RuleViolation(
          "password.confirmation", "確認用のパスワードが一致しません。", "The two passwords are not the same.");
    }
    if (duplicateOfAccount(registration.details())) {
      throw alreadyRegistered();
    }
    registration.complete();
    String authId = practitioners.nextAuthId();
    PasswordPolicy.check(password, authId);
    Practitioner practitioner =
        new Practitioner(
            authId,
            registration.kind().code(),
            registration.details(),
            hash.hash(password.toCharArray()),
            now);
    registration
        .officeId()
        .ifPresent(o -> practitioner.joinOffice(o, Practitioner.OfficeRole.STAFF));
    practitioners.add(practitioner);
    notices.send(
        AccountMail.Kind.AUTH_ID_ISSUED,
        practitioner.email(),
        practitioner.fullName(),
        Map.of(
            "authId",
            authId,
            "loginUrl",
            notices.portalUrl("/login.xhtml"),
            "passwordExpiresAt",
            Formats.date(practitioner.passwordExpiresAt())));
    audit.record(authId, "ACCOUNT_OPENED", "registration " + registration.id(), null);
    return authId;
  }
}
