package jp.zairyu.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import java.util.logging.Logger;
import jp.zairyu.domain.model.account.AccountMail;
import jp.zairyu.domain.model.account.AccountMailRepository;
import jp.zairyu.domain.model.account.Practitioner;
import jp.zairyu.domain.model.account.PractitionerRepository;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.ApplicationRepository;
import jp.zairyu.domain.model.application.ApplicationState;
import jp.zairyu.domain.model.application.DocumentRequest;

/**
 * Sends the mail for a notification request, once: the send is recorded in the same transaction,
 * and a repeated request for the same application and kind sends nothing. The approval of an
 * electronic COE carries the certificate as a PDF, rendered when the mail is sent.
 */
@Stateless
@PermitAll
public class NotificationService {

  private static final Logger LOG = Logger.getLogger(NotificationService.class.getName());

  @Inject private ApplicationRepository applications;
  @Inject private PractitionerRepository practitioners;
  @Inject private NotificationLog log;
  @Inject private MailSender mail;
  @Inject private MailTemplates templates;
  @Inject private Clock clock;
  @Inject private AccountMailRepository accountMails;
  @Inject private ApplicationEvents events;
  @Inject private ApplicationDocuments documents;

  /**
   * Consumer of {@code DecisionMade}: asks for the decision mail. Acting twice is harmless, the
   * mail itself is sent once per application and kind (see {@link #send}).
   */
  public void decisionMade(long applicationId) {
    Application application = applications.read(applicationId).orElseThrow(NotFound::application);
    if (!application.state().isDecided()) {
      throw new IllegalStateException(
          "Application " + applicationId + " has no decision (" + application.state() + ")");
    }
    if (application.state() == ApplicationState.DENIED) {
      events.notificationRequested(applicationId, NotificationKind.DENIED);
      events.notificationRequested(applicationId, NotificationKind.APPLICANT_DENIED);
      return;
    }
    events.notificationRequested(applicationId, NotificationKind.APPROVED);
    events.notificationRequested(applicationId, NotificationKind.APPLICANT_APPROVED);
  }

  /**
   * Sends the mail of this kind about the application, unless it was sent before.
   *
   * @param documentRequestId for a {@linkplain NotificationKind#perDocumentRequest() per-request}
   *     kind, the request the mail is about; absent only in messages published before requests were
   *     named, which meant the latest request
   */
  public void send(long applicationId, NotificationKind kind, OptionalLong documentRequestId) {
    Application application = applications.read(applicationId).orElseThrow(NotFound::application);
    Practitioner practitioner = practitioners.find(application.practitionerId()).orElseThrow();
    DocumentRequest request =
        kind.perDocumentRequest() ? documentRequest(application, documentRequestId) : null;
    OutgoingMail outgoing = templates.render(kind, application, practitioner, request);
    if (!log.record(
        applicationId,
        kind.key(application, request),
        outgoing.to(),
        outgoing.messageId(),
        clock.instant())) {
      LOG.info(() -> kind + " mail for application " + applicationId + " was already sent");
      return;
    }
    if (kind == NotificationKind.APPROVED && application.receiving().electronicCoe()) {
      outgoing = outgoing.with(electronicCoe(application));
    }
    mail.send(outgoing);
  }

  private static DocumentRequest documentRequest(Application application, OptionalLong id) {
    List<DocumentRequest> requests = application.documentRequests().all();
    if (id.isEmpty()) {
      if (requests.isEmpty()) {
        throw new IllegalStateException("Application " + application.id() + " has no request");
      }
      return requests.get(requests.size() - 1);
    }
    return requests.stream()
        .filter(r -> r.id() != null && r.id() == id.getAsLong())
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Application " + application.id() + " has no request " + id.getAsLong()));
  }

  /**
   * The electronic COE the approval of a COE received by mail carries, rendered now from the
   * application (the message asking for the mail holds ids only); the same certificate every time.
   */
  private OutgoingMail.Attachment electronicCoe(Application application) {
    ElectronicCoe certificate = DocumentModels.electronicCoe(application);
    return new OutgoingMail.Attachment(
        "coe-" + certificate.certificateNumber() + ".pdf",
        "application/pdf",
        documents.electronicCoe(certificate));
  }

  /**
   * Sends a recorded account mail unless it has been sent already. The row is locked while sending,
   * and marked sent (its link erased) in the same transaction.
   */
  public void sendAccountMail(long accountMailId) {
    AccountMail recorded =
        accountMails
            .claim(accountMailId)
            .orElseThrow(() -> new IllegalStateException("No account mail " + accountMailId));
    if (recorded.sent()) {
      LOG.info(() -> "Account mail " + accountMailId + " was already sent");
      return;
    }
    OutgoingMail outgoing = templates.render(recorded);
    mail.send(outgoing);
    recorded.markSent(outgoing.messageId(), clock.instant());
  }
}
