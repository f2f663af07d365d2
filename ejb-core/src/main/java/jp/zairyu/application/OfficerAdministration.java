package jp.zairyu.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.account.Officer;
import jp.zairyu.domain.model.account.OfficerRepository;
import jp.zairyu.domain.model.account.OfficerRole;
import jp.zairyu.domain.model.account.PasswordPolicy;
import jp.zairyu.domain.model.bureau.BureauDirectory;

/** ADMIN's management of officer accounts: create, change role and bureau, disable, reset. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class OfficerAdministration {

  private static final Pattern LOGIN = Pattern.compile("[a-z][a-z0-9._-]{2,39}");

  @Resource private SessionContext session;
  @Inject private OfficerRepository officers;
  @Inject private AuditTrail audit;
  @Inject private PasswordHashes hash;
  @Inject private Clock clock;

  public List<Officer> all() {
    return officers.all();
  }

  public Officer officer(long officerId) {
    return officers.find(officerId).orElseThrow(NotFound::officer);
  }

  public void create(
      String loginId, String fullName, String bureauCode, OfficerRole role, String password) {
    String login = loginId == null ? "" : loginId.strip().toLowerCase(Locale.ROOT);
    if (!LOGIN.matcher(login).matches()) {
      throw new RuleViolation(
          "officer.login",
          "ログインIDは半角英小文字で始まる3〜40文字（英小文字・数字・.・_・-）にしてください。",
          "A login ID has 3 to 40 characters (a-z, 0-9, '.', '_', '-') and starts with a letter.");
    }
    if (officers.findByLoginId(login).isPresent()) {
      throw new RuleViolation(
          "officer.exists", "このログインIDは既に使われています。", "This login ID is already in use.");
    }
    String name = fullName == null ? "" : fullName.strip();
    if (name.isEmpty() || name.length() > 100) {
      throw new RuleViolation(
          "officer.name", "氏名を100文字以内で入力してください。", "Enter a name (at most 100 characters).");
    }
    if (role == null || BureauDirectory.standard().byCode(bureauCode).isEmpty()) {
      throw new RuleViolation(
          "officer.assignment", "役割と所属局を選んでください。", "Choose a role and a bureau.");
    }
    PasswordPolicy.check(password, login);
    officers.add(new Officer(login, hash.hash(password.toCharArray()), name, bureauCode, role));
    audit.record(admin(), "OFFICER_CREATED", login, role + " " + bureauCode);
  }

  public void assign(long officerId, OfficerRole role, String bureauCode) {
    Officer o = officers.find(officerId).orElseThrow(NotFound::officer);
    Officer me = officers.findByLoginId(admin()).orElseThrow(NotFound::officer);
    o.assign(role, bureauCode, me);
    audit.record(admin(), "OFFICER_ASSIGNED", o.loginId(), role + " " + bureauCode);
  }

  public void disable(long officerId) {
    Officer o = officers.find(officerId).orElseThrow(NotFound::officer);
    if (o.loginId().equals(admin())) {
      throw new RuleViolation(
          "officer.self", "自分自身は無効にできません。", "You cannot disable your own account.");
    }
    o.disable();
    audit.record(admin(), "OFFICER_DISABLED", o.loginId(), null);
  }

  public void enable(long officerId) {
    Officer o = officers.find(officerId).orElseThrow(NotFound::officer);
    o.enable();
    audit.record(admin(), "OFFICER_ENABLED", o.loginId(), null);
  }

  public void resetPassword(long officerId, String password) {
    Officer o = officers.find(officerId).orElseThrow(NotFound::officer);
    PasswordPolicy.check(password, o.loginId());
    o.changePassword(hash.hash(password.toCharArray()), clock.instant());
    audit.record(admin(), "OFFICER_PASSWORD_RESET", o.loginId(), null);
  }

  /**
   * Removes an officer's second factor (a lost phone), refused when the officer changed since
   * {@code expectedVersion}; the officer's sessions end, and an ADMIN enrols again at the next
   * login.
   */
  public void resetSecondFactor(long officerId, long expectedVersion) {
    unchanged(officerId, expectedVersion);
    Officer o = officers.find(officerId).orElseThrow(NotFound::officer);
    o.resetSecondFactor(officers.findByLoginId(admin()).orElseThrow(NotFound::officer));
    audit.record(admin(), "OFFICER_SECOND_FACTOR_RESET", o.loginId(), null);
  }

  /**
   * As {@link #assign(long, OfficerRole, String)}, refused when the officer changed since the
   * caller read {@code expectedVersion} (another ADMIN acted meanwhile).
   */
  public void assign(long officerId, long expectedVersion, OfficerRole role, String bureauCode) {
    unchanged(officerId, expectedVersion);
    assign(officerId, role, bureauCode);
  }

  /** As {@link #disable(long)}, refused when the officer changed since {@code expectedVersion}. */
  public void disable(long officerId, long expectedVersion) {
    unchanged(officerId, expectedVersion);
    disable(officerId);
  }

  /** As {@link #enable(long)}, refused when the officer changed since {@code expectedVersion}. */
  public void enable(long officerId, long expectedVersion) {
    unchanged(officerId, expectedVersion);
    enable(officerId);
  }

  /**
   * As {@link #resetPassword(long, String)}, refused when the officer changed since {@code
   * expectedVersion}.
   */
  public void resetPassword(long officerId, long expectedVersion, String password) {
    unchanged(officerId, expectedVersion);
    resetPassword(officerId, password);
  }

  private void unchanged(long officerId, long expectedVersion) {
    if (officer(officerId).version() != expectedVersion) {
      throw new RuleViolation(
          "officer.changed",
          "この職員の情報は、表示した後に他の管理者が変更しました。最新の内容を確認してから、もう一度操作してください。",
          "Another administrator changed this officer after you opened the page. Check the current"
              + " details, then try again.");
    }
  }

  /** Checks the audit chain (the ADMIN command of the audit trail). */
  public AuditTrail.Verification verifyAuditTrail() {
    AuditTrail.Verification v = audit.verify();
    audit.record(admin(), "AUDIT_VERIFIED", null, v.intact() ? "intact" : "broken");
    return v;
  }

  private String admin() {
    return session.getCallerPrincipal().getName();
  }
}
