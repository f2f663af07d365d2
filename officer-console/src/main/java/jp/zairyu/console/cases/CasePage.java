package jp.zairyu.console.cases;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.zairyu.application.ExaminationService;
import jp.zairyu.console.Messages;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.application.Applicant;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.ApplicationState;

/** 審査: one case of the officer's bureau, with the decision. */
@Named
@ViewScoped
public class CasePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ExaminationService examination;

  private Long id;
  private transient Application application;

  public void load() {
    if (id == null) {
      return;
    }
    try {
      application = examination.caseFile(id);
    } catch (RuleViolation notFound) {
      Messages.error(notFound);
    }
  }

  public void approve() {
    try {
      examination.approve(id);
      Messages.info("許可しました。申請者に通知します。", "Approved. The practitioner will be notified.");
    } catch (RuleViolation violation) {
      Messages.error(violation);
    }
    load();
  }

  public boolean isFound() {
    return application != null;
  }

  public boolean isDecidable() {
    return isFound()
        && (application.state() == ApplicationState.SUBMITTED
            || application.state() == ApplicationState.UNDER_REVIEW);
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

  public String getSubmittedAt() {
    return application.submittedAt().map(IntakePage.TIME::format).orElse("—");
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
