package jp.zairyu.domain.model.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.account.Registrant;
import jp.zairyu.domain.model.attachment.DocumentType;

/**
 * The content of the official form of an application (columns of {@code application} and its rows
 * in {@code application_family} and {@code application_accompanying}): what is filed, the statuses,
 * the applicant, passport, stay, family, accompanying persons, the status-specific part, how the
 * result is received and the wizard's step. It keeps its own rules of what fits together; the
 * {@link Application} decides when it may change (only a draft) and records the change.
 */
@Embeddable
public class FormContent {

  /** The most rows of family in Japan a form takes (our rule). */
  public static final int MAX_FAMILY = 10;

  /** The steps of the portal's form; a draft remembers the one its author was on. */
  public static final int WIZARD_STEPS = 6;

  /** The age from which the face photo is needed. */
  public static final int FACE_PHOTO_AGE = 16;

  @Embedded private Applicant applicant;

  @Enumerated(EnumType.STRING)
  @Column(name = "reentry", nullable = false)
  private Filing.Reentry reentry = Filing.Reentry.NONE;

  @Column(name = "activity_outside", nullable = false)
  private boolean activityOutside;

  @Column(name = "current_status")
  private String currentStatus;

  @Column(name = "current_status_subtype")
  private String currentStatusSubtype;

  @Column(name = "desired_status")
  private String desiredStatus;

  @Column(name = "desired_status_subtype")
  private String desiredStatusSubtype;

  @Column(name = "relative_declaration", nullable = false)
  private boolean relativeDeclaration;

  /** Why the applicant cannot file (kept with a relative's declaration). */
  @Column(name = "relative_declaration_reason")
  private String relativeDeclarationReason;

  @Enumerated(EnumType.STRING)
  @Column(name = "result_receipt")
  private ResultReceipt resultReceipt;

  @Column(name = "applicant_email")
  private String applicantEmail;

  @Embedded private Passport passport;

  @Embedded private StayDetails stay;

  @Embedded private SponsorDetails sponsor;

  @jakarta.persistence.ElementCollection
  @jakarta.persistence.CollectionTable(
      name = "application_family",
      joinColumns = @jakarta.persistence.JoinColumn(name = "application_id"))
  @jakarta.persistence.OrderColumn(name = "position")
  private List<FamilyMember> family = new ArrayList<>();

  /** 同伴者の有無 of a COE: true 有, false 無, null not answered (always null for the others). */
  @Column(name = "accompanied")
  private Boolean accompanied;

  @jakarta.persistence.ElementCollection
  @jakarta.persistence.CollectionTable(
      name = "application_accompanying",
      joinColumns = @jakarta.persistence.JoinColumn(name = "application_id"))
  @jakarta.persistence.OrderColumn(name = "position")
  private List<AccompanyingPerson> accompanying = new ArrayList<>();

  /** 申請日における申請人の所在 (null: not answered yet). */
  @Enumerated(EnumType.STRING)
  @Column(name = "applicant_location")
  private ApplicantLocation applicantLocation;

  /** An acquisition's event ({@code acquisition-events.csv} code) and its date. */
  @Column(name = "acquisition_event")
  private String acquisitionEvent;

  @Column(name = "acquisition_event_date")
  private LocalDate acquisitionEventDate;

  @Column(name = "wizard_step", nullable = false)
  private int wizardStep = 1;

  protected FormContent() {}

  /**
   * The applicant as entered (empty, never null, while nothing is: JPA reads no columns as null).
   */
  public Applicant applicant() {
    return applicant == null ? new Applicant() : applicant;
  }

  FormContent(Applicant applicant) {
    this.applicant = Objects.requireNonNull(applicant);
  }

  /**
   * Sets what is filed besides the procedure — add-ons, the current and the desired status — once
   * {@link FilingRules} allows it; what was entered for a status no longer applied for is cleared.
   */
  void plan(
      Procedure procedure,
      Filing filing,
      StatusChoice current,
      StatusChoice desired,
      String userKind,
      boolean relativeDeclaration) {
    desired = FilingRules.check(procedure, filing, current, desired, userKind, relativeDeclaration);
    FormSection sectionBefore = formSection();
    boolean indefiniteBefore = desiredPeriodIndefinite();
    boolean currentIndefiniteBefore = currentPeriodIndefinite();
    this.reentry = filing.reentry();
    this.activityOutside = filing.activityOutside();
    this.currentStatus = current == null ? null : current.code();
    this.currentStatusSubtype = current == null ? null : current.subtype();
    this.desiredStatus = desired == null ? null : desired.code();
    this.desiredStatusSubtype = desired == null ? null : desired.subtype();
    this.relativeDeclaration = relativeDeclaration;
    if (!relativeDeclaration) {
      this.relativeDeclarationReason = null;
    }
    // What was entered for the status applied for before no longer applies to another one.
    if (formSection() != sectionBefore) {
      this.sponsor = SponsorDetails.none();
    }
    if (desiredPeriodIndefinite() != indefiniteBefore && stay != null) {
      this.stay = stay.withoutDesiredPeriod();
    }
    // Months and a date of expiry do not fit a status held indefinitely, nor 無期限 another one.
    if (currentPeriodIndefinite() != currentIndefiniteBefore && stay != null) {
      this.stay = stay.withoutCurrentPeriod();
    }
  }

