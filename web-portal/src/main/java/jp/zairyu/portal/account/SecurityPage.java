package jp.zairyu.portal.account;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import jp.zairyu.application.AccountService;
import jp.zairyu.application.AccountService.AccountView;
import jp.zairyu.application.PasswordService;
import jp.zairyu.application.SecondFactorService;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.account.PasswordPolicy;
import jp.zairyu.portal.security.SessionGuard;
import jp.zairyu.web.messages.Messages;

/**
 * セキュリティ設定: change the password (other sessions end, this one goes on) and two-step verification —
 * enrol with a QR code, confirm with a first code, keep the recovery codes; or turn it off.
 */
@Named
@ViewScoped
public class SecurityPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AccountService accounts;
  @EJB private PasswordService passwords;
  @EJB private SecondFactorService secondFactor;

  private AccountView account;
  private String currentPassword;
  private String password;
  private String confirmation;
  private SecondFactorService.Enrolment enrolment;
  private String code;
  private List<String> recoveryCodes;
  private String disablePassword;

  public void load() {
    account = accounts.me();
    if (account.officeRequiresSecondFactor() && !account.secondFactorEnabled()) {
      Messages.warn(
          "所属する事務所では2段階認証が必須です。設定が済むまで他の画面は使えません。",
          "Your office requires two-step verification. Set it up to continue.");
    }
  }

  public void changePassword() {
    try {
      int version = passwords.change(currentPassword, password, confirmation);
      SessionGuard.credentialsChanged(session().getSession(), version);
      Messages.ok(
          "パスワードを変更しました。他の端末でのログインは終了しました。",
          "Your password has been changed. Every other session has been logged out.");
      account = accounts.me();
    } catch (RuleViolation e) {
      Messages.error(e);
    } finally {
      currentPassword = null;
      password = null;
      confirmation = null;
    }
  }

  public void beginEnrolment() {
    enrolment = secondFactor.begin();
    recoveryCodes = null;
  }

  public void confirmEnrolment() {
    try {
      SecondFactorService.Enrolled enrolled = secondFactor.confirm(enrolment.secret(), code);
      SessionGuard.credentialsChanged(session().getSession(), enrolled.credentialsVersion());
      recoveryCodes = enrolled.recoveryCodes();
      enrolment = null;
      account = accounts.me();
      Messages.ok(
          "2段階認証を設定しました。リカバリーコードを安全な場所に保管してください。",
          "Two-step verification is on. Keep the recovery codes in a safe place.");
    } catch (RuleViolation e) {
      Messages.error(e);
    } finally {
      code = null;
    }
  }

  public void cancelEnrolment() {
    enrolment = null;
    code = null;
  }

  public void disable() {
    try {
      int version = secondFactor.disable(disablePassword);
      SessionGuard.credentialsChanged(session().getSession(), version);
      account = accounts.me();
      recoveryCodes = null;
      Messages.ok("2段階認証を解除しました。", "Two-step verification is off.");
    } catch (RuleViolation e) {
      Messages.error(e);
    } finally {
      disablePassword = null;
    }
  }

  private static HttpServletRequest session() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  /** The day the password stops working, in Japan. */
  public String getPasswordExpiry() {
    return java.time.LocalDate.ofInstant(
            account.passwordExpiresAt(), java.time.ZoneId.of("Asia/Tokyo"))
        .toString();
  }

  public String getSymbols() {
    return PasswordPolicy.SYMBOLS;
  }

  /** The secret in groups of four, for typing into an app by hand. */
  public String getGroupedSecret() {
    return enrolment == null ? null : enrolment.secret().replaceAll("(.{4})(?!$)", "$1 ");
  }

  public AccountView getAccount() {
    return account;
  }

  public SecondFactorService.Enrolment getEnrolment() {
    return enrolment;
  }

  public List<String> getRecoveryCodes() {
    return recoveryCodes;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String v) {
    currentPassword = v;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String v) {
    password = v;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String v) {
    confirmation = v;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String v) {
    code = v;
  }

  public String getDisablePassword() {
    return disablePassword;
  }

  public void setDisablePassword(String v) {
    disablePassword = v;
  }
}
