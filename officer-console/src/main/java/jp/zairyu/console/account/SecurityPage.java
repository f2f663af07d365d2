package jp.zairyu.console.account;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import jp.zairyu.application.OfficerSecondFactorService;
import jp.zairyu.application.OfficerSecondFactorService.Status;
import jp.zairyu.application.SecondFactorService.Enrolment;
import jp.zairyu.console.security.OfficerSessionFilter;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.web.messages.Messages;

/**
 * 2段階認証の設定 (console): the officer scans a QR code and confirms with a first code. An ADMIN without
 * a second factor is kept on this page until it is on.
 */
@Named
@ViewScoped
public class SecurityPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private OfficerSecondFactorService secondFactor;

  private Status status;
  private Enrolment enrolment;
  private String code;

  public void load() {
    status = secondFactor.status();
    if (!status.enabled()) {
      enrolment = secondFactor.begin();
      if (status.required()) {
        Messages.warn(
            "管理者（ADMIN）は2段階認証が必須です。設定が済むまで他の画面は使えません。",
            "Every ADMIN must use two-step verification. Set it up to continue.");
      }
    }
  }

  public String confirm() {
    try {
      int version = secondFactor.confirm(enrolment.secret(), code);
      HttpServletRequest request =
          (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
      OfficerSessionFilter.secondFactorEnrolled(request.getSession(), version);
      Messages.info(
          "2段階認証を設定しました。次回からログインの際に確認コードを入力してください。",
          "Two-step verification is on. Enter the code at every login from now on.");
      return "/index.xhtml?faces-redirect=true";
    } catch (RuleViolation e) {
      Messages.error(e);
      return null;
    } finally {
      code = null;
    }
  }

  /** The secret in groups of four, for typing into an app by hand. */
  public String getGroupedSecret() {
    return enrolment == null ? null : enrolment.secret().replaceAll("(.{4})(?!$)", "$1 ");
  }

  public Status getStatus() {
    return status;
  }

  public Enrolment getEnrolment() {
    return enrolment;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