  /**
   * Whether the period applied for is indefinite by the status applied for ({@code
   * indefinite-periods.csv}, e.g. 高度専門職2号): then it must be 無期限, never a number of months.
   */
  public boolean desiredPeriodIndefinite() {
    return desiredStatus().map(StatusChoice::indefinitePeriod).orElse(false);
  }

  /**
   * Whether the period held now is indefinite by the status held now ({@code
   * indefinite-periods.csv}, e.g. a holder of 高度専門職2号 filing a change or for a certificate of
   * authorised employment): then it is 無期限, never a number of months, and has no date of expiry
   * (the residence card's 在留期間（満了日） reads 無期限), so the rules about the last day of the period of
   * stay do not apply to it.
   */
  public boolean currentPeriodIndefinite() {
    return currentStatus().map(StatusChoice::indefinitePeriod).orElse(false);
  }

  /**
   * How the result is received and the foreign national's own mail address, to which the receipt
   * and the result are also sent; only while it is a draft. Either may still be missing.
   *
   * @param applicantEmail an address as typed, or null
   */
  void deliverTo(ResultReceipt receipt, String applicantEmail) {
    this.resultReceipt = receipt;
    this.applicantEmail =
        applicantEmail == null || applicantEmail.isBlank()
            ? null
            : Registrant.email(applicantEmail);
  }

  public Optional<ResultReceipt> resultReceipt() {
    return Optional.ofNullable(resultReceipt);
  }

  public Optional<String> applicantEmail() {
    return Optional.ofNullable(applicantEmail);
  }

  /** What is filed, with its add-ons. */
  public Filing filing(Procedure procedure) {
    return new Filing(procedure, reentry, activityOutside);
  }

  public Optional<StatusChoice> currentStatus() {
    return Optional.ofNullable(currentStatus).map(c -> new StatusChoice(c, currentStatusSubtype));
  }

  public Optional<StatusChoice> desiredStatus() {
    return Optional.ofNullable(desiredStatus).map(c -> new StatusChoice(c, desiredStatusSubtype));
  }

  public boolean relativeDeclaration() {
    return relativeDeclaration;
  }

  /**
   * The reason a relative declares the applicant cannot file (illness or another reason); kept only
   * with the declaration, at most 500 characters.
   */
  void explainInability(String reason) {
    String kept = RelativeFiling.reason(reason);
    this.relativeDeclarationReason = relativeDeclaration ? kept : null;
  }

  /** The declared reason the applicant cannot file, if any. */
  public Optional<String> relativeDeclarationReason() {
    return Optional.ofNullable(relativeDeclarationReason);
  }

  /** Replaces the applicant as the practitioner entered them. */
  void revise(Applicant revised) {
    this.applicant = Objects.requireNonNull(revised);
  }

  /**
   * Replaces passport, stay, family and the status-specific part once {@link StayRules} allows the
   * stay; rows with nothing typed are dropped, at most {@value #MAX_FAMILY}; of the status-specific
   * part only what the status's part asks is kept.
   */
  void describe(
      Procedure procedure,
      Passport passport,
      StayDetails stay,
      List<FamilyMember> family,
      SponsorDetails sponsor) {
    Objects.requireNonNull(passport);
    Objects.requireNonNull(stay);
    Objects.requireNonNull(sponsor);
    StayRules.check(procedure, this, stay);
    List<FamilyMember> rows = family.stream().filter(m -> !m.empty()).toList();
    if (rows.size() > MAX_FAMILY) {
      throw new RuleViolation(
          "family.too-many",
          "在日親族・同居者は" + MAX_FAMILY + "人まで入力できます。",
          "At most " + MAX_FAMILY + " family members can be entered.");
    }
    this.passport = passport;
    this.stay = stay;
    this.sponsor = sponsor.forSection(formSection());
    this.family.clear();
    this.family.addAll(rows);
  }

