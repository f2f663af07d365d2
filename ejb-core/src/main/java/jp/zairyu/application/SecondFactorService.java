package jp.zairyu.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.account.AccountToken;
import jp.zairyu.domain.model.account.OfficeRepository;
import jp.zairyu.domain.model.account.Practitioner;
import jp.zairyu.domain.model.account.PractitionerRepository;
import jp.zairyu.domain.model.account.RecoveryCodes;
import jp.zairyu.domain.model.account.Totp;

/**
 * The optional second factor (TOTP, RFC 6238): enrolment by QR code, confirmed by a first code; ten
 * single-use recovery codes; turning it off (not when the office requires it).
 */
@Stateless
@RolesAllowed(Roles.PRACTITIONER)
public class SecondFactorService {

  public static final String ISSUER = "Zairyu Online";
  private static final int RECOVERY_CODES = 10;
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Resource private SessionContext session;
  @Inject private PractitionerRepository practitioners;
  @Inject private OfficeRepository offices;
  @Inject private RecoveryCodes recoveryCodes;
  @Inject private AuditTrail audit;
  @Inject private PasswordHashes hash;
  @Inject private Clock clock;

  /** A secret being enrolled: shown as a QR code and as text, stored only once confirmed. */
  public record Enrolment(String secret, String provisioningUri) implements java.io.Serializable {}

  /** Recovery codes to show once, and the credentials version the session goes on with. */
  public record Enrolled(List<String> recoveryCodes, int credentialsVersion) {}

  public Enrolment begin() {
    Practitioner p = caller();
    String secret = Totp.newSecret();
    return new Enrolment(secret, Totp.provisioningUri(ISSUER, p.authId(), secret));
  }

  public Enrolled confirm(String secret, String code) {
    Practitioner p = caller();
    if (p.secondFactorEnabled()) {
      throw new RuleViolation(
          "totp.already", "2段階認証は既に設定されています。", "Two-step verification is already on.");
    }
    p.enableTotp(secret, code, clock.instant());
    List<String> codes = new ArrayList<>();
    List<String> hashes = new ArrayList<>();
    for (int i = 0; i < RECOVERY_CODES; i++) {
      String c = randomCode();
      codes.add(c.substring(0, 5) + "-" + c.substring(5));
      hashes.add(AccountToken.hash(c));
    }
    recoveryCodes.replace(p.id(), hashes);
    audit.record(p.authId(), "SECOND_FACTOR_ENABLED", "practitioner", null);
    return new Enrolled(codes, p.credentialsVersion());
  }

  /** Turns the second factor off; returns the credentials version the session goes on with. */
  public int disable(String password) {
    Practitioner p = caller();
    if (password == null || !hash.verify(password.toCharArray(), p.passwordHash())) {
      throw new RuleViolation(
          "password.current", "パスワードが正しくありません。", "The password is not correct.");
    }
    boolean required =
        p.officeId().flatMap(offices::find).map(o -> o.secondFactorRequired()).orElse(false);
    if (required) {
      throw new RuleViolation(
          "totp.required",
          "所属する事務所が2段階認証を必須にしているため、解除できません。",
          "Your office requires two-step verification, so it cannot be turned off.");
    }
    p.disableTotp();
    recoveryCodes.replace(p.id(), List.of());
    audit.record(p.authId(), "SECOND_FACTOR_DISABLED", "practitioner", null);
    return p.credentialsVersion();
  }

  private static String randomCode() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }

  private Practitioner caller() {
    return practitioners.findByAuthId(session.getCallerPrincipal().getName()).orElseThrow();
  }
}
