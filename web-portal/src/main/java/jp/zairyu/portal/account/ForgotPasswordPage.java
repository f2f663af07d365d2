package jp.zairyu.portal.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jp.zairyu.application.PasswordService;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.web.messages.Messages;

/**
 * パスワードを忘れた場合: 認証ID and the registered mail address. The answer never says whether they matched an
 * account.
 */
@Named
@RequestScoped
public class ForgotPasswordPage {

  @EJB private PasswordService passwords;

  private String authId;
  private String email;
  private boolean sent;

  public void send() {
    try {
      passwords.requestReset(authId, email);
    } catch (RuleViolation tooOften) {
      Messages.error(tooOften);
      return;
    }
    sent = true;
    Messages.ok(
        "入力された認証IDとメールアドレスが登録内容と一致する場合、パスワード再設定用のメールを送信しました。メールが届かない場合は、入力内容を確認してください。",
        "If the authentication ID and mail address match an account, we have sent a mail with a"
            + " link to set a new password. If none arrives, please check what you entered.");
  }

  public String getAuthId() {
    return authId;
  }

  public void setAuthId(String authId) {
    this.authId = authId;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public boolean isSent() {
    return sent;
  }
}
