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
import jp.zairyu.application.FilingPlan;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.application.Applicant;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.ApplicationState;
import jp.zairyu.domain.model.application.Filing;
import jp.zairyu.domain.model.application.Procedure;
import jp.zairyu.domain.model.application.ReceiptNumber;
import jp.zairyu.domain.model.application.ResidenceStatus;
import jp.zairyu.domain.model.application.ResultReceipt;
import jp.zairyu.domain.model.bureau.BureauDirectory;
import jp.zairyu.portal.Messages;
import org.primefaces.PrimeFaces;

/**
 * 申請情報入力: a new draft of any procedure that stands on its own ({@code procedure} view parameter) or
 * an existing one (id), with its add-ons, statuses and fee. Saves the draft and submits it
 * ('入管庁に申請を行う').
 */
@Named
@ViewScoped
public class DraftPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private DraftingService drafting;

  private Long id;
  private String autosaveStatus;
  private String fullName;
  private String nationality;
  private LocalDate dateOfBirth;
  private String residenceCardNumber;
  private String prefecture;
  private String addressLine;
  private String procedureCode = Procedure.EXTENSION;
  private Filing.Reentry reentry = Filing.Reentry.NONE;
  private boolean activityOutside;
  private String currentStatus;
  private String currentSubtype;
  private String desiredStatus;
  private String desiredSubtype;
  private boolean relativeDeclaration;
  private ResultReceipt resultReceipt;
  private String applicantEmail;
  private List<Procedure> startable;
  private boolean relative;

  /** Loads the draft named by the {@code id} view parameter, if any. */
  public void load() throws IOException {
    startable = drafting.startable();
    relative = drafting.callerIsRelative();
    if (id == null) {
      if (Procedure.byCode(procedureCode).filter(Procedure::standalone).isEmpty()) {
        procedureCode = Procedure.EXTENSION;
      }
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
      procedureCode = application.procedure().code();
      reentry = application.filing().reentry();
      activityOutside = application.filing().activityOutside();
      application
          .currentStatus()
          .ifPresent(
              c -> {
                currentStatus = c.code();
                currentSubtype = c.subtype();
              });
      application
          .desiredStatus()
          .ifPresent(
              d -> {
                desiredStatus = d.code();
                desiredSubtype = d.subtype();
              });
      relativeDeclaration = application.relativeDeclaration();
      resultReceipt = application.resultReceipt().orElse(null);
      applicantEmail = application.applicantEmail().orElse(null);
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

  /**
   * Saves what has been typed so far, called by the page a moment after each change (nothing to
   * press, nothing lost to a session timeout or a closed browser). A first save creates the draft;
   * the page then puts its id in the address bar, so reloading resumes it. A rule the input breaks
   * is reported in the status line only: the draft keeps its last good state.
   */
  public void autosave() {
    if (id != null && drafting.find(id).state() != ApplicationState.DRAFT) {
      autosaveStatus = "提出済みの申請は変更できません。 / A submitted application cannot be changed.";
      return;
    }
    try {
      store();
      autosaveStatus =
          "自動保存しました（" + Dates.time(java.time.Instant.now()) + "） / Saved automatically";
      PrimeFaces.current().ajax().addCallbackParam("draftId", id);
    } catch (RuleViolation violation) {
      autosaveStatus =
          "自動保存できませんでした: "
              + violation.messageJa()
              + " / Not saved automatically: "
              + violation.messageEn();
    }
  }

  public String getAutosaveStatus() {
    return autosaveStatus;
  }

  public void submit() throws IOException {
    if (alreadySubmitted()) {
      return;
    }
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

  /**
   * A second tab, a back button or a retry after the submission went through: show the submitted
   * application and its receipt number instead of an error.
   */
  private boolean alreadySubmitted() throws IOException {
    if (id == null) {
      return false;
    }
    Application application = drafting.find(id);
    if (application.state() == ApplicationState.DRAFT) {
      return false;
    }
    String receipt = application.receiptNumber().map(Object::toString).orElse("-");
    Messages.info(
        "この申請は既に提出されています。受付番号: " + receipt,
        "This application has already been submitted. Receipt number: " + receipt);
    redirectToView(id);
    return true;
  }

  // Synchronized: an automatic save still running when the user presses a button must not let
  // both create the draft (the second sees the id the first one got).
  private synchronized void store() {
    ApplicantDetails details =
        new ApplicantDetails(
            fullName, nationality, dateOfBirth, residenceCardNumber, prefecture, addressLine);
    FilingPlan plan =
        new FilingPlan(
            addOnsAllowed() ? reentry : Filing.Reentry.NONE,
            addOnsAllowed() && activityOutside,
            needsCurrent() ? currentStatus : null,
            needsCurrent() ? currentSubtype : null,
            needsDesired() ? desiredStatus : null,
            needsDesired() ? desiredSubtype : null,
            relative && relativeDeclaration,
            resultReceipt,
            applicantEmail);
    id = drafting.save(id, procedureCode, details, plan);
  }

  private void redirectToView(long applicationId) throws IOException {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    external.getFlash().setKeepMessages(true);
    external.redirect(
        external.getRequestContextPath() + "/applications/view.xhtml?id=" + applicationId);
  }

  public Procedure getProcedure() {
    return Procedure.byCode(procedureCode).orElseThrow();
  }

  public List<Procedure> getStartable() {
    return startable;
  }

  public boolean addOnsAllowed() {
    return !getProcedure().addOns().isEmpty();
  }

  /** Change, extension and certificate of authorised employment name the status held now. */
  public boolean needsCurrent() {
    return !List.of(Procedure.COE, Procedure.ACQUISITION).contains(procedureCode);
  }

  /** COE, change and acquisition name the status applied for (an extension keeps its own). */
  public boolean needsDesired() {
    return List.of(Procedure.COE, Procedure.CHANGE, Procedure.ACQUISITION).contains(procedureCode);
  }

  public List<ResidenceStatus> getStatuses() {
    return ResidenceStatus.filableOnline();
  }

  public List<String> subtypes(String statusCode) {
    return ResidenceStatus.byCode(statusCode).map(ResidenceStatus::subtypes).orElse(List.of());
  }

  public Filing.Reentry[] getReentryChoices() {
    return Filing.Reentry.values();
  }

  public String reentryLabel(Filing.Reentry r) {
    return switch (r) {
      case NONE -> "申請しない / None";
      case SINGLE -> "1回限り / Single";
      case MULTIPLE -> "数次 / Multiple";
    };
  }

  /** The online fee of what is chosen now, from procedures.csv. */
  public String getFee() {
    int yen =
        new Filing(
                getProcedure(),
                addOnsAllowed() ? reentry : null,
                addOnsAllowed() && activityOutside)
            .feeOnlineYen();
    return String.format("%,d円 / ¥%,d", yen, yen);
  }

  public ResultReceipt[] getResultReceipts() {
    return ResultReceipt.values();
  }

  public String resultReceiptLabel(ResultReceipt r) {
    boolean coe = Procedure.COE.equals(procedureCode);
    return switch (r) {
      case WINDOW ->
          coe ? "窓口で受け取る / At the bureau's window" : "窓口で受け取る（在留カード） / Card at the window";
      case MAIL ->
          coe ? "電子メールで受け取る（電子COE） / By mail (electronic COE)" : "郵送で受け取る（在留カード） / Card by post";
    };
  }

  public ResultReceipt getResultReceipt() {
    return resultReceipt;
  }

  public void setResultReceipt(ResultReceipt resultReceipt) {
    this.resultReceipt = resultReceipt;
  }

  public String getApplicantEmail() {
    return applicantEmail;
  }

  public void setApplicantEmail(String applicantEmail) {
    this.applicantEmail = applicantEmail;
  }

  public boolean isRelative() {
    return relative;
  }

  public String getProcedureCode() {
    return procedureCode;
  }

  public void setProcedureCode(String procedureCode) {
    if (id == null) {
      this.procedureCode = procedureCode;
    }
  }

  public Filing.Reentry getReentry() {
    return reentry;
  }

  public void setReentry(Filing.Reentry reentry) {
    this.reentry = reentry;
  }

  public boolean isActivityOutside() {
    return activityOutside;
  }

  public void setActivityOutside(boolean activityOutside) {
    this.activityOutside = activityOutside;
  }

  public String getCurrentStatus() {
    return currentStatus;
  }

  public void setCurrentStatus(String currentStatus) {
    this.currentStatus = currentStatus;
  }

  public String getCurrentSubtype() {
    return currentSubtype;
  }

  public void setCurrentSubtype(String currentSubtype) {
    this.currentSubtype = currentSubtype;
  }

  public String getDesiredStatus() {
    return desiredStatus;
  }

  public void setDesiredStatus(String desiredStatus) {
    this.desiredStatus = desiredStatus;
  }

  public String getDesiredSubtype() {
    return desiredSubtype;
  }

  public void setDesiredSubtype(String desiredSubtype) {
    this.desiredSubtype = desiredSubtype;
  }

  public boolean isRelativeDeclaration() {
    return relativeDeclaration;
  }

  public void setRelativeDeclaration(boolean relativeDeclaration) {
    this.relativeDeclaration = relativeDeclaration;
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
