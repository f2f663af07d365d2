package jp.zairyu.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.zairyu.domain.model.application.Applicant;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.ApplicationAction;
import jp.zairyu.domain.model.application.ApplicationState;
import jp.zairyu.domain.model.application.Caller;
import jp.zairyu.domain.model.application.CorrectionRequest;
import jp.zairyu.domain.model.application.DenialProposal;
import jp.zairyu.domain.model.application.DocumentRequest;
import jp.zairyu.domain.model.application.Filing;
import jp.zairyu.domain.model.application.Issuance;
import jp.zairyu.domain.model.application.MailInItem;
import jp.zairyu.domain.model.application.ReceivingRules;
import jp.zairyu.domain.model.application.StatusChoice;
import jp.zairyu.domain.model.application.WindowCollector;

/**
 * One application as a page shows it (issue 17: pages never hold entities): the portal's
 * application page and the console's case page each read one, built by their service ({@link
 * DraftingService#view}, {@link ExaminationService#caseView}) inside its transaction from the
 * aggregate — its wording, decision, receiving, issuance, requests, corrections, denials, the
 * sections of the form and the actions the caller may take now. Immutable and {@link Serializable}:
 * a view-scoped page keeps it as it is, also when the cluster copies the view to another instance.
 * Values are raw (times, numbers, codes, nullable where the aggregate has nothing yet); each page
 * words and formats them as before. Jakarta EL reads records with method syntax ({@code
 * #{r.items()}}).
 *
 * @param id the application's id
 * @param version the version the page's actions name (a change meanwhile is a conflict)
 * @param state its state
 * @param words the procedure, state and denial in the procedure's words
 * @param receiptNumber the receipt number, null for a draft
 * @param submittedAt when it was submitted, or null
 * @param bureauCode the bureau it was routed to, or null
 * @param resultReceipt how the result is received, worded ({@link ApplicationSheet#resultReceipt})
 * @param applicant who the application is for
 * @param actions what the caller may do now (the transition table's answer)
 * @param decision when it was decided and a denial's reasons
 * @param receiving how the result is received and what is sent in for it
 * @param issuance the issuance steps recorded
 * @param documentRequests the requests for additional documents, oldest first
 * @param corrections the practitioner's correction requests, oldest first
 * @param denials the proposed denials, oldest first
 * @param filed what the practitioner filed and what a draft still lacks
 * @param sections every section of the form, read-only
 */
