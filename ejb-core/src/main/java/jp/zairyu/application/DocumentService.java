package jp.zairyu.application;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import jp.zairyu.domain.model.account.PractitionerRepository;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.ApplicationState;
import jp.zairyu.domain.model.attachment.Attachment;
import jp.zairyu.domain.model.attachment.AttachmentKind;
import jp.zairyu.domain.model.attachment.AttachmentRepository;

/**
 * The printable documents of an application as PDF downloads: the application form (申請書) once it is
 * submitted, for whoever may see the application in the portal ({@link DraftingService#find}) and
 * for the officers of its bureau (a view of the case, audited as such); the fee slip (手数料納付書) while
 * the practitioner has to send it in (発行待ち). Anything else is treated as not found.
 */
@Stateless
@DeclareRoles({Roles.PRACTITIONER, Roles.EXAMINER, Roles.SUPERVISOR, Roles.ADMIN})
public class DocumentService {

  @EJB private DraftingService drafting;
  @EJB private ExaminationService examination;
  @Inject private AttachmentRepository attachments;
  @Inject private PractitionerRepository practitioners;
  @Inject private ApplicationDocuments documents;

  /** A rendered document and the name to save it under. */
  public record Download(String fileName, byte[] content) {}

  /** The application form for the portal: a submitted application the caller may see. */
  @RolesAllowed(Roles.PRACTITIONER)
  public Download applicationForm(long applicationId) {
    return applicationForm(submitted(drafting.find(applicationId)));
  }

  /** The application form for the console: an application of the officer's bureau. */
  @RolesAllowed({Roles.EXAMINER, Roles.SUPERVISOR, Roles.ADMIN})
  public Download caseApplicationForm(long applicationId) {
    return applicationForm(submitted(examination.caseFile(applicationId)));
  }

  /**
   * The fee slip, while the application waits for the items sent in by mail (発行待ち) and a fee is
   * due.
   */
  @RolesAllowed(Roles.PRACTITIONER)
  public Download feeSlip(long applicationId) {
    Application application = drafting.find(applicationId);
    if (!application.mailIn().feeSlipDue()) {
      throw NotFound.application();
    }
    return new Download(
        "fee-slip-" + fileStem(application) + ".pdf",
        documents.feeSlip(DocumentModels.feeSlip(application)));
  }

  private Download applicationForm(Application application) {
    List<Attachment> files = attachments.of(application.id());
    byte[] photo =
        files.stream()
            .filter(a -> a.kind() == AttachmentKind.FACE_PHOTO)
            .findFirst()
            .flatMap(a -> attachments.content(a.id()))
            .orElse(null);
    ApplicationForm form =
        DocumentModels.applicationForm(
            application,
            practitioners.find(application.practitionerId()).orElse(null),
            files,
            photo);
    return new Download(
        "application-" + fileStem(application) + ".pdf", documents.applicationForm(form));
  }

  private static Application submitted(Application application) {
    if (application.state() == ApplicationState.DRAFT) {
      throw NotFound.application();
    }
    return application;
  }

  private static String fileStem(Application application) {
    return application
        .receiptNumber()
        .map(Object::toString)
        .orElse(String.valueOf(application.id()));
  }
}
