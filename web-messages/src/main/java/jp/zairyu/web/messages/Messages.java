package jp.zairyu.web.messages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jp.zairyu.domain.model.FieldProblem;
import jp.zairyu.domain.model.InvalidInput;
import jp.zairyu.domain.model.RuleViolation;

/**
 * Shows refusals of the service as page messages (Japanese / English), for the portal and the
 * console alike.
 */
public final class Messages {

  private Messages() {}

  /** One message per refused field for {@link InvalidInput}, else the rule's message. */
  public static void error(RuleViolation violation) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (violation.code() != null && violation.code().endsWith("not-found")) {
      notFound(faces);
    }
    if (violation instanceof InvalidInput invalid) {
      for (FieldProblem p : invalid.problems()) {
        faces.addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_ERROR,
                p.labelJa() + "：" + p.messageJa(),
                p.labelEn() + ": " + p.messageEn()));
      }
      return;
    }
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_ERROR, violation.messageJa(), violation.messageEn()));
  }

  /**
   * A page opened for something that does not exist or that the caller may not see answers 404 with
   * its message, as the downloads do (a form's post and an AJAX request keep their status).
   */
  private static void notFound(FacesContext faces) {
    if (!faces.isPostback()
        && !faces.getPartialViewContext().isAjaxRequest()
        && !faces.getExternalContext().isResponseCommitted()) {
      faces.getExternalContext().setResponseStatus(404);
    }
  }

  public static void error(String ja, String en) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, ja, en));
  }

  /** A warning on the page now being rendered. */
  public static void warn(String ja, String en) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, ja, en));
  }

  /** A confirmation shown on the page being rendered (no redirect follows, so no flash). */
  public static void ok(String ja, String en) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, ja, en));
  }

  /** The console's name for {@link #ok}: a status line on the page now being rendered. */
  public static void status(String ja, String en) {
    ok(ja, en);
  }

  /** A confirmation kept for the page a redirect leads to. */
  public static void info(String ja, String en) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, ja, en));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }
}
