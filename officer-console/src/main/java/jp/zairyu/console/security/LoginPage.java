package jp.zairyu.console.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import jp.zairyu.application.AccountAuthentication;
import jp.zairyu.application.LoginResult;
import jp.zairyu.application.OfficerCredential;
import jp.zairyu.web.BrowserSecurity;
import jp.zairyu.web.Logins;
import jp.zairyu.web.messages.Messages;

/**
 * The console's login page: officer login ID and password, checked by {@code AccountAuthentication}
 * (lockout, audit), then handed to Jakarta Security as a one-time ticket.
 */
@Named
@RequestScoped
public class LoginPage {

  private static final DateTimeFormatter UNTIL =
      DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Asia/Tokyo"));

  @Inject private SecurityContext security;
  @Inject private FacesContext faces;
  @EJB private AccountAuthentication accounts;

  private String loginId;
  private String password;
  private String code;
  private String failed;
  private String until;
  private String reason;

  public void login() throws IOException {
    ExternalContext external = faces.getExternalContext();
    LoginResult result =
        accounts.officer(loginId, password == null ? new char[0] : password.toCharArray(), code);
    password = null;
    code = null;
    if (result.outcome() == LoginResult.Outcome.SUCCESS) {
      AuthenticationStatus status =
          Logins.authenticate(security, external, new OfficerCredential(result.ticket()));
      if (status == AuthenticationStatus.SEND_CONTINUE) {
        faces.responseComplete();
        return;
      }
      if (status == AuthenticationStatus.SUCCESS) {
        external.redirect(
            Logins.started(external, result.credentialsVersion(), result.mustEnrolSecondFactor()));
        return;
      }
    }
    // Start over with a clean session: nothing of the failed attempt stays behind.
    external.invalidateSession();
    String reason =
        switch (result.outcome()) {
          case THROTTLED -> "throttled";
          case SECOND_FACTOR_REQUIRED -> "code";
          default ->
              result.locked().map(until -> "locked&until=" + UNTIL.format(until)).orElse("true");
        };
    external.redirect(external.getRequestContextPath() + "/login.xhtml?failed=" + reason);
  }

  /**
   * Shows why the previous attempt failed (the page is reached with {@code failed=…}) or why the
   * session ended ({@code reason=timeout} from the idle-timeout warning, {@code reason=ended} when
   * the account was disabled). A session that is still logged in when the idle time ran out on the
   * page is ended here first, but only when the console's own page asked ({@code Sec-Fetch-Site:
   * same-origin}): a link or redirect from another site never ends it (and carries no session
   * cookie anyway, SameSite=Strict); such an officer is sent to the intake queue instead.
   */
  public void showFailure() throws IOException, ServletException {
    if ("timeout".equals(reason) || "ended".equals(reason) || "expired".equals(reason)) {
      ExternalContext external = faces.getExternalContext();
      HttpServletRequest request = (HttpServletRequest) external.getRequest();
      if (request.getUserPrincipal() != null
          && !BrowserSecurity.fromOwnPage(request.getHeader("Sec-Fetch-Site"))) {
        external.redirect(external.getRequestContextPath() + "/index.xhtml");
        faces.responseComplete();
        return;
      }
      if (request.getUserPrincipal() != null) {
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?reason=" + reason);
        faces.responseComplete();
        return;
      }
      if ("timeout".equals(reason)) {
        Messages.warn(
            "一定時間操作がなかったため、安全のためログアウトしました。もう一度ログインしてください。",
            "You were logged out for your security after a period without activity. Please log in"
                + " again.");
      } else if ("expired".equals(reason)) {
        Messages.warn(
            "ログインしてから利用できる時間（12時間）を過ぎたため、安全のためログアウトしました。もう一度ログインしてください。",
            "For your security a login lasts at most 12 hours, and yours has ended. Please log in"
                + " again.");
      } else {
        Messages.warn(
            "アカウントの権限・所属・パスワードが変更されたか、アカウントが利用できなくなったため、ログアウトしました。もう一度ログインしてください。",
            "You were logged out because your role, bureau or password changed, or this account"
                + " can no longer be used. Please log in again.");
      }
      return;
    }
    if ("throttled".equals(failed)) {
      Messages.error(
          "短時間に多くのログインがありました。10分ほど待ってから、もう一度お試しください。",
          "Too many logins from your network in a short time. Please wait about 10 minutes and try"
              + " again.");
    } else if ("code".equals(failed)) {
      Messages.error(
          "このアカウントは2段階認証を設定しています。認証アプリに表示されている6桁の確認コードも入力してください。",
          "This account uses two-step verification. Enter the 6-digit code your authenticator app"
              + " shows as well.");
    } else if ("locked".equals(failed)) {
      String time = until != null && until.matches("\\d{2}:\\d{2}") ? until : "";
      Messages.error(
          "ログインに続けて失敗したため、" + time + " までログインできません。",
          "After repeated failures, logging in is locked until " + time + " (Japan time).");
    } else if (failed != null) {
      Messages.error(
          "ログインID、パスワードまたは確認コードが正しくありません。", "The login ID, password or code is incorrect.");
    }
  }

  public String getFailed() {
    return failed;
  }

  public void setFailed(String failed) {
    this.failed = failed;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getUntil() {
    return until;
  }

  public void setUntil(String until) {
    this.until = until;
  }

  public String getLoginId() {
    return loginId;
  }

  public void setLoginId(String loginId) {
    this.loginId = loginId;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
