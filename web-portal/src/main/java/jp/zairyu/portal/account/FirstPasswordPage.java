package jp.zairyu.portal.account;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.zairyu.application.RegistrationService;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.account.PasswordPolicy;
import jp.zairyu.web.messages.Messages;

/** The approval mail's link: set the first password and receive the 認証ID. */
@Named
@ViewScoped
public class FirstPasswordPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private RegistrationService registrations;

  private String token;
  private String name;
  private String password;
  private String confirmation;
  private String authId;

  /** Loads the greeting, or says at once that the link is no longer usable. */
  public void load() {
    name = registrations.nameForPasswordLink(token).orElse(null);
    if (name == null && authId == null) {
      Messages.error(
          "このリンクは無効か、有効期限が切れているか、既に使用されています。",
          "This link is not valid, has expired or has already been used.");
    }
  }

  public void save() {
    try {
      authId = registrations.setFirstPassword(token, password, confirmation);
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

  public String getName() {
    return name;
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
