package jp.zairyu.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.account.Practitioner;
import jp.zairyu.domain.model.account.PractitionerIdentity;
import jp.zairyu.domain.model.account.PractitionerRepository;
import jp.zairyu.domain.model.application.AccompanyingPerson;
import jp.zairyu.domain.model.application.Applicant;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.ApplicationRepository;
import jp.zairyu.domain.model.application.ApplicationSearch;
import jp.zairyu.domain.model.application.ApplicationState;
import jp.zairyu.domain.model.application.ApplicationSummary;
import jp.zairyu.domain.model.application.EditableForm;
import jp.zairyu.domain.model.application.FamilyMember;
import jp.zairyu.domain.model.application.Filing;
import jp.zairyu.domain.model.application.FilingPermission;
import jp.zairyu.domain.model.application.FormContent;
import jp.zairyu.domain.model.application.Passport;
import jp.zairyu.domain.model.application.Procedure;
import jp.zairyu.domain.model.application.ReceiptNumber;
import jp.zairyu.domain.model.application.SponsorDetails;
import jp.zairyu.domain.model.application.StatusChoice;
import jp.zairyu.domain.model.application.StayDetails;
import jp.zairyu.domain.model.application.TrackingNumber;
import jp.zairyu.domain.model.attachment.AttachmentRepository;
import jp.zairyu.domain.model.attachment.Attachments;
import jp.zairyu.domain.model.bureau.BureauDirectory;

/**
 * The practitioner's use cases in the portal: draft, revise, submit and follow their own
 * applications. The caller is always the logged-in practitioner; another practitioner's application
 * is treated as not found.
 */
@Stateless
@DeclareRoles(Roles.PRACTITIONER)
@RolesAllowed(Roles.PRACTITIONER)
public class DraftingService {

  static final int LIST_LIMIT = 200;

  @Resource private SessionContext session;
  @Inject private PractitionerRepository practitioners;
  @Inject private CallerIdentities identities;
  @Inject private ApplicationRepository applications;
  @Inject private ApplicationEvents events;
  @Inject private Clock clock;
  @Inject private AttachmentRepository attachments;
  @Inject private UploadCapacity capacity;

  /**
   * Starts a draft of a procedure that stands on its own (COE, change, extension, acquisition,
   * certificate of authorised employment); returns its id. A kind of user that may not file it
   * (user-procedures.csv) is refused here already.
   */
  public long start(String procedureCode, ApplicantDetails details) {
    PractitionerIdentity me = identity();
    Procedure procedure =
        Procedure.byCode(procedureCode)
            .orElseThrow(
                () ->
                    new RuleViolation(
                        "filing.procedure", "申請の種類を選んでください。", "Choose the kind of application."));
    if (FilingPermission.of(me.userKind(), procedure.code()) == FilingPermission.NO) {
      throw new RuleViolation(
          "filing.not-permitted",
          "あなたの利用者区分では「" + procedure.nameJa() + "」を申請できません。",
          "Your kind of user cannot file \"" + procedure.nameEn() + "\".");
    }
    Application draft = Application.draft(me.id(), procedure, applicant(details), clock.instant());
    capacity.draftAllowance().admitNewDraft(applications.countDraftsLocked(me.id()));
    applications.add(draft);
    return draft.id();
  }

  /**
   * Saves a draft in one transaction: creates it (for {@code applicationId} null) or revises it,
   * and sets its add-ons and statuses. Returns its id. Refused input leaves the draft as it was.
   */
  public long save(
      Long applicationId, String procedureCode, ApplicantDetails details, FilingPlan plan) {
    return save(applicationId, procedureCode, details, plan, null, 0);
  }

  /**
   * Saves a draft with the whole form, in one transaction (see {@link #save(Long, String,
   * ApplicantDetails, FilingPlan)}), and remembers the step of the form the author is on.
   *
   * @param form the rest of the form; null leaves it as it was
   * @param step the step of the form (1 to {@value FormContent#WIZARD_STEPS}); 0 leaves it
   */
  public long save(
      Long applicationId,
      String procedureCode,
      ApplicantDetails details,
      FilingPlan plan,
      FormDetails form,
      int step) {
    long id;
    if (applicationId == null) {
      id = start(procedureCode, details);
    } else {
      revise(applicationId, details);
      id = applicationId;
    }
    plan(id, plan);
    Application draft = owned(id);
    if (form != null) {
      describe(draft, form);
    }
    if (step > 0) {
      draft.edit().stopAt(step);
    }
    return id;
  }

