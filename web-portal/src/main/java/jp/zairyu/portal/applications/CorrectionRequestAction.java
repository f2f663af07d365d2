package jp.zairyu.portal.applications;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.zairyu.application.DraftingService;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.web.messages.Messages;

/**
 * 訂正の申出: on the page of a submitted application, the practitioner tells the bureau which item is
 * wrong and what it should say. Sent, the page is shown again through a redirect (a reload sends
 * nothing twice); refused, what was typed stays in the form with the reason.
 */
@Named
@ViewScoped
public class CorrectionRequestAction implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private DraftingService drafting;
  @Inject private ApplicationPage page;

  private String item;
  private String correction;

  public String send() {
    try {
      drafting.requestCorrection(page.getId(), item, correction);
      Messages.info(
          "訂正の申出を送信しました。審査官が確認します。",
          "Your correction has been sent to the bureau; the examiner will read it.");
      return "/applications/view?faces-redirect=true&id=" + page.getId();
    } catch (RuleViolation e) {
      Messages.error(e);
      page.load();
      return null;
    }
  }

  public String getItem() {
    return item;
  }

  public void setItem(String item) {
    this.item = item;
  }

  public String getCorrection() {
    return correction;
  }

  public void setCorrection(String correction) {
    this.correction = correction;
  }
}
