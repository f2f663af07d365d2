package jp.zairyu.portal.applications;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.zairyu.application.ApplicantDetails;
import jp.zairyu.application.DraftProgress;
import jp.zairyu.application.DraftingService;
import jp.zairyu.application.EarlierApplication;
import jp.zairyu.application.FilingPlan;
import jp.zairyu.application.FormDetails;
import jp.zairyu.application.StoredDraft;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.application.AcquisitionEvent;
import jp.zairyu.domain.model.application.ApplicantLocation;
import jp.zairyu.domain.model.application.ApplicationState;
import jp.zairyu.domain.model.application.ApplicationSummary;
import jp.zairyu.domain.model.application.FamilyRelationship;
import jp.zairyu.domain.model.application.Filing;
import jp.zairyu.domain.model.application.FormContent;
import jp.zairyu.domain.model.application.FormSection;
import jp.zairyu.domain.model.application.LocationRules;
import jp.zairyu.domain.model.application.Procedure;
import jp.zairyu.domain.model.application.ReceiptNumber;
import jp.zairyu.domain.model.application.ReceivingRules;
import jp.zairyu.domain.model.application.RequiredField;
import jp.zairyu.domain.model.application.ResidenceStatus;
import jp.zairyu.domain.model.application.ResultReceipt;
import jp.zairyu.domain.model.application.Sex;
import jp.zairyu.domain.model.application.StayDetails;
import jp.zairyu.domain.model.bureau.BureauDirectory;
import jp.zairyu.web.messages.Messages;
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
  // Steps 2, 3 and 5 keep their fields in classes of their own; the rest are this page's.
  private final ApplicantFields applicant = new ApplicantFields();
  private final SponsorFields sponsor = new SponsorFields();
  private final StayFields stay = new StayFields();
  private String procedureCode = Procedure.preselected().code();
  private Filing.Reentry reentry = Filing.Reentry.NONE;
  private boolean activityOutside;
  private String currentStatus;
  private String currentSubtype;
  private String desiredStatus;
  private String desiredSubtype;
  private boolean relativeDeclaration;
  private String relativeReason;
  private ApplicantLocation applicantLocation;
  private String acquisitionEvent;
  private LocalDate acquisitionEventDate;
  private ResultReceipt resultReceipt;
  private String applicantEmail;
  private List<Procedure> startable;
  private boolean relative;
  private Integer step;
  private List<FamilyRow> family = new ArrayList<>();
  // The part the sponsor fields were loaded or typed for: another part after a change of the
  // status applied for starts empty (the draft clears them as well).
  private FormSection sponsorSection;
  private Boolean accompanied;
  private List<AccompanyingRow> accompanying = new ArrayList<>();
  private List<String> missing = List.of();
  private boolean facePhotoNeeded;
  private boolean facePhotoAttached;
  private boolean birthDateKnown;
  // The draft's progress by the domain's rules (DraftingService.progress); for a new draft, of the
  // procedure chosen (progressOfNew), kept with that procedure's code.
  private DraftProgress progress;
  private String progressOfNew;
  // Copying from an earlier application of the office (step 1): the choices, read once a view.
  private List<EarlierApplication> earlierApplications;
  private List<EarlierApplication> earlierApplicants;
  private Long copyFrom;
  private Long clientFrom;
  // An earlier application to start from (view parameter copyFrom, e.g. from its own page).
  private Long copyFromParam;

  /** Loads the draft named by the {@code id} view parameter, if any. */
  public void load() throws IOException {
    startable = drafting.startable();
    relative = drafting.callerIsRelative();
    if (id == null) {
      if (Procedure.byCode(procedureCode).filter(Procedure::standalone).isEmpty()) {
        procedureCode = Procedure.preselected().code();
      }
      step = 1; // a new draft starts at the beginning
      if (copyFromParam != null) {
        startFrom(copyFromParam);
      }
      return;
    }
    try {
      StoredDraft draft = drafting.draft(id);
      if (!draft.draft()) {
        redirectToView(draft.id());
        return;
      }
      applicant.fill(draft.applicant());
      procedureCode = draft.procedureCode();
      reentry = draft.reentry();
      activityOutside = draft.activityOutside();
      if (draft.currentStatus() != null) {
        currentStatus = draft.currentStatus().code();
        currentSubtype = draft.currentStatus().subtype();
      }
      if (draft.desiredStatus() != null) {
        desiredStatus = draft.desiredStatus().code();
        desiredSubtype = draft.desiredStatus().subtype();
      }
      relativeDeclaration = draft.relativeDeclaration();
      relativeReason = draft.relativeReason();
      applicantLocation = draft.applicantLocation();
      acquisitionEvent = draft.acquisitionEvent();
      acquisitionEventDate = draft.acquisitionEventDate();
      resultReceipt = draft.resultReceipt();
      applicantEmail = draft.applicantEmail();
      FormDetails form = draft.form();
      accompanied = form.accompanied();
      accompanying =
          new ArrayList<>(form.accompanying().stream().map(AccompanyingRow::of).toList());
      stay.load(form);
      family = new ArrayList<>(form.family().stream().map(FamilyRow::of).toList());
      sponsor.fill(form.sponsor());
      sponsorSection = draft.formSection();
      // Resume where the author stopped (also after a session timeout: it is stored).
      if (step == null || step < 1 || step > FormContent.WIZARD_STEPS) {
        step = draft.wizardStep();
      }
      if (step == FormContent.WIZARD_STEPS) {
        missing = draft.missingFields();
        facePhotoNeeded = draft.facePhotoNeeded();
        birthDateKnown = draft.applicant().dateOfBirth() != null;
        facePhotoAttached = drafting.hasFacePhoto(draft.id());
      }
      progress = drafting.progress(draft.id());
    } catch (RuleViolation notFound) {
      Messages.error(notFound);
      id = null;
    }
  }

  public void save() throws IOException {
    try {
      store();
      Messages.info("下書きを保存しました。", "The draft has been saved.");
      redirectToStep(step);
    } catch (RuleViolation violation) {
      Messages.error(violation);
    }
  }

  /** Saves this step and shows the next one. */
  public void next() throws IOException {
    go(step + 1);
  }

  /** Saves this step and shows the previous one. */
  public void back() throws IOException {
    go(step - 1);
  }

  /**
   * Saves this step and shows step {@code target} (Post/Redirect/Get, the step in the address).
   * What the rules refuse keeps the user on this step with the reason.
   */
  public void go(int target) throws IOException {
    if (alreadySubmitted()) {
      return;
    }
    Integer left = step;
    // The draft remembers the step shown next: reopening it resumes there.
    step = Math.max(1, Math.min(FormContent.WIZARD_STEPS, target));
    try {
      store();
      if (left != null && !left.equals(step)) {
        warnOfMissing(left);
      }
      redirectToStep(step);
    } catch (RuleViolation violation) {
      step = left;
      Messages.error(violation);
    }
  }

  /**
   * Names the required fields the step just left still lacks, as a warning kept for the next step
   * (the draft is saved: nothing is refused).
   */
  private void warnOfMissing(int left) {
    progress = drafting.progress(id);
    List<String> lacking = progress.step(left).missing();
    if (lacking.isEmpty()) {
      return;
    }
    Step s = getSteps().get(left - 1);
    List<String> ja = lacking.stream().map(m -> m.split(" / ", 2)[0]).toList();
    List<String> en =
        lacking.stream().map(m -> m.contains(" / ") ? m.split(" / ", 2)[1] : m).toList();
    Messages.warn(
        "手順" + left + "「" + s.titleJa() + "」に未入力の必須項目があります（保存済み）: " + String.join("、", ja),
        "Step "
            + left
            + " ("
            + s.titleEn()
            + ") still lacks required fields (saved): "
            + String.join(", ", en));
  }

  private void redirectToStep(int target) throws IOException {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    external.getFlash().setKeepMessages(true);
    external.redirect(
        external.getRequestContextPath() + "/applications/edit.xhtml?id=" + id + "&step=" + target);
  }

  /** Adds an empty row of family in Japan (up to the form's limit). */
  public void addFamily() {
    if (family.size() < FormContent.MAX_FAMILY) {
      family.add(new FamilyRow());
    }
  }

  /** Adds an empty row of accompanying persons of a COE (up to the form's limit). */
  public void addAccompanying() {
    if (accompanying.size() < FormContent.MAX_ACCOMPANYING) {
      accompanying.add(new AccompanyingRow());
    }
  }

  /** Removes a row of accompanying persons and saves at once. */
  public void removeAccompanying(int index) {
    if (index >= 0 && index < accompanying.size()) {
      accompanying.remove(index);
      autosave();
    }
  }

  /** Removes a row of family in Japan and saves at once. */
  public void removeFamily(int index) {
    if (index >= 0 && index < family.size()) {
      family.remove(index);
      autosave();
    }
  }

  /**
   * Saves what has been typed so far, called by the page a moment after each change (nothing to
   * press, nothing lost to a session timeout or a closed browser). A first save creates the draft;
   * the page then puts its id in the address bar, so reloading resumes it. A rule the input breaks
   * is reported in the status line only: the draft keeps its last good state.
   */
  public void autosave() {
    if (id != null && drafting.summary(id).state() != ApplicationState.DRAFT) {
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

  /** Copies the applicant of the client chosen (their newest application) into this draft. */
  public void copyClient() throws IOException {
    copy(clientFrom, false);
  }

  /** Copies the applicant and the employer (school, spouse) of the earlier application chosen. */
  public void copyApplication() throws IOException {
    copy(copyFrom, true);
  }

  /**
   * Fills the applicant (with passport and mail address) and, with {@code employer}, the status
   * held since and the form's part of the earlier application {@code source}, then saves the draft
   * and shows this step again. Only the office's applications are copied (the service refuses
   * others).
   */
  private void copy(Long source, boolean employer) throws IOException {
    if (alreadySubmitted()) {
      return;
    }
    if (source == null) {
      Messages.error("複写する申請を選んでください。", "Choose the application to copy from.");
      return;
    }
    try {
      EarlierApplication.Details d = drafting.copyOf(source);
      fill(d, employer);
      store();
      Messages.info(
          employer
              ? "受付番号 " + d.receiptNumber() + " の申請から申請人と所属機関等を複写しました。内容を確認してください。"
              : "受付番号 " + d.receiptNumber() + " の申請から申請人を複写しました。内容を確認してください。",
          employer
              ? "Applicant and employer copied from application "
                  + d.receiptNumber()
                  + ": please check them."
              : "Applicant copied from application " + d.receiptNumber() + ": please check it.");
      redirectToStep(getStep());
    } catch (RuleViolation violation) {
      Messages.error(violation);
    }
  }

  /** Puts what {@code d} gives into the form's fields (saved with the draft's next save). */
  private void fill(EarlierApplication.Details d, boolean employer) {
    applicant.fill(d.applicant());
    applicantEmail = d.applicantEmail();
    if (applicantLocation == null) {
      applicantLocation = d.applicantLocation();
    }
    if (resultReceipt == null) {
      resultReceipt = d.resultReceipt();
    }
    stay.fillPassport(d.passportNumber(), d.passportExpiry(), getToday());
    if (employer) {
      if (needsCurrent() && currentStatus == null && d.heldStatus() != null) {
        currentStatus = d.heldStatus();
        currentSubtype = d.heldSubtype();
      }
      sponsor.fill(d.employer());
      sponsorSection = d.section();
    }
  }

  /** The office's earlier applications, newest first (empty for a draft past step 1). */
  public List<EarlierApplication> getEarlierApplications() {
    if (earlierApplications == null) {
      earlierApplications = getStep() == 1 ? drafting.earlierApplications() : List.of();
    }
    return earlierApplications;
  }

  /**
   * The office's clients: each earlier applicant once, with their newest application (from the
   * applications already read for this view, not a second query).
   */
  public List<EarlierApplication> getEarlierApplicants() {
    if (earlierApplicants == null) {
      earlierApplicants = EarlierApplication.newestPerApplicant(getEarlierApplications());
    }
    return earlierApplicants;
  }

  /**
   * A new draft filled from an earlier application of the office (applicant and employer), nothing
   * stored until the draft is saved; another office's application is refused by the service.
   */
  private void startFrom(long source) {
    try {
      EarlierApplication.Details d = drafting.copyOf(source);
      fill(d, true);
      Messages.ok(
          "受付番号 " + d.receiptNumber() + " の申請の申請人と所属機関等を入力しました。内容を確認してください。",
          "The applicant and employer of application "
              + d.receiptNumber()
              + " are filled in: please check them.");
    } catch (RuleViolation violation) {
      Messages.error(violation);
    }
  }

  public Long getCopyFromParam() {
    return copyFromParam;
  }

  public void setCopyFromParam(Long copyFromParam) {
    this.copyFromParam = copyFromParam;
  }

  public Long getCopyFrom() {
    return copyFrom;
  }

  public void setCopyFrom(Long copyFrom) {
    this.copyFrom = copyFrom;
  }

  public Long getClientFrom() {
    return clientFrom;
  }

  public void setClientFrom(Long clientFrom) {
    this.clientFrom = clientFrom;
  }

  /**
   * A second tab, a back button or a retry after the submission went through: show the submitted
   * application and its receipt number instead of an error.
   */
  private boolean alreadySubmitted() throws IOException {
    if (id == null) {
      return false;
    }
    ApplicationSummary application = drafting.summary(id);
    if (application.state() == ApplicationState.DRAFT) {
      return false;
    }
    String receipt = application.receipt().orElse("-");
    Messages.info(
        "この申請は既に提出されています。受付番号: " + receipt,
        "This application has already been submitted. Receipt number: " + receipt);
    redirectToView(id);
    return true;
  }

  // Synchronized: an automatic save still running when the user presses a button must not let
  // both create the draft (the second sees the id the first one got).
  private synchronized void store() {
    boolean abroad = isApplicantAbroad();
    boolean accompanyingAsked = isAccompanyingAsked();
    // An acquisition's applicant has no card yet: none is asked.
    ApplicantDetails details = applicant.details(isCardAsked());
    FormSection section = getSection();
    // The status applied for changed to one with another part: what was typed for the old part
    // is not sent (the draft drops it too).
    boolean staleSponsor = sponsorSection != null && sponsorSection != section;
    boolean indefinite = isDesiredIndefinite();
    // A status held indefinitely: 無期限, without months or a date of expiry (the card says 無期限).
    boolean heldIndefinitely = isCurrentIndefinite();
    if (heldIndefinitely) {
      stay.clearCurrentPeriod();
    }
    FormDetails form =
        new FormDetails(
            stay.getPassportNumber(),
            stay.getPassportExpiry(),
            holdsStatus() ? stay.getCurrentPeriodMonths() : null,
            heldIndefinitely,
            holdsStatus() ? stay.getCurrentExpiry() : null,
            hasDesiredPeriod() && !indefinite ? stay.getDesiredPeriodMonths() : null,
            hasDesiredPeriod() && indefinite,
            stay.getReason(),
            stay.getCriminalRecord(),
            Boolean.TRUE.equals(stay.getCriminalRecord()) ? stay.getCriminalDetails() : null,
            abroad ? stay.getEntryPort() : null,
            abroad ? stay.getEntryDate() : null,
            family.stream().map(FamilyRow::details).toList(),
            staleSponsor ? FormDetails.Sponsor.EMPTY : sponsor.details(),
            accompanyingAsked ? accompanied : null,
            accompanyingAsked && Boolean.TRUE.equals(accompanied)
                ? accompanying.stream().map(AccompanyingRow::details).toList()
                : List.of());
    alignResultReceipt();
    FilingPlan plan =
        new FilingPlan(
            addOnsAllowed() ? reentry : Filing.Reentry.NONE,
            addOnsAllowed() && activityOutside,
            needsCurrent() ? currentStatus : null,
            needsCurrent() ? currentSubtype : null,
            needsDesired() ? desiredStatus : null,
            needsDesired() ? desiredSubtype : null,
            relative && relativeDeclaration,
            relative && relativeDeclaration ? relativeReason : null,
            resultReceipt,
            applicantEmail,
            applicantLocation,
            isAcquisitionEventAsked() ? acquisitionEvent : null,
            isAcquisitionEventAsked() ? acquisitionEventDate : null);
    id = drafting.save(id, procedureCode, details, plan, form, step == null ? 1 : step);
    if (staleSponsor) {
      sponsor.fill(FormDetails.Sponsor.EMPTY);
    }
    sponsorSection = section;
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

  /** Whether the procedure asks the status held now (procedure-rules.csv). */
  public boolean needsCurrent() {
    return getProcedure().asksCurrentStatus();
  }

  /** Whether the procedure asks the status applied for (an extension keeps its own). */
  public boolean needsDesired() {
    return getProcedure().asksDesiredStatus();
  }

  /**
   * The statuses offered: those filable online, and 永住者・特別永住者, whose procedures
   * permanent-residents.csv decides one by one (the refusal says where to go).
   */
  public List<ResidenceStatus> getStatuses() {
    return ResidenceStatus.choosable();
  }

  public List<String> subtypes(String statusCode) {
    return ResidenceStatus.byCode(statusCode).map(ResidenceStatus::subtypes).orElse(List.of());
  }

  /** A category's label in the list: a designation of 特定活動 with its name, a sub-type as it is. */
  public String subtypeLabel(String statusCode, String subtype) {
    return ResidenceStatus.byCode(statusCode).map(st -> st.subtypeLabel(subtype)).orElse(subtype);
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

  /**
   * The ways of receiving the result offered for what is chosen now ({@code
   * result-receipt-rules.csv}): only the window when a passport sticker (証印シール) cannot be mailed,
   * e.g. with a re-entry permit.
   */
  public ResultReceipt[] getResultReceipts() {
    return ReceivingRules.standard().offered(chosenFiling()).toArray(ResultReceipt[]::new);
  }

  /**
   * When the add-ons chosen leave only the window (a re-entry permit's sticker), the window is
   * chosen (in place of the mail, or of no choice yet): the step shows it with the reason ({@link
   * #getWindowOnlyJa()}) rather than an empty choice. Runs when the re-entry choice changes and
   * before the draft is saved.
   */
  public void alignResultReceipt() {
    java.util.Set<ResultReceipt> offered = ReceivingRules.standard().offered(chosenFiling());
    if (!offered.contains(resultReceipt) && offered.size() == 1) {
      resultReceipt = offered.iterator().next();
    }
  }

  /** What is filed as chosen now (the procedure and its add-ons), for the receiving rules. */
  private Filing chosenFiling() {
    return new Filing(
        getProcedure(), addOnsAllowed() ? reentry : null, addOnsAllowed() && activityOutside);
  }

  /** Why only the window is offered (the procedures whose sticker is put on there), or null. */
  public String getWindowOnlyJa() {
    List<Procedure> window = ReceivingRules.standard().windowOnly(chosenFiling());
    return window.isEmpty()
        ? null
        : String.join("・", window.stream().map(Procedure::nameJa).toList())
            + "は旅券に証印シールを貼るため、結果は申請人が窓口で受け取ります（郵送は選べません）。";
  }

  public String getWindowOnlyEn() {
    List<Procedure> window = ReceivingRules.standard().windowOnly(chosenFiling());
    return window.isEmpty()
        ? null
        : String.join(", ", window.stream().map(Procedure::nameEn).toList())
            + " is a sticker in the passport: the applicant receives the result at the window"
            + " (not by mail).";
  }

  public String resultReceiptLabel(ResultReceipt r) {
    boolean electronic = getProcedure().electronicByMail();
    return switch (r) {
      case WINDOW ->
          electronic ? "窓口で受け取る / At the bureau's window" : "窓口で受け取る（在留カード） / Card at the window";
      case MAIL ->
          electronic
              ? "電子メールで受け取る（電子COE） / By mail (electronic COE)"
              : "郵送で受け取る（在留カード） / Card by post";
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

  public String getRelativeReason() {
    return relativeReason;
  }

  public void setRelativeReason(String relativeReason) {
    this.relativeReason = relativeReason;
  }

  public ApplicantLocation getApplicantLocation() {
    return applicantLocation;
  }

  public void setApplicantLocation(ApplicantLocation applicantLocation) {
    this.applicantLocation = applicantLocation;
  }

  /** The answers to 申請日における申請人の所在. */
  public ApplicantLocation[] getApplicantLocations() {
    return ApplicantLocation.values();
  }

  /**
   * The rule of where the applicant may be for this procedure, as applicant-location.csv says: e.g.
   * 「この申請は、申請日に日本国内に在留している方のみ」.
   */
  public String getLocationRule() {
    List<ApplicantLocation> allowed = LocationRules.allowed(getProcedure());
    if (allowed.size() == ApplicantLocation.values().length) {
      return "この申請は、申請人が日本国内・国外のどちらにいても申請できます（国内にいる場合は申請人本人又は日本にある受入れ機関等が申請）。"
          + " / This application can be filed for an applicant in Japan or abroad.";
    }
    String ja = String.join("・", allowed.stream().map(ApplicantLocation::labelJa).toList());
    String en = String.join(", ", allowed.stream().map(ApplicantLocation::labelEn).toList());
    return "この申請は、申請日に申請人が"
        + ja
        + "場合のみ申請できます。 / This application can only be filed for an applicant "
        + en
        + " on the day of filing.";
  }

  /** Whether an acquisition's event and its date are asked (acquisition-events.csv). */
  public boolean isAcquisitionEventAsked() {
    return AcquisitionEvent.asked(getProcedure());
  }

  public List<AcquisitionEvent> getAcquisitionEvents() {
    return AcquisitionEvent.of(getProcedure());
  }

  public String getAcquisitionEvent() {
    return acquisitionEvent;
  }

  public void setAcquisitionEvent(String acquisitionEvent) {
    this.acquisitionEvent = acquisitionEvent;
  }

  public LocalDate getAcquisitionEventDate() {
    return acquisitionEventDate;
  }

  public void setAcquisitionEventDate(LocalDate acquisitionEventDate) {
    this.acquisitionEventDate = acquisitionEventDate;
  }

  /** The last day to file the acquisition, once the event and its date are chosen; else null. */
  public LocalDate getAcquisitionDeadline() {
    return AcquisitionEvent.of(getProcedure(), acquisitionEvent)
        .filter(e -> acquisitionEventDate != null)
        .map(e -> e.deadline(acquisitionEventDate))
        .orElse(null);
  }

  /**
   * Whether the residence card number is asked: of an applicant holding a status now, and
   * (optionally) of a COE's; not of an acquisition's, who has no card yet.
   */
  public boolean isCardAsked() {
    return getProcedure().holdsStatus() || getProcedure().applicantAbroad();
  }

  /** The steps of the form, for the step list: number, Japanese and English title. */
  public record Step(int number, String titleJa, String titleEn) implements Serializable {}

  private static final List<Step> STEPS =
      List.of(
          new Step(1, "申請の内容", "What is filed"),
          new Step(2, "申請人", "Applicant"),
          new Step(3, "旅券・在留", "Passport and stay"),
          new Step(4, "在日親族", "Family in Japan"),
          new Step(5, "所属機関等", "Employer, school or spouse"),
          new Step(6, "確認・提出", "Check and submit"));

  public List<Step> getSteps() {
    if (!isAccompanyingAsked()) {
      return STEPS;
    }
    List<Step> steps = new ArrayList<>(STEPS);
    steps.set(3, new Step(4, "在日親族・同伴者", "Family in Japan, accompanying persons"));
    return steps;
  }

  public Step getCurrentStep() {
    return getSteps().get(getStep() - 1);
  }

  public int getStep() {
    return step == null ? 1 : step;
  }

  public Integer getStepParam() {
    return step;
  }

  public void setStepParam(Integer step) {
    this.step = step;
  }

  public boolean isFirstStep() {
    return getStep() == 1;
  }

  public boolean isLastStep() {
    return getStep() == FormContent.WIZARD_STEPS;
  }

  /** Whether the applicant may be abroad: a port and date of entry, an intended address. */
  public boolean isApplicantAbroad() {
    return getProcedure().applicantAbroad();
  }

  /** Whether the form asks for accompanying persons (同伴者). */
  public boolean isAccompanyingAsked() {
    return getProcedure().asksAccompanyingPersons();
  }

  /** Whether the applicant holds a status and a period of stay now. */
  public boolean holdsStatus() {
    return getProcedure().holdsStatus();
  }

  public boolean hasDesiredPeriod() {
    return getProcedure().asksDesiredPeriod();
  }

  /**
   * Whether the status the period is applied for with has an indefinite period (無期限, from the
   * domain's table): then the form shows 無期限 instead of a choice of months.
   */
  public boolean isDesiredIndefinite() {
    String code = needsDesired() ? desiredStatus : null;
    String subtype = needsDesired() ? desiredSubtype : null;
    if (getProcedure().keepsStatus()) {
      code = currentStatus;
      subtype = currentSubtype;
    }
    String sub = subtype;
    return ResidenceStatus.byCode(code).map(st -> st.indefinitePeriod(sub)).orElse(false);
  }

  /**
   * Whether the status held now has an indefinite period (無期限, from the domain's table, e.g.
   * 高度専門職2号): then the form shows 無期限 for the period held and its date of expiry instead of a
   * choice of months and a date.
   */
  public boolean isCurrentIndefinite() {
    String subtype = currentSubtype;
    return holdsStatus()
        && ResidenceStatus.byCode(currentStatus)
            .map(st -> st.indefinitePeriod(subtype))
            .orElse(false);
  }

  /** The status-specific part, from the status chosen (desired, else current). */
  public FormSection getSection() {
    String status = desiredStatus != null && needsDesired() ? desiredStatus : currentStatus;
    return FormSection.forStatus(status);
  }

  /** Periods of stay to choose from: 1 month to 5 years. */
  public List<Integer> getPeriods() {
    List<Integer> periods = new ArrayList<>();
    for (int m = 1; m <= StayDetails.LONGEST_PERIOD_MONTHS; m++) {
      periods.add(m);
    }
    return periods;
  }

  public String periodLabel(Integer months) {
    int y = months / 12;
    int m = months % 12;
    String en =
        (y > 0 ? y + (y == 1 ? " year" : " years") : "")
            + (y > 0 && m > 0 ? " " : "")
            + (m > 0 ? m + (m == 1 ? " month" : " months") : "");
    return StayDetails.periodLabel(months) + " / " + en;
  }

  public Sex[] getSexes() {
    return Sex.values();
  }

  public FamilyRelationship[] getRelationships() {
    return FamilyRelationship.values();
  }

  public boolean isAccompanyingFull() {
    return accompanying.size() >= FormContent.MAX_ACCOMPANYING;
  }

  public int getMaxAccompanying() {
    return FormContent.MAX_ACCOMPANYING;
  }

  public List<AccompanyingRow> getAccompanying() {
    return accompanying;
  }

  public Boolean getAccompanied() {
    return accompanied;
  }

  public void setAccompanied(Boolean accompanied) {
    this.accompanied = accompanied;
  }

  public boolean isFamilyFull() {
    return family.size() >= FormContent.MAX_FAMILY;
  }

  public int getMaxFamily() {
    return FormContent.MAX_FAMILY;
  }

  public List<String> getMissing() {
    return missing;
  }

  /**
   * How far the draft is, per step, by the domain's completeness rules: a new draft's, of the
   * procedure chosen, before anything is stored.
   */
  public DraftProgress getProgress() {
    if (id == null && (progress == null || !procedureCode.equals(progressOfNew))) {
      progress = drafting.progressOfNew(procedureCode);
      progressOfNew = procedureCode;
    }
    return progress;
  }

  /**
   * Whether the form's field is required now (marked * and aria-required): by the draft's progress,
   * and a person row's fields as soon as the row is on the page (added, not yet saved).
   */
  public boolean required(String field) {
    return getProgress().requires(field) || RequiredField.ofEveryPersonRow(field);
  }

  public boolean isFacePhotoMissing() {
    return facePhotoNeeded && !facePhotoAttached;
  }

  /**
   * Whether step 6 knows the applicant's age: without a date of birth the face photo is asked for
   * (the domain's rule) without giving "16 or older" as the reason.
   */
  public boolean isBirthDateKnown() {
    return birthDateKnown;
  }

  /** Step 2's fields: {@code #{draftPage.applicant.fullName}}. */
  public ApplicantFields getApplicant() {
    return applicant;
  }

  /** Step 3's fields: {@code #{draftPage.stay.reason}}. */
  public StayFields getStay() {
    return stay;
  }

  /** Step 5's fields: {@code #{draftPage.sponsor.name}}. */
  public SponsorFields getSponsor() {
    return sponsor;
  }

  public List<FamilyRow> getFamily() {
    return family;
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
}