  private void describe(Application draft, FormDetails f) {
    LocalDate today = LocalDate.now(clock);
    FormDetails.Sponsor s = f.sponsor();
    EditableForm form = draft.edit();
    form.describe(
        new Passport(f.passportNumber(), f.passportExpiry(), today),
        new StayDetails(
            f.currentPeriodMonths(),
            f.currentIndefinite(),
            f.currentExpiry(),
            f.desiredPeriodMonths(),
            f.desiredIndefinite(),
            f.reason(),
            f.criminalRecord(),
            f.criminalDetails(),
            f.entryPort(),
            f.entryDate(),
            today),
        f.family().stream()
            .map(
                m ->
                    new FamilyMember(
                        m.relationship(),
                        m.name(),
                        m.dateOfBirth(),
                        m.nationality(),
                        m.livingTogether(),
                        m.workplace(),
                        m.residenceCardNumber(),
                        today))
            .toList(),
        new SponsorDetails(
            s.name(),
            s.address(),
            s.phone(),
            s.detail(),
            s.dateOfBirth(),
            s.nationality(),
            s.residenceCardNumber(),
            s.annualIncomeYen(),
            today),
        clock.instant());
    form.accompaniedBy(
        f.accompanied(),
        f.accompanying().stream()
            .map(
                p ->
                    new AccompanyingPerson(
                        p.relationship(), p.name(), p.dateOfBirth(), p.nationality(), today))
            .toList(),
        clock.instant());
  }

  /** Sets the add-ons and the statuses of a draft (see {@link EditableForm#plan}). */
  public void plan(long applicationId, FilingPlan plan) {
    Application draft = owned(applicationId);
    EditableForm form = draft.edit();
    form.plan(
        new Filing(draft.procedure(), plan.reentry(), plan.activityOutside()),
        status(plan.currentStatus(), plan.currentSubtype()),
        status(plan.desiredStatus(), plan.desiredSubtype()),
        identity().userKind(),
        plan.relativeDeclaration(),
        clock.instant());
    form.explainInability(plan.relativeReason(), clock.instant());
    form.deliverTo(plan.resultReceipt(), plan.applicantEmail(), clock.instant());
    form.locate(plan.applicantLocation(), clock.instant());
    form.acquiredThrough(
        blankToNull(plan.acquisitionEvent()), plan.acquisitionEventDate(), clock.instant());
  }

