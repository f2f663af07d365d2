package jp.zairyu.portal.applications;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.zairyu.application.DraftingService;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.application.ApplicationState;
import jp.zairyu.domain.model.application.ApplicationSummary;
import jp.zairyu.domain.model.application.ReceiptNumber;
import jp.zairyu.web.messages.Messages;

/**
 * 入管庁に申請を行う for a complete draft, from its own page ({@link ApplicationPage#submit()}) and from the
 * list ({@link #fromList()}): the same submission as the wizard's last step. The submitted
 * application is shown through a redirect with its receipt number, so reloading sends nothing
 * twice; a draft submitted meanwhile (another tab, a double click) shows its receipt number rather
 * than an error.
 */
@Named
@RequestScoped
public class SubmitDraftAction {

  /** The list's submit buttons name their draft by this request parameter. */
  static final String DRAFT_PARAMETER = "draft";

  @EJB private DraftingService drafting;
  @Inject private FacesContext faces;

  /**
   * Submits the draft the list's button names. The list is a stateless view that keeps no rows
   * between requests, so the button carries the draft's id; ownership and completeness are the
   * service's to check. A refusal is shown on the list, where the draft's row shows its check list.
   */
  public String fromList() {
    String draft = faces.getExternalContext().getRequestParameterMap().get(DRAFT_PARAMETER);
    long id;
    try {
      id = Long.parseLong(draft == null ? "" : draft.strip());
    } catch (NumberFormatException e) {
      Messages.error("申請を特定できませんでした。", "The application could not be identified.");
      faces.getExternalContext().getFlash().setKeepMessages(true);
      return "/index?faces-redirect=true";
    }
    String outcome = submit(id);
    if (outcome == null) {
      faces.getExternalContext().getFlash().setKeepMessages(true);
      return "/index?faces-redirect=true";
    }
    return outcome;
  }

  /**
   * Submits the caller's draft {@code id}; returns the application page to redirect to, or null
   * when the service refused (its message is on the current page).
   */
  String submit(long id) {
    try {
      ApplicationSummary current = drafting.summary(id);
      if (current.state() != ApplicationState.DRAFT) {
        String receipt = current.receipt().orElse("-");
        Messages.info(
            "この申請は既に提出されています。受付番号: " + receipt,
            "This application has already been submitted. Receipt number: " + receipt);
        return view(id);
      }
      ReceiptNumber receipt = drafting.submit(id);
      Messages.info(
          "申請が完了しました。受付番号: " + receipt,
          "Your application was submitted. Receipt number: " + receipt);
      return view(id);
    } catch (RuleViolation e) {
      Messages.error(e);
      return null;
    }
  }

  private static String view(long id) {
    return "/applications/view?faces-redirect=true&id=" + id;
  }
}
