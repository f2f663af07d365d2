package jp.zairyu.portal;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jp.zairyu.domain.model.RuleViolation;

/** Shows refusals of the service as page messages (Japanese / English). */
public final class Messages {

  private Messages() {}

  public static void error(RuleViolation violation) {
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_ERROR, violation.messageJa(), violation.messageEn()));
  }

  public static void info(String ja, String en) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, ja, en));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }
}