public record ApplicationView(
    long id,
    long version,
    ApplicationState state,
    Words words,
    String receiptNumber,
    Instant submittedAt,
    String bureauCode,
    String resultReceipt,
    Person applicant,
    Set<ApplicationAction> actions,
    Decided decision,
    Receipt receiving,
    Steps issuance,
    List<Request> documentRequests,
    List<Correction> corrections,
    List<Denial> denials,
    Filed filed,
    List<ApplicationSheet.Section> sections)
    implements Serializable {

  public ApplicationView {
    actions = Set.copyOf(actions);
    documentRequests = List.copyOf(documentRequests);
    corrections = List.copyOf(corrections);
    denials = List.copyOf(denials);
    sections = List.copyOf(sections);
  }

  /**
   * Reads the application for {@code caller}, in the caller's service's transaction; {@code today}
   * is the day in Japan (what a draft still needs depends on it).
   */
  static ApplicationView of(Application a, Caller caller, LocalDate today) {
    Decided decision =
        new Decided(
            a.decision().decidedAt().orElse(null), a.decision().denialReason().orElse(null));
    return new ApplicationView(
        a.id(),
        a.version(),
        a.state(),
        new Words(
            a.procedure().nameJa(),
            a.procedure().nameEn(),
            a.wording().stateJa(),
            a.wording().stateEn(),
            a.wording().denialJa(),
            a.wording().denialEn()),
        a.receiptNumber().map(Object::toString).orElse(null),
        a.submittedAt().orElse(null),
        a.routing().bureauCode().orElse(null),
        ApplicationSheet.resultReceipt(a),
        Person.of(a.form().applicant()),
        a.actionsFor(caller),
        decision,
        Receipt.of(a),
        Steps.of(a.issuance()),
        a.documentRequests().all().stream().map(Request::of).toList(),
        a.corrections().all().stream().map(Correction::of).toList(),
        a.denials().all().stream().map(Denial::of).toList(),
        Filed.of(a, today),
        ApplicationSheet.of(a));
  }

  /** Whether the caller may take this action now. */
  public boolean offers(ApplicationAction action) {
    return actions.contains(action);
  }

  /** The request for additional documents waiting for an answer, or null. */
  public Request openRequest() {
    return documentRequests.stream().filter(Request::open).findFirst().orElse(null);
  }

  /** The denial waiting for a supervisor, or null. */
  public Denial pendingDenial() {
    return denials.stream()
        .filter(d -> d.outcome() == DenialProposal.Outcome.PENDING)
        .findFirst()
        .orElse(null);
  }

  /** The procedure, state and denial in the procedure's words (交付 / 不交付 for a COE). */
  public record Words(
      String procedureJa,
      String procedureEn,
      String stateJa,
      String stateEn,
      String denialJa,
      String denialEn)
      implements Serializable {}

  /** Who the application is for, as the summary shows it. */
  public record Person(
      String fullName,
      String nationality,
      LocalDate dateOfBirth,
      String residenceCardNumber,
      String prefecture,
      String addressLine)
      implements Serializable {

    static Person of(Applicant a) {
      return new Person(
          a.fullName(),
          a.nationality(),
          a.dateOfBirth(),
          a.residenceCardNumber().map(Object::toString).orElse(null),
          a.prefecture(),
          a.addressLine());
    }
  }

  /** The decision: when (null before it), and a denial's reasons (null unless denied). */
  public record Decided(Instant decidedAt, String denialReason) implements Serializable {}

  /**
   * How the result is received: by mail, an electronic COE, the fee, what is mailed in for it, what
   * replaces a passport sticker in the return envelope, the procedures whose sticker is put on at
   * the window ("名称 / name"), and whether the fee slip is printable now.
   */
  public record Receipt(
      boolean byMail,
      boolean electronicCoe,
      int feeYen,
      boolean issuesResidenceCard,
      List<MailInItem> itemsToSend,
      List<ReceivingRules.MailedDocument> mailedDocuments,
      List<String> windowOnlyProcedures,
      boolean feeSlipDue)
      implements Serializable {

    public Receipt {
      itemsToSend = List.copyOf(itemsToSend);
      mailedDocuments = List.copyOf(mailedDocuments);
      windowOnlyProcedures = List.copyOf(windowOnlyProcedures);
    }

    static Receipt of(Application a) {
      var r = a.receiving();
      return new Receipt(
          r.byMail(),
          r.electronicCoe(),
          r.feeYen(),
          a.procedure().issuesResidenceCard(),
          r.itemsToSend(),
          r.mailedDocuments(),
          r.windowOnlyProcedures().stream().map(p -> p.nameJa() + " / " + p.nameEn()).toList(),
          a.mailIn().feeSlipDue());
    }
  }

  /** The issuance steps recorded (each null, or empty, until it is). */
  public record Steps(
      String sentTrackingNumber,
      Instant sentRecordedAt,
      Instant itemsReceivedAt,
      Integer feePaidYen,
      Instant issuedAt,
      String issuedCardNumber,
      String returnTrackingNumber,
      List<String> enclosedDocuments,
      LocalDate handedOverOn,
      String collectorName,
      WindowCollector collectorCapacity)
      implements Serializable {

    public Steps {
      enclosedDocuments = List.copyOf(enclosedDocuments);
    }

    static Steps of(Issuance i) {
      return new Steps(
          i.sentTrackingNumber().map(Object::toString).orElse(null),
          i.sentRecordedAt().orElse(null),
          i.itemsReceivedAt().orElse(null),
          i.feePaidYen().orElse(null),
          i.issuedAt().orElse(null),
          i.issuedCardNumber().map(Object::toString).orElse(null),
          i.returnTrackingNumber().map(Object::toString).orElse(null),
          i.enclosedDocuments(),
          i.handedOverOn().orElse(null),
          i.collectorName().orElse(null),
          i.collectorCapacity().orElse(null));
    }
  }

  /**
   * A request for additional documents (追完): what and by when, and the answer ({@code answered} and
   * {@code note} null until there is one).
   */
  public record Request(
      long id, String items, LocalDate dueDate, Instant requestedAt, Instant answered, String note)
      implements Serializable {

    static Request of(DocumentRequest r) {
      return new Request(
          r.id(),
          r.items(),
          r.dueDate(),
          r.requestedAt(),
          r.answeredAt().orElse(null),
          r.answerNote().orElse(null));
    }

    /** Not answered yet. */
    public boolean open() {
      return answered == null;
    }

    public Optional<Instant> answeredAt() {
      return Optional.ofNullable(answered);
    }

    public Optional<String> answerNote() {
      return Optional.ofNullable(note);
    }
  }

  /** A correction request (訂正の申出); {@code acknowledged} null until an officer has read it. */
  public record Correction(
      long id, String item, String correction, Instant requestedAt, Instant acknowledged)
      implements Serializable {

    static Correction of(CorrectionRequest c) {
      return new Correction(
          c.id(), c.item(), c.correction(), c.requestedAt(), c.acknowledgedAt().orElse(null));
    }

    /** Not yet read by an officer of the bureau. */
    public boolean open() {
      return acknowledged == null;
    }

    public Optional<Instant> acknowledgedAt() {
      return Optional.ofNullable(acknowledged);
    }
  }

  /** A proposed denial: who, why, when, where it stands and a supervisor's note (or null). */
  public record Denial(
      long proposedBy,
      String reason,
      Instant proposedAt,
      DenialProposal.Outcome outcome,
      String note)
      implements Serializable {

    static Denial of(DenialProposal d) {
      return new Denial(
          d.proposedBy(), d.reason(), d.proposedAt(), d.outcome(), d.returnNote().orElse(null));
    }

    /** Why the supervisor sent it back, for a returned proposal. */
    public Optional<String> returnNote() {
      return Optional.ofNullable(note);
    }
  }

  /**
   * What was filed, as the practitioner's page shows it: the online fee of everything filed, the
   * re-entry permit and activity outside status filed with it, the applicant's mail address and the
   * statuses held and applied for ("在留資格 / status", or null), and for a draft what it still lacks
   * (both languages) and whether the face photo is needed.
   */
  public record Filed(
      int feeOnlineYen,
      Filing.Reentry reentry,
      boolean activityOutside,
      String applicantEmail,
      String currentStatus,
      String desiredStatus,
      List<String> missingFields,
      boolean needsFacePhoto)
      implements Serializable {

    public Filed {
      missingFields = List.copyOf(missingFields);
    }

    static Filed of(Application a, LocalDate today) {
      Filing filing = a.filing();
      boolean draft = a.state() == ApplicationState.DRAFT;
      return new Filed(
          filing.feeOnlineYen(),
          filing.reentry(),
          filing.activityOutside(),
          a.form().applicantEmail().orElse(null),
          a.form().currentStatus().map(Filed::status).orElse(null),
          a.form().desiredStatus().map(Filed::status).orElse(null),
          draft ? a.completeness().missingFields() : List.of(),
          draft && a.form().needsFacePhoto(today));
    }

    private static String status(StatusChoice s) {
      return s.labelJa() + " / " + s.status().nameEn();
    }
  }
}