  /** The most accompanying persons a COE takes (our rule, as for family in Japan). */
  public static final int MAX_ACCOMPANYING = 10;

  /**
   * 同伴者: whether the COE applicant comes with accompanying persons and, if so, who (relationship,
   * name, date of birth, nationality); only while it is a draft. Only a COE asks it; persons only
   * with 「有」; at most {@value #MAX_ACCOMPANYING}. Rows with nothing typed are dropped.
   *
   * @param accompanied true 有, false 無, null not answered yet
   */
  void accompaniedBy(Procedure procedure, Boolean accompanied, List<AccompanyingPerson> persons) {
    List<AccompanyingPerson> rows =
        AccompanyingPerson.rows(procedure, accompanied, persons, MAX_ACCOMPANYING);
    this.accompanied = accompanied;
    this.accompanying.clear();
    this.accompanying.addAll(rows);
  }

  /** 同伴者の有無 of a COE, if answered. */
  public Optional<Boolean> accompanied() {
    return Optional.ofNullable(accompanied);
  }

  public List<AccompanyingPerson> accompanying() {
    return Collections.unmodifiableList(accompanying);
  }

  /**
   * Where the applicant is on the day of filing, as answered (null: not yet); refused where {@code
   * applicant-location.csv} forbids it for the procedure.
   */
  void locate(Procedure procedure, ApplicantLocation location) {
    LocationRules.check(procedure, location);
    this.applicantLocation = location;
  }

  /** Where the applicant is on the day of filing, if answered. */
  public Optional<ApplicantLocation> applicantLocation() {
    return Optional.ofNullable(applicantLocation);
  }

  /**
   * The event an acquisition arises from and its date (either may still be missing); only for a
   * procedure that asks it ({@code acquisition-events.csv}); the date not after {@code today}.
   */
  void acquiredThrough(Procedure procedure, String event, LocalDate date, LocalDate today) {
    if (AcquisitionRules.entered(procedure, event, date, today)) {
      this.acquisitionEvent = event;
      this.acquisitionEventDate = date;
    }
  }

  /** The acquisition's event, if given. */
  public Optional<AcquisitionEvent> acquisitionEvent(Procedure procedure) {
    return AcquisitionEvent.of(procedure, acquisitionEvent);
  }

  public Optional<LocalDate> acquisitionEventDate() {
    return Optional.ofNullable(acquisitionEventDate);
  }

  /**
   * The last day to file the acquisition (入管法第22条の2第2項: within 30 days of the event), once the
   * event and its date are given.
   */
  public Optional<LocalDate> acquisitionDeadline(Procedure procedure) {
    return acquisitionEvent(procedure).flatMap(e -> acquisitionEventDate().map(e::deadline));
  }

  /** Remembers the step of the form its author is on, to resume there. */
  void stopAt(int step) {
    if (step < 1 || step > WIZARD_STEPS) {
      throw new IllegalArgumentException("No step " + step);
    }
    this.wizardStep = step;
  }

  /** The step of the form to resume a draft at. */
  public int wizardStep() {
    return wizardStep;
  }

  public Passport passport() {
    return passport == null ? Passport.none() : passport;
  }

  public StayDetails stay() {
    return stay == null ? StayDetails.none() : stay;
  }

  public SponsorDetails sponsor() {
    return sponsor == null ? SponsorDetails.none() : sponsor;
  }

  public List<FamilyMember> family() {
    return Collections.unmodifiableList(family);
  }

  /**
   * The status-specific part of the form ({@code form-sections.csv}), chosen by the status the
   * application is about: the desired one, else the current one.
   */
  public FormSection formSection() {
    return FormSection.forStatus(desiredStatus != null ? desiredStatus : currentStatus);
  }

  /**
   * The documents this application needs ({@code documents.csv}), for its procedure and the status
   * it is about (the desired one, else the current one) with its designation (特定活動).
   */
  public List<DocumentType> documentChecklist(Procedure procedure) {
    boolean desired = desiredStatus != null;
    return DocumentType.checklist(
        procedure.code(),
        desired ? desiredStatus : currentStatus,
        desired ? desiredStatusSubtype : currentStatusSubtype);
  }

  /**
   * Whether a face photo is needed: not for an applicant under 16 on {@code today}; needed while
   * the date of birth is unknown.
   */
  public boolean needsFacePhoto(LocalDate today) {
    LocalDate born = applicant().dateOfBirth();
    return born == null || !today.isBefore(born.plusYears(FACE_PHOTO_AGE));
  }
}
