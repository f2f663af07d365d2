package jp.zairyu.application;

import java.time.LocalDate;
import java.util.List;
import jp.zairyu.domain.model.application.AcquisitionEvent;
import jp.zairyu.domain.model.application.ApplicantLocation;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.ApplicationState;
import jp.zairyu.domain.model.application.Filing;
import jp.zairyu.domain.model.application.FormContent;
import jp.zairyu.domain.model.application.FormSection;
import jp.zairyu.domain.model.application.ResultReceipt;
import jp.zairyu.domain.model.application.StatusChoice;

/**
 * A draft as stored, as the wizard ({@code applications/edit.xhtml}) loads it (issue 17: pages
 * never hold entities): read by {@link DraftingService#draft} from the aggregate, in the form's own
 * terms ({@link ApplicantDetails}, {@link FormDetails}); the page copies it into its fields and
 * keeps nothing of it. An application that is no longer a draft answers only its id, state and
 * procedure (the page shows the application instead).
 *
 * @param id the application's id
 * @param state its state (the wizard edits a {@code DRAFT} only)
 * @param procedureCode the procedure filed
 * @param reentry the re-entry permit filed with it
 * @param activityOutside whether activity outside status is filed with it
 * @param currentStatus the status held now, or null
 * @param desiredStatus the status applied for, or null
 * @param relativeDeclaration whether a relative filed with the declaration
 * @param relativeReason the declaration's reason, or null
 * @param applicantLocation where the applicant is, or null
 * @param acquisitionEvent an acquisition's event (its code), or null
 * @param acquisitionEventDate the day of that event, or null
 * @param resultReceipt how the result is received, or null
 * @param applicantEmail the applicant's mail address, or null
 * @param applicant the applicant, as the form types it
 * @param form passport, stay, family, status-specific part and accompanying persons
 * @param formSection which status-specific part the form has
 * @param wizardStep the step the author left the draft at
 * @param missingFields what it still lacks for submission (both languages)
 * @param facePhotoNeeded whether the applicant's age asks a face photo today
 */
public record StoredDraft(
    long id,
    ApplicationState state,
    String procedureCode,
    Filing.Reentry reentry,
    boolean activityOutside,
    StatusChoice currentStatus,
    StatusChoice desiredStatus,
    boolean relativeDeclaration,
    String relativeReason,
    ApplicantLocation applicantLocation,
    String acquisitionEvent,
    LocalDate acquisitionEventDate,
    ResultReceipt resultReceipt,
    String applicantEmail,
    ApplicantDetails applicant,
    FormDetails form,
    FormSection formSection,
    int wizardStep,
    List<String> missingFields,
    boolean facePhotoNeeded) {

  public StoredDraft {
    missingFields = missingFields == null ? List.of() : List.copyOf(missingFields);
  }

  static StoredDraft of(Application a, LocalDate today) {
    if (a.state() != ApplicationState.DRAFT) {
      return new StoredDraft(
          a.id(),
          a.state(),
          a.procedure().code(),
          null,
          false,
          null,
          null,
          false,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          0,
          null,
          false);
    }
    FormContent f = a.form();
    return new StoredDraft(
        a.id(),
        a.state(),
        a.procedure().code(),
        a.filing().reentry(),
        a.filing().activityOutside(),
        f.currentStatus().orElse(null),
        f.desiredStatus().orElse(null),
        f.relativeDeclaration(),
        f.relativeDeclarationReason().orElse(null),
        f.applicantLocation().orElse(null),
        f.acquisitionEvent(a.procedure()).map(AcquisitionEvent::code).orElse(null),
        f.acquisitionEventDate().orElse(null),
        f.resultReceipt().orElse(null),
        f.applicantEmail().orElse(null),
        ApplicantDetails.of(f.applicant()),
        FormDetails.of(f),
        f.formSection(),
        f.wizardStep(),
        a.completeness().missingFields(),
        f.needsFacePhoto(today));
  }

  /** Whether it is still a draft (the wizard edits nothing else). */
  public boolean draft() {
    return state == ApplicationState.DRAFT;
  }
}
