package jp.zairyu.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.account.AccountMail;
import jp.zairyu.domain.model.account.AccountToken;
import jp.zairyu.domain.model.account.AccountTokenRepository;
import jp.zairyu.domain.model.account.Office;
import jp.zairyu.domain.model.account.OfficeRepository;
import jp.zairyu.domain.model.account.Practitioner;
import jp.zairyu.domain.model.account.PractitionerRepository;
import jp.zairyu.domain.model.account.Registrant;
import jp.zairyu.domain.model.account.UserKind;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.ApplicationRepository;
import jp.zairyu.domain.model.application.ApplicationSummary;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Offices (law firms, gyoseishoshi offices, organisations): a user founds one and administers it,
 * invites staff by mail, suspends, reinstates or removes them, requires a second factor, and sees
 * and reassigns the office's cases. Only an administrator of the same office may do any of this.
 */
@Stateless
@RolesAllowed(Roles.PRACTITIONER)
public class OfficeService {

  static final int CASE_LIMIT = 500;

  @Resource private SessionContext session;
  @Inject private PractitionerRepository practitioners;
  @Inject private OfficeRepository offices;
  @Inject private ApplicationRepository applications;
  @Inject private AccountTokenRepository tokens;
  @Inject private AccountNotices notices;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "zairyu.accounts.invitation-validity")
  Duration invitationValidity;

  /** A member as the administrator sees them. */
  public record Member(
      String authId,
      String fullName,
      String kindJa,
      Practitioner.OfficeRole role,
      Practitioner.Status status,
      boolean secondFactor)
      implements java.io.Serializable {}

  public record OfficeView(String name, boolean secondFactorRequired, List<Member> members)
      implements java.io.Serializable {}

  /** Founds an office with the caller as its administrator. */
  public void found(String name) {
    Practitioner p = caller();
    if (p.officeId().isPresent()) {
      throw new RuleViolation(
          "office.already-member", "既に事務所に所属しています。", "You already belong to an office.");
    }
    Office office = new Office(name);
    offices.add(office);
    p.joinOffice(office.id(), Practitioner.OfficeRole.ADMIN);
    audit.record(p.authId(), "OFFICE_FOUNDED", "office " + office.id(), null);
  }

  /** The caller's office and its members; administrators only. */
  public OfficeView office() {
    Practitioner admin = administrator();
    Office office = offices.find(admin.officeId().orElseThrow()).orElseThrow();
    List<Member> members =
        practitioners.members(office.id()).stream()
            .map(
                m ->
                    new Member(
                        m.authId(),
                        m.fullName(),
                        UserKind.byCode(m.userKind()).map(UserKind::nameJa).orElse(m.userKind()),
                        m.officeRole().orElseThrow(),
                        m.status(),
                        m.secondFactorEnabled()))
            .toList();
    return new OfficeView(office.name(), office.secondFactorRequired(), members);
  }

  /** Mails an invitation link; whoever registers through it joins the office as staff. */
  public void invite(String email) {
    Practitioner admin = administrator();
    Office office = offices.find(admin.officeId().orElseThrow()).orElseThrow();
    String address = Registrant.email(email);
    Instant now = clock.instant();
    AccountToken.Issued issued =
        AccountToken.issue(
            AccountToken.Purpose.INVITATION,
            null,
            admin.id(),
            office.id(),
            address,
            now,
            invitationValidity);
    tokens.add(issued.token());
    notices.send(
        AccountMail.Kind.OFFICE_INVITATION,
        address,
        address,
        Map.of(
            "inviter", admin.fullName(),
            "office", office.name(),
            "expiresAt", Formats.dateTime(issued.token().expiresAt())),
        "/registration/start.xhtml?invitation=" + issued.secret());
    audit.record(admin.authId(), "OFFICE_INVITATION_SENT", "office " + office.id(), null);
  }

  public void suspend(String authId) {
    Practitioner admin = administrator();
    Practitioner member = otherMember(admin, authId);
    member.suspend();
    audit.record(admin.authId(), "MEMBER_SUSPENDED", authId, null);
  }

  public void reinstate(String authId) {
    Practitioner admin = administrator();
    Practitioner member = otherMember(admin, authId);
    member.reinstate();
    audit.record(admin.authId(), "MEMBER_REINSTATED", authId, null);
  }

  /** Removes a member from the office; their cases move to the administrator. */
  public void remove(String authId) {
    Practitioner admin = administrator();
    Practitioner member = otherMember(admin, authId);
    Instant now = clock.instant();
    for (Application a : applications.ownedBy(member.id(), Integer.MAX_VALUE)) {
      a.reassignTo(admin.id(), now);
    }
    member.leaveOffice();
    audit.record(admin.authId(), "MEMBER_REMOVED", authId, null);
  }

  /**
   * Makes two-step verification mandatory for the office's members (or optional again). Members
   * without it are logged out of every open session at once, and must enrol at their next login.
   */
  public void requireSecondFactor(boolean required) {
    Practitioner admin = administrator();
    long officeId = admin.officeId().orElseThrow();
    offices.find(officeId).orElseThrow().requireSecondFactor(required);
    if (required) {
      practitioners.members(officeId).stream()
          .filter(m -> !m.id().equals(admin.id()))
          .forEach(Practitioner::secondFactorBecameRequired);
    }
    audit.record(
        admin.authId(), "OFFICE_SECOND_FACTOR", "office " + admin.officeId().get(), "" + required);
  }

  /** The applications of every member, a line each. */
  public List<ApplicationSummary> cases() {
    Practitioner admin = administrator();
    return applications.ofOffice(admin.officeId().orElseThrow(), CASE_LIMIT).stream()
        .map(ApplicationSummary::of)
        .toList();
  }

  /** Hands a case of the office to another active member. */
  public void reassign(long applicationId, String toAuthId) {
    Practitioner admin = administrator();
    long office = admin.officeId().orElseThrow();
    Application application =
        applications
            .find(applicationId)
            .filter(
                a ->
                    practitioners
                        .find(a.practitionerId())
                        .flatMap(Practitioner::officeId)
                        .filter(o -> o == office)
                        .isPresent())
            .orElseThrow(NotFound::application);
    Practitioner to =
        practitioners
            .findByAuthId(toAuthId)
            .filter(Practitioner::active)
            .filter(m -> m.officeId().filter(o -> o == office).isPresent())
            .orElseThrow(NotFound::member);
    application.reassignTo(to.id(), clock.instant());
    audit.record(admin.authId(), "CASE_REASSIGNED", "application " + applicationId, toAuthId);
  }

  private Practitioner otherMember(Practitioner admin, String authId) {
    Practitioner member =
        practitioners
            .findByAuthId(AccountAuthentication.normalise(authId))
            .filter(m -> m.officeId().equals(admin.officeId()))
            .orElseThrow(NotFound::member);
    if (member.id().equals(admin.id())) {
      throw new RuleViolation(
          "office.self", "自分自身には実行できません。", "You cannot do this to your own account.");
    }
    return member;
  }

  private Practitioner administrator() {
    Practitioner p = caller();
    if (!p.officeAdministrator() || !p.active()) {
      throw new RuleViolation(
          "office.not-admin", "事務所の管理者だけが行えます。", "Only the office administrator can do this.");
    }
    return p;
  }

  private Practitioner caller() {
    return practitioners.findByAuthId(session.getCallerPrincipal().getName()).orElseThrow();
  }
}
