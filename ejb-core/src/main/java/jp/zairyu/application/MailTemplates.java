package jp.zairyu.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.zairyu.domain.model.account.Practitioner;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.bureau.BureauDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Renders notification mails, Japanese first with English below. */
@ApplicationScoped
public class MailTemplates {

  @Inject
  @ConfigProperty(name = "zairyu.portal.base-url")
  String portalBaseUrl;

  @Inject
  @ConfigProperty(name = "zairyu.mail.domain")
  String mailDomain;

  public OutgoingMail render(NotificationKind kind, Application application, Practitioner to) {
    String receipt = application.receiptNumber().map(Object::toString).orElse("-");
    String link = portalBaseUrl + "/applications/view.xhtml?id=" + application.id();
    String procedureJa = application.procedure().nameJa();
    String procedureEn = application.procedure().nameEn();
    String subject;
    String body;
    switch (kind) {
      case RECEIVED -> {
        subject = "【在留申請オンライン】申請を受け付けました（受付番号 " + receipt + "） / Application received";
        body =
            to.fullName()
                + " 様\n\n"
                + "次の申請を受け付けました。\n"
                + "受付番号: "
                + receipt
                + "\n"
                + "申請の種類: "
                + procedureJa
                + "\n"
                + "申請人: "
                + application.applicant().fullName()
                + "\n\n"
                + "審査状況はポータルで確認できます: "
                + link
                + "\n\n"
                + "----\n"
                + "Your application has been received.\n"
                + "Receipt number: "
                + receipt
                + "\n"
                + "Procedure: "
                + procedureEn
                + "\n"
                + "Applicant: "
                + application.applicant().fullName()
                + "\n"
                + "Follow its progress in the portal: "
                + link
                + "\n";
      }
      case APPROVED -> {
        String bureau =
            application
                .bureauCode()
                .flatMap(BureauDirectory.standard()::byCode)
                .map(b -> b.nameJa() + " / " + b.nameEn())
                .orElse("-");
        subject = "【在留申請オンライン】審査結果のお知らせ（受付番号 " + receipt + "） / Decision on your application";
        body =
            to.fullName()
                + " 様\n\n"
                + "受付番号 "
                + receipt
                + " の申請（"
                + procedureJa
                + "）は許可されました。\n"
                + "担当: "
                + bureau
                + "\n"
                + "詳細はポータルで確認してください: "
                + link
                + "\n\n"
                + "----\n"
                + "The application with receipt number "
                + receipt
                + " ("
                + procedureEn
                + ") has been approved.\n"
                + "Bureau: "
                + bureau
                + "\n"
                + "Details in the portal: "
                + link
                + "\n";
      }
      default -> throw new IllegalArgumentException("No template for " + kind);
    }
    String messageId =
        "<application-"
            + application.id()
            + "-"
            + kind.name().toLowerCase()
            + "@"
            + mailDomain
            + ">";
    return new OutgoingMail(to.email(), subject, body, messageId);
  }
}
