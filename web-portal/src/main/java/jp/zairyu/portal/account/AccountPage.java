package jp.zairyu.portal.account;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import jp.zairyu.application.AccountService;
import jp.zairyu.application.AccountService.AccountView;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.account.UserKind;
import jp.zairyu.web.messages.Messages;

/** 利用者情報: the registered details, a new mail address, closing the account. */
@Named
@ViewScoped
public class AccountPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AccountService accounts;

  private AccountView account;
  private RegistrationForm form;
  private String newEmail;
  private String emailPassword;
  private String emailCode;
  private String closePassword;

  public void load() {
    account = accounts.me();
    form = RegistrationForm.of(account.details());
  }

  public UserKind getSelectedKind() {
    return account.kind();
  }

  public boolean needs(String field) {
    return RegistrantChoices.needs(account.kind(), field);
  }

  public List<String> getRelationships() {
    return RegistrantChoices.relationships(account.kind());
  }

  public String relationshipLabel(String code) {
    return RegistrantChoices.label(code);
  }

  public void save() {
    try {
      accounts.changeDetails(form.toForm());
      Messages.ok("登録内容を変更しました。", "Your details have been saved.");
      load();
    } catch (RuleViolation e) {
      Messages.error(e);
    }
  }

  public void changeEmail() {
    try {
      accounts.requestEmailChange(newEmail, emailPassword, emailCode);
      Messages.ok(
          "新しいメールアドレスに確認メールを送信しました。メール内のリンクを開くと変更されます。" + "現在のアドレスにも、変更の申請があったことをお知らせしました。",
          "We have sent a confirmation mail to the new address. The change takes effect when you"
              + " open its link. Your current address was told of the request.");
      newEmail = null;
    } catch (RuleViolation e) {
      Messages.error(e);
    } finally {
      emailPassword = null;
      emailCode = null;
    }
  }

  public void close() throws IOException, ServletException {
    try {
      accounts.close(closePassword);
    } catch (RuleViolation e) {
      closePassword = null;
      Messages.error(e);
      return;
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login.xhtml?reason=closed");
  }

  public AccountView getAccount() {
    return account;
  }

  public RegistrationForm getForm() {
    return form;
  }

  public String getNewEmail() {
    return newEmail;
  }

  public void setNewEmail(String newEmail) {
    this.newEmail = newEmail;
  }

  public String getEmailPassword() {
    return emailPassword;
  }

  public void setEmailPassword(String emailPassword) {
    this.emailPassword = emailPassword;
  }

  public String getEmailCode() {
    return emailCode;
  }

  public void setEmailCode(String emailCode) {
    this.emailCode = emailCode;
  }

  public String getClosePassword() {
    return closePassword;
  }

  public void setClosePassword(String closePassword) {
    this.closePassword = closePassword;
  }
}
