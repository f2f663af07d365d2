package jp.zairyu.console.cases;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import jp.zairyu.application.ExaminationService;
import jp.zairyu.console.Messages;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.application.Applicant;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.ApplicationState;
import jp.zairyu.domain.model.application.DocumentRequest;

/** 審査: one case of the officer's bureau, with the decision. */
@Named
@ViewScoped
public class CasePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ExaminationService examination;

  private Long id;
  private transient Application application;
  private String requestItems;
  private LocalDate requestDue;

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

  /** Approves; the case is shown again through a redirect, so reloading repeats nothing. */
  public String approve() {
    try {
      examination.approve(id);
      Messages.info("許可しました。申請者に通知します。", "Approved. The practitioner will be notified.");
      return self();
    } catch (RuleViolation violation) {
      Messages.error(violation);
      load();
      return null;
    }
  }

  /**
   * Asks the practitioner for additional documents (追完) by the deadline given; the case is shown
   * again through a redirect, so reloading the page does not ask twice.
   */
  public String requestDocuments() {
    try {
      examination.requestDocuments(id, requestItems, requestDue);
      Messages.info(
          "追完を求めました。申請者に通知します。",
          "Additional documents requested. The practitioner will be notified.");
      return self();
    } catch (RuleViolation violation) {
      Messages.error(violation);
      load();
      return null;
    }
  }

  private String self() {
    return "/cases/view?faces-redirect=true&id=" + id;
  }

  public List<DocumentRequest> getDocumentRequests() {
    return application.documentRequests();
  }

  public String format(java.time.Instant instant) {
    return instant == null ? "—" : IntakePage.TIME.format(instant);
  }

  public String getRequestItems() {
    return requestItems;
  }

  public void setRequestItems(String requestItems) {
    this.requestItems = requestItems;
  }

  public LocalDate getRequestDue() {
    return requestDue;
  }

  public void setRequestDue(LocalDate requestDue) {
    this.requestDue = requestDue;
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