  private static StatusChoice status(String code, String subtype) {
    return code == null || code.isBlank() ? null : new StatusChoice(code, blankToNull(subtype));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** The kinds of application the caller may start. */
  public List<Procedure> startable() {
    return startable(identity().userKind());
  }

  private static List<Procedure> startable(String kind) {
    return Procedure.standaloneProcedures().stream()
        .filter(p -> FilingPermission.of(kind, p.code()) != FilingPermission.NO)
        .toList();
  }

  /** Whether the caller files as a relative (and so must declare the applicant's situation). */
  public boolean callerIsRelative() {
    String kind = identity().userKind();
    return Procedure.standaloneProcedures().stream()
        .anyMatch(p -> p.permissionFor(kind) == FilingPermission.CONDITIONAL);
  }

  public void revise(long applicationId, ApplicantDetails details) {
    owned(applicationId).edit().revise(applicant(details), clock.instant());
  }

  /**
   * Submits the draft. The receipt number and the {@code ApplicationSubmitted} fact (one outbox
   * row) are committed together with the new state, or not at all; the receipt mails are asked for
   * when the fact's consumer has routed the application ({@link RoutingService#route}). Idempotent:
   * submitting an application that already has its receipt number returns that number and does
   * nothing else; two concurrent submissions meet the optimistic lock, and only one commits.
   */
  public ReceiptNumber submit(long applicationId) {
    Application application = owned(applicationId);
    if (application.receiptNumber().isPresent()) {
      // A double click, a retry or a second tab: the submission already happened; say so again.
      return application.receiptNumber().get();
    }
    Instant now = clock.instant();
    // An agent whose certificate or approval lapsed files nothing more; the draft stays.
    caller().requireStanding(LocalDate.ofInstant(now, clock.getZone()));
    // A relative files only for an applicant under 16 that day, or with the declared reason.
    application.checkFiler(identity().userKind(), LocalDate.ofInstant(now, clock.getZone()));
    application.checkComplete(
        LocalDate.ofInstant(now, clock.getZone()), new Attachments(attachments.of(applicationId)));
    ReceiptNumber receipt =
        applications.nextReceiptNumber(
            application.routing().competentBureau(BureauDirectory.standard()).code(),
            LocalDate.ofInstant(now, clock.getZone()).getYear());
    application.submit(receipt, now);
    // one fact; its consumer routes the application and asks for the receipt mails (RoutingService)
    events.applicationSubmitted(application.id());
    return receipt;
  }

  /** Whether the caller's application has its face photo attached. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public boolean hasFacePhoto(long applicationId) {
    return new Attachments(attachments.of(find(applicationId).id())).hasFacePhoto();
  }

  /**
   * Answers the open request for additional documents (追完) of the caller's application: it goes
   * back to the examiner.
   */
  public void answerDocumentRequest(long applicationId, String note) {
    owned(applicationId)
        .answerDocumentRequest(
            note, new Attachments(attachments.of(applicationId)), clock.instant());
  }

  /**
   * Records that the caller sent the current card, the fee slip and the return envelope after an
   * approval by mail (発行待ち), with the mailing's tracking number; may be corrected until the bureau
   * records their arrival.
   */
  public void recordSending(long applicationId, String trackingNumber) {
    owned(applicationId)
        .mailIn()
        .recordSending(TrackingNumber.parse(trackingNumber), clock.instant());
  }

  /**
   * Sends a correction request (訂正の申出) for the caller's own submitted application to its bureau:
   * which item is wrong and what it should say. The examiner reads it with the case.
   */
  public void requestCorrection(long applicationId, String item, String correction) {
    Application application = owned(applicationId);
    application
        .corrections()
        .request(application.practitionerId(), item, correction, clock.instant());
  }

  /** Withdraws (取下げ) the caller's own submitted application before a decision. */
  public void withdraw(long applicationId, String reason) {
    owned(applicationId).withdraw(reason, clock.instant());
  }

  /**
   * An application the caller may see: their own, or — for an office administrator — one of a
   * member of the same office. Changing it stays with its author ({@link #owned}).
   */
  /**
   * The actions the caller may take on the application now (its transition table's, for the
   * caller): what the portal's buttons offer.
   */
  public java.util.Set<jp.zairyu.domain.model.application.ApplicationAction> actionsOn(
      Application application) {
    return application.actionsFor(
        jp.zairyu.domain.model.application.Caller.practitioner(identity().id()));
  }

  /**
   * How far the caller's draft is, per step of the form, by the domain's completeness rules (a
   * read: no transaction of its own).
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public DraftProgress progress(long applicationId) {
    return DraftProgress.of(find(applicationId).completeness().requiredFields());
  }

  /**
   * What a new draft of the procedure needs, before anything is typed or stored (the procedure
   * preselected when the code names none that stands on its own).
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public DraftProgress progressOfNew(String procedureCode) {
    Procedure procedure =
        Procedure.byCode(procedureCode)
            .filter(Procedure::standalone)
            .orElseGet(Procedure::preselected);
    Applicant nobody = new Applicant(null, null, null, null, null, null, LocalDate.now(clock));
    return DraftProgress.of(
        Application.draft(0, procedure, nobody, clock.instant()).completeness().requiredFields());
  }

  /**
   * The applications of the caller's office (the caller's own, without an office) that a new draft
   * may copy: every one filed, newest first.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<EarlierApplication> earlierApplications() {
    Practitioner me = caller();
    return me
        .officeId()
        .map(office -> applications.ofOffice(office, LIST_LIMIT))
        .orElseGet(() -> applications.ownedBy(me.id(), LIST_LIMIT))
        .stream()
        .filter(a -> a.state() != ApplicationState.DRAFT)
        .map(EarlierApplication::of)
        .toList();
  }

  /**
   * What a new draft copies from an earlier application ({@link EarlierApplication.Details}): only
   * one of the caller's office, or the caller's own; any other is refused as not found.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public EarlierApplication.Details copyOf(long earlierApplicationId) {
    Practitioner me = caller();
    return applications
        .find(earlierApplicationId)
        .filter(a -> a.state() != ApplicationState.DRAFT)
        .filter(a -> a.isOwnedBy(me.id()) || sameOffice(me, a))
        .map(EarlierApplication.Details::of)
        .orElseThrow(NotFound::application);
  }

  private boolean sameOffice(Practitioner me, Application a) {
    return me.officeId().isPresent()
        && practitioners
            .find(a.practitionerId())
            .flatMap(Practitioner::officeId)
            .equals(me.officeId());
  }

  /**
   * The application as the portal's application page shows it ({@link ApplicationView}), with the
   * actions the caller may take on it now; read in this call's transaction. Only one the caller may
   * see ({@link #find}).
   */
  public ApplicationView view(long applicationId) {
    return ApplicationView.of(
        find(applicationId),
        jp.zairyu.domain.model.application.Caller.practitioner(identity().id()),
        LocalDate.now(clock));
  }

  /**
   * The caller's draft as stored, for the wizard to load ({@link #find}: only one they may see).
   */
  public StoredDraft draft(long applicationId) {
    return StoredDraft.of(find(applicationId), LocalDate.now(clock));
  }

  /** One line of what the caller may see of the application ({@link #find}): state, receipt. */
  public ApplicationSummary summary(long applicationId) {
    return ApplicationSummary.of(find(applicationId));
  }

  public Application find(long applicationId) {
    Practitioner me = caller();
    return applications
        .find(applicationId)
        .filter(a -> a.isOwnedBy(me.id()) || administersAuthorOf(me, a))
        .orElseThrow(NotFound::application);
  }

  private boolean administersAuthorOf(Practitioner me, Application a) {
    return me.officeAdministrator()
        && me.officeId().isPresent()
        && practitioners
            .find(a.practitionerId())
            .flatMap(Practitioner::officeId)
            .equals(me.officeId());
  }

  /** 申請情報検索 over the caller's applications. */
  public ApplicationSearch.Result search(ApplicationSearch search) {
    return applications.search(identity().id(), search);
  }

  /**
   * The portal's home page: a page of the caller's applications, what each draft on it still needs
   * before it can be submitted (by id; an empty list: it can be submitted from the list), and what
   * the caller may start.
   */
  public record Home(
      ApplicationSearch.Result applications,
      Map<Long, List<String>> stillNeeded,
      List<Procedure> startable) {}

  /**
   * Everything the home page (申請情報検索) shows, in one call: a read, so it runs without a transaction
   * of its own (no XA enlistment for a page that changes nothing). Only the drafts of the page are
   * read whole, for their check list.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Home home(ApplicationSearch search) {
    PractitionerIdentity me = identity();
    ApplicationSearch.Result page = applications.search(me.id(), search);
    LocalDate today = LocalDate.now(clock);
    Map<Long, List<String>> stillNeeded = new HashMap<>();
    for (ApplicationSummary row : page.rows()) {
      if (row.state() == ApplicationState.DRAFT) {
        applications
            .find(row.id())
            .ifPresent(
                draft ->
                    stillNeeded.put(
                        draft.id(),
                        draft
                            .completeness()
                            .stillNeeded(today, new Attachments(attachments.of(draft.id())))));
      }
    }
    return new Home(page, Map.copyOf(stillNeeded), startable(me.userKind()));
  }

  public List<Application> mine() {
    return applications.ownedBy(identity().id(), LIST_LIMIT);
  }

  private Applicant applicant(ApplicantDetails d) {
    return new Applicant(
        d.fullName(),
        d.nationality(),
        d.dateOfBirth(),
        d.sex(),
        d.placeOfBirth(),
        d.occupation(),
        d.phone(),
        d.married(),
        d.homeAddress(),
        d.residenceCardNumber(),
        d.prefecture(),
        d.addressLine(),
        LocalDate.now(clock));
  }

  private Application owned(long applicationId) {
    long owner = identity().id();
    return applications
        .find(applicationId)
        .filter(a -> a.isOwnedBy(owner))
        .orElseThrow(NotFound::application);
  }

  /** The caller's id and kind, for what needs no more of the account (see CallerIdentities). */
  private PractitionerIdentity identity() {
    return identities.of(session.getCallerPrincipal().getName());
  }

  private Practitioner caller() {
    String authId = session.getCallerPrincipal().getName();
    return practitioners
        .findByAuthId(authId)
        .orElseThrow(() -> new IllegalStateException("No practitioner for caller " + authId));
  }
}
