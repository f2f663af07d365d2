package jp.zairyu.portal.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import jp.zairyu.application.AccountAuthentication;
import jp.zairyu.application.LoginResult;
import jp.zairyu.application.PractitionerCredential;
import jp.zairyu.web.Logins;
import jp.zairyu.web.messages.Messages;

/**
 * The portal's login page: 認証ID and password, then — for accounts with two-step verification — the
 * authenticator app's code (or a recovery code). {@code AccountAuthentication} checks every factor,
 * counts failures and audits; on success Jakarta Security receives a one-time ticket, the session
 * id is changed, and the session remembers the account's credentials version so that a later
 * password change ends it ({@link SessionGuard}).
 */
@Named
@ViewScoped
public class LoginPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter UNTIL =
      DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Asia/Tokyo"));

  /**
   * Looked up at the click, never kept: the container's SecurityContext (Soteria's, dependent)
   * holds parts that cannot be serialized, and a view's beans are copied whole or not at all when a
   * cluster replicates the session (issue 18); kept transient it would be null on the other
   * instance. Weld's {@code Instance} is serializable.
   */
  @Inject private Instance<SecurityContext> security;

  @EJB private AccountAuthentication accounts;

  private String authId;
  private String password;
  private String code;
  private boolean secondStep;
  private String reason;

  public void login() throws IOException {
    check(null);
  }

  public void verifyCode() throws IOException {
    check(code == null ? "" : code);
  }

  /** Back from the code step to the start. */
  public void restart() {
    secondStep = false;
    password = null;
    code = null;
  }

  private void check(String oneTimeCode) throws IOException {
    LoginResult result =
        accounts.practitioner(
            authId, password == null ? new char[0] : password.toCharArray(), oneTimeCode);
    switch (result.outcome()) {
      case SUCCESS -> enter(result);
      case SECOND_FACTOR_REQUIRED -> secondStep = true;
      case LOCKED -> {
        restart();
        String until = UNTIL.format(result.lockedUntil());
        Messages.error(
            "ログインに続けて失敗したため、" + until + " までログインできません。しばらくしてから再度お試しください。",
            "After repeated failures, logging in is locked until "
                + until
                + " (Japan time). Please try again later.");
      }
      case PASSWORD_EXPIRED -> {
        restart();
        Messages.error(
            "パスワードの有効期限（1年）が切れています。「パスワードを忘れた場合」から新しいパスワードを設定してください。",
            "Your password has expired (after one year). Set a new one through \"Forgot your"
                + " password\".");
      }
      case SUSPENDED -> {
        restart();
        Messages.error(
            "このアカウントは事務所の管理者により利用停止されています。管理者にお問い合わせください。",
            "Your office administrator has suspended this account. Please contact them.");
      }
      case THROTTLED -> {
        restart();
        Messages.error(
            "短時間に多くのログインがありました。10分ほど待ってから、もう一度お試しください。",
            "Too many logins from your network in a short time. Please wait about 10 minutes and"
                + " try again.");
      }
      case STANDING_LAPSED -> {
        restart();
        Messages.error(
            "申請等取次者の届出済証明書または申請等取次承認の有効期限が過ぎたか、名簿から削除されたため、ログインできません。"
                + "作成中の申請は保存されています。更新の手続きが名簿に反映されると、再びログインできます。",
            "Your agent's notification certificate or your organisation's approval has expired or"
                + " was removed from the registry, so you cannot log in. Your drafts are kept;"
                + " once the renewal is in the registry you can log in again.");
      }
      case INVALID -> {
        if (secondStep) {
          code = null;
          Messages.error(
              "確認コードが正しくありません。アプリに表示されている最新の6桁、またはリカバリーコードを入力してください。",
              "The code is not correct. Enter the latest 6 digits your app shows, or a recovery"
                  + " code.");
        } else {
          password = null;
          Messages.error(
              "認証IDまたはパスワードが正しくありません。", "The authentication ID or password is incorrect.");
        }
      }
    }
  }

  private void enter(LoginResult result) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status =
        Logins.authenticate(security.get(), external, new PractitionerCredential(result.ticket()));
    password = null;
    code = null;
    if (status == AuthenticationStatus.SEND_CONTINUE) {
      faces.responseComplete();
      return;
    }
    if (status != AuthenticationStatus.SUCCESS) {
      Messages.error("ログインできませんでした。もう一度お試しください。", "Login failed. Please try again.");
      restart();
      return;
    }
    external.redirect(
        Logins.started(external, result.credentialsVersion(), result.mustEnrolSecondFactor()));
  }

  /** Explains why the user was sent here ({@code reason} view parameter). */
  public void showReason() {
    if ("ended".equals(reason)) {
      Messages.error(
          "パスワードの変更などにより、ログイン状態が終了しました。もう一度ログインしてください。",
          "Your session ended (for example, the password was changed). Please log in again.");
    } else if ("expired".equals(reason)) {
      Messages.error(
          "ログインしてから利用できる時間（12時間）を過ぎたため、安全のためログアウトしました。もう一度ログインしてください。",
          "For your security a login lasts at most 12 hours, and yours has ended. Please log in"
              + " again.");
    } else if ("timeout".equals(reason)) {
      Messages.error(
          "一定時間操作がなかったため、ログアウトしました。もう一度ログインしてください。",
          "You were logged out after a period without activity. Please log in again.");
    }
  }

  public String getAuthId() {
    return authId;
  }

  public void setAuthId(String authId) {
    this.authId = authId;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public boolean isSecondStep() {
    return secondStep;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
