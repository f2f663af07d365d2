package jp.zairyu.portal.applications;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.zairyu.application.DraftingService;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.application.Applicant;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.bureau.BureauDirectory;
import jp.zairyu.portal.Messages;

/** 申請内容の確認: one application of the practitioner, read-only, with its state. */
@Named
@ViewScoped
public class ApplicationPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private DraftingService drafting;

  private Long id;
  private transient Application application;
  private boolean found;

  public void load() {
    if (id == null) {
      return;
    }
    try {
      application = drafting.find(id);
      found = true;
    } catch (RuleViolation notFound) {
      Messages.error(notFound);
    }
  }

  public boolean isFound() {
    return found && application != null;
  }

  public boolean isDraft() {
    return isFound()
        && application.state() == jp.zairyu.domain.model.application.ApplicationState.DRAFT;
  }

  public String getReceiptNumber() {
    return application.receiptNumber().map(Object::toString).orElse("—");
  }

  public String getState() {
    return application.state().labelJa() + " / " + application.state().labelEn();
  }

  public String getStateCode() {
    return application.state().name();
  }

  public String getProcedure() {
    return application.procedure().nameJa() + " / " + application.procedure().nameEn();
  }

  public String getFee() {
    return String.format(
        "%,d円 / ¥%,d",
        application.procedure().feeOnlineYen(), application.procedure().feeOnlineYen());
  }

  public String getBureau() {
    return application
        .bureauCode()
        .flatMap(BureauDirectory.standard()::byCode)
        .map(b -> b.nameJa() + " / " + b.nameEn())
        .orElse("振分け中 / Being routed");
  }

  public String getSubmittedAt() {
    return application.submittedAt().map(Dates::format).orElse("—");
  }

  public Applicant getApplicant() {
    return application.applicant();
  }

  public String getResidenceCardNumber() {
    return application.applicant().residenceCardNumber().map(Object::toString).orElse("—");
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
