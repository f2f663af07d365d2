package jp.zairyu.console.admin;

import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.zairyu.application.OfficerAdministration;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.web.messages.Messages;

/** 職員の追加: a new officer account with its role, home bureau and initial password. */
@Named
@ViewScoped
public class NewOfficerPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private OfficerAdministration administration;

  private String loginId;
  private String fullName;
  private String bureau;
  private String role;
  private String password;

  public String create() {
    String initial = password;
    password = null; // never shown again, nor kept in the view
    try {
      administration.create(loginId, fullName, bureau, Choices.roleOf(role), initial);
    } catch (RuleViolation violation) {
      Messages.error(violation);
      return null;
    }
    Messages.info(
        "職員アカウント「" + loginId.strip() + "」を作成しました。初期パスワードを本人に安全な方法で伝えてください。",
        "Officer account \""
            + loginId.strip()
            + "\" created. Give the officer the initial password by a safe channel.");
    return "/admin/officers/index?faces-redirect=true";
  }

  public List<SelectItem> getBureaus() {
    return Choices.bureaus();
  }

  public List<SelectItem> getRoles() {
    return Choices.roles();
  }

  public String getLoginId() {
    return loginId;
  }

  public void setLoginId(String loginId) {
    this.loginId = loginId;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getBureau() {
    return bureau;
  }

  public void setBureau(String bureau) {
    this.bureau = bureau;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
