package jp.zairyu.portal.applications;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import jp.zairyu.application.ApplicantDetails;
import jp.zairyu.application.DraftingService;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.application.Applicant;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.ApplicationState;
import jp.zairyu.domain.model.application.ReceiptNumber;
import jp.zairyu.domain.model.bureau.BureauDirectory;
import jp.zairyu.portal.Messages;

/**
 * 申請情報入力 for an extension of period of stay: a new draft (no id) or an existing one. Saves the
 * draft and submits it ('入管庁に申請を行う').
 */
@Named
@ViewScoped
public class DraftPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private DraftingService drafting;

  private Long id;
  private String fullName;
  private String nationality;
  private LocalDate dateOfBirth;
  private String residenceCardNumber;
  private String prefecture;
  private String addressLine;

  /** Loads the draft named by the {@code id} view parameter, if any. */
  public void load() throws IOException {
    if (id == null) {
      return;
    }
    try {
      Application application = drafting.find(id);
      if (application.state() != ApplicationState.DRAFT) {
        redirectToView(application.id());
        return;
      }
      Applicant a = application.applicant();
      fullName = a.fullName();
      nationality = a.nationality();
      dateOfBirth = a.dateOfBirth();
      residenceCardNumber = a.residenceCardNumber().map(Object::toString).orElse(null);
      prefecture = a.prefecture();
      addressLine = a.addressLine();
    } catch (RuleViolation notFound) {
      Messages.error(notFound);
      id = null;
    }
  }

  public void save() throws IOException {
    try {
      boolean created = id == null;
      store();
      Messages.info("下書きを保存しました。", "The draft has been saved.");
      if (created) {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/applications/edit.xhtml?id=" + id);
      }
    } catch (RuleViolation violation) {
      Messages.error(violation);
    }
  }

  public void submit() throws IOException {
    try {
      store();
      ReceiptNumber receipt = drafting.submit(id);
      Messages.info(
          "申請が完了しました。受付番号: " + receipt,
          "Your application was submitted. Receipt number: " + receipt);
      redirectToView(id);
    } catch (RuleViolation violation) {
      Messages.error(violation);
    }
  }

  private void store() {
    ApplicantDetails details =
        new ApplicantDetails(
            fullName, nationality, dateOfBirth, residenceCardNumber, prefecture, addressLine);
    if (id == null) {
      id = drafting.startExtension(details);
    } else {
      drafting.revise(id, details);
    }
  }

  private void redirectToView(long applicationId) throws IOException {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    external.getFlash().setKeepMessages(true);
    external.redirect(
        external.getRequestContextPath() + "/applications/view.xhtml?id=" + applicationId);
  }

  public List<String> getPrefectures() {
    return BureauDirectory.standard().prefectures();
  }

  public LocalDate getToday() {
    return LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getNationality() {
    return nationality;
  }

  public void setNationality(String nationality) {
    this.nationality = nationality;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(LocalDate dateOfBirth) {
    this.dateOfBirth = dateOfBirth;
  }

  public String getResidenceCardNumber() {
    return residenceCardNumber;
  }

  public void setResidenceCardNumber(String residenceCardNumber) {
    this.residenceCardNumber = residenceCardNumber;
  }

  public String getPrefecture() {
    return prefecture;
  }

  public void setPrefecture(String prefecture) {
    this.prefecture = prefecture;
  }

  public String getAddressLine() {
    return addressLine;
  }

  public void setAddressLine(String addressLine) {
    this.addressLine = addressLine;
  }
}
