package jp.zairyu.portal.account;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.zairyu.application.PasswordService;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.account.PasswordPolicy;
import jp.zairyu.web.messages.Messages;

/** The reset mail's link: a new password; lifts a lockout. */
@Named
@ViewScoped
public class ResetPasswordPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PasswordService passwords;

  private String token;
  private boolean usable;
  private String password;
  private String confirmation;
  private String authId;

  public void load() {
    usable = passwords.resetLinkUsable(token);
    if (!usable) {
      Messages.error(
          "このリンクは無効か、有効期限が切れているか、既に使用されています。もう一度「パスワードを忘れた場合」から手続してください。",
          "This link is not valid, has expired or has already been used. Please ask for a new"
              + " one through \"Forgot your password\".");
    }
  }

  public void save() {
    try {
      authId = passwords.reset(token, password, confirmation);
      usable = false;
    } catch (RuleViolation e) {
      Messages.error(e);
    } finally {
      password = null;
      confirmation = null;
    }
  }

  public String getSymbols() {
    return PasswordPolicy.SYMBOLS;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public boolean isUsable() {
    return usable;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }

  public String getAuthId() {
    return authId;
  }
}
