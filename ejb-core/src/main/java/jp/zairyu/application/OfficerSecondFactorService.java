package jp.zairyu.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import jp.zairyu.domain.model.account.Officer;
import jp.zairyu.domain.model.account.OfficerRepository;
import jp.zairyu.domain.model.account.Totp;

/**
 * An officer's own second factor (TOTP): enrolment by QR code, confirmed by a first code. Every
 * ADMIN must have one (the console lets an ADMIN without one reach only the enrolment page); other
 * officers may. Removing it is another ADMIN's act ({@link OfficerAdministration}).
 */
@Stateless
@RolesAllowed({Roles.EXAMINER, Roles.SUPERVISOR, Roles.ADMIN})
public class OfficerSecondFactorService {

  @Resource private SessionContext session;
  @Inject private OfficerRepository officers;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  /** What the enrolment page shows. */
  public record Status(boolean enabled, boolean required) implements java.io.Serializable {}

  public Status status() {
    Officer me = caller();
    return new Status(me.secondFactorEnabled(), me.secondFactorRequired());
  }

  /** A new secret to enrol: shown as a QR code and as text, stored only once confirmed. */
  public SecondFactorService.Enrolment begin() {
    Officer me = caller();
    String secret = Totp.newSecret();
    return new SecondFactorService.Enrolment(
        secret,
        Totp.provisioningUri(SecondFactorService.ISSUER + " console", me.loginId(), secret));
  }

  /** Turns the second factor on; returns the credentials version this session goes on with. */
  public int confirm(String secret, String code) {
    Officer me = caller();
    me.enableTotp(secret, code == null ? "" : code.strip(), clock.instant());
    audit.record(me.loginId(), "SECOND_FACTOR_ENABLED", "officer", null);
    return me.credentialsVersion();
  }

  private Officer caller() {
    return officers.findByLoginId(session.getCallerPrincipal().getName()).orElseThrow();
  }
}
