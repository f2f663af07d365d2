package jp.zairyu.portal.account;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.zairyu.application.AccountService;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.web.messages.Messages;

/**
 * The confirmation link for a new mail address. Confirming takes a click (a POST), so that a mail
 * scanner that opens links does not confirm on the user's behalf.
 */
@Named
@ViewScoped
public class ConfirmEmailPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AccountService accounts;

  private String token;
  private boolean confirmed;

  public void confirm() {
    try {
      accounts.confirmEmail(token);
      confirmed = true;
      Messages.ok("メールアドレスを変更しました。", "Your mail address has been changed.");
    } catch (RuleViolation e) {
      Messages.error(e);
    }
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public boolean isConfirmed() {
    return confirmed;
  }
}
