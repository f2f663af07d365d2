package jp.zairyu.console.admin;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.zairyu.application.OfficerAdministration;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.account.Officer;
import jp.zairyu.web.messages.Conflicts;
import jp.zairyu.web.messages.Messages;

/**
 * 職員アカウントの変更: role and home bureau, disable or enable, password reset. Every change names the
 * version of the account the page showed, so that a change another ADMIN made meanwhile is never
 * overwritten unseen.
 */
@Named
@ViewScoped
public class OfficerPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private OfficerAdministration administration;

  private Long id;
  private boolean found;
  private long version;
  private String loginId;
  private String fullName;
  private String currentRole;
  private String currentBureau;
  private String status;
  private boolean active;
  private String role;
  private String bureau;
  private String newPassword;
  private boolean secondFactor;

  public void load() {
    if (id == null) {
      Messages.error(
          "職員が指定されていません。職員アカウント一覧から選んでください。",
          "No officer was chosen. Choose one from the list of officer accounts.");
      return;
    }
    try {
      show(administration.officer(id));
    } catch (RuleViolation notFound) {
      found = false;
      Messages.error(notFound);
    }
  }

  private void show(Officer o) {
    found = true;
    version = o.version();
    loginId = o.loginId();
    fullName = o.fullName();
    currentRole = Choices.role(o.role());
    currentBureau = Choices.bureau(o.bureauCode());
    status = Choices.status(o);
    active = o.active();
    secondFactor = o.secondFactorEnabled();
    role = o.role().name();
    bureau = o.bureauCode();
  }

  public String assign() {
    if (act(() -> administration.assign(id, version, Choices.roleOf(role), bureau))) {
      Messages.info(
          "役割と所属局を変更しました。ログイン中の場合は、次の操作でログアウトされます。",
          "Role and bureau changed. If the officer is logged in, that session ends at the next"
              + " click.");
      return reload();
    }
    return null;
  }

  public String disable() {
    if (act(() -> administration.disable(id, version))) {
      Messages.info(
          "アカウントを無効にしました。ログイン中の場合も、次の操作でログアウトされます。",
          "Account disabled. If the officer is logged in, that session ends at the next click.");
      return reload();
    }
    return null;
  }

  public String enable() {
    if (act(() -> administration.enable(id, version))) {
      Messages.info("アカウントを有効にしました。", "Account enabled.");
      return reload();
    }
    return null;
  }

  public String resetPassword() {
    String password = newPassword;
    newPassword = null;
    if (act(() -> administration.resetPassword(id, version, password))) {
      Messages.info(
          "パスワードを再設定しました。新しいパスワードを本人に安全な方法で伝えてください。",
          "Password reset. Give the officer the new password by a safe channel.");
      return reload();
    }
    return null;
  }

  public String resetSecondFactor() {
    if (act(() -> administration.resetSecondFactor(id, version))) {
      Messages.info(
          "2段階認証を解除しました。管理者（ADMIN）の場合は、次のログインで設定し直します。",
          "Two-step verification removed. An ADMIN sets it up again at the next login.");
      return reload();
    }
    return null;
  }

  /** After a change: the page again, freshly loaded (a reload never repeats the change). */
  private String reload() {
    return "/admin/officers/edit?faces-redirect=true&id=" + id;
  }

  /** Runs a change; on a refusal or a conflict, says so and shows the account as it is now. */
  private boolean act(Runnable change) {
    try {
      change.run();
      return true;
    } catch (RuleViolation violation) {
      Messages.error(violation);
    } catch (EJBException failure) {
      Conflicts.show(failure);
    }
    load();
    return false;
  }

  public List<SelectItem> getBureaus() {
    return Choices.bureaus();
  }

  public List<SelectItem> getRoles() {
    return Choices.roles();
  }

  public boolean isFound() {
    return found;
  }

  public long getVersion() {
    return version;
  }

  public String getLoginId() {
    return loginId;
  }

  public String getFullName() {
    return fullName;
  }

  public String getCurrentRole() {
    return currentRole;
  }

  public String getCurrentBureau() {
    return currentBureau;
  }

  public String getStatus() {
    return status;
  }

  public boolean isSecondFactor() {
    return secondFactor;
  }

  public boolean isActive() {
    return active;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getBureau() {
    return bureau;
  }

  public void setBureau(String bureau) {
    this.bureau = bureau;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
