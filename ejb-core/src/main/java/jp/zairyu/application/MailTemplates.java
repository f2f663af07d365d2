package jp.zairyu.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.zairyu.domain.model.account.AccountMail;
import jp.zairyu.domain.model.account.Practitioner;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.DocumentRequest;
import jp.zairyu.domain.model.application.MailInItem;
import jp.zairyu.domain.model.application.Procedure;
import jp.zairyu.domain.model.bureau.BureauDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Renders notification mails, Japanese first with English below. */
@ApplicationScoped
public class MailTemplates {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-zA-Z]+)}");

  @Inject
  @ConfigProperty(name = "zairyu.portal.base-url")
  String portalBaseUrl;

  @Inject
  @ConfigProperty(name = "zairyu.mail.domain")
  String mailDomain;

  /**
   * Renders a recorded account mail from {@code mail/account/<KIND>.txt}: the first line is the
   * subject, the rest the body; {@code ${name}}, {@code ${link}} and the mail's parameters are
   * filled in.
   */
  public OutgoingMail render(AccountMail mail) {
    String template = template("mail/account/" + mail.kind().name() + ".txt");
    Map<String, String> values = new HashMap<>(mail.parameters());
    values.put("name", mail.recipientName());
    mail.secretLink().ifPresent(link -> values.put("link", link));
    String text = fill(template, values);
    int newline = text.indexOf('\n');
    String messageId = "<account-mail-" + mail.id() + "@" + mailDomain + ">";
    return new OutgoingMail(
        mail.recipient(),
        text.substring(0, newline).strip(),
        text.substring(newline + 1),
        messageId);
  }

  static String fill(String template, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalStateException("No value for ${" + m.group(1) + "} in a mail template");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String template(String resource) {
    try (InputStream in = MailTemplates.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Mail template missing: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

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
        String bureau = bureau(application);
        String decisionJa = approvalJa(application);
        subject = "【在留申請オンライン】審査結果のお知らせ（受付番号 " + receipt + "） / Decision on your application";
        body =
            to.fullName()
                + " 様\n\n"
                + "受付番号 "
                + receipt
                + " の申請（"
                + procedureJa
                + "、申請人: "
                + application.applicant().fullName()
                + "）は"
                + decisionJa
                + "されました。\n"
                + "担当: "
                + bureau
                + "\n\n"
                + receivingJa(application)
                + "\n"
                + "詳細はポータルで確認してください: "
                + link
                + "\n\n"
                + "----\n"
                + "The application with receipt number "
                + receipt
                + " ("
                + procedureEn
                + ", applicant: "
                + application.applicant().fullName()
                + ") has been approved.\n"
                + "Bureau: "
                + bureau
                + "\n\n"
                + receivingEn(application)
                + "\n"
                + "Details in the portal: "
                + link
                + "\n";
      }
      case DENIED -> {
        String bureau = bureau(application);
        String reason = application.denialReason().orElse("-");
        subject = "【在留申請オンライン】審査結果のお知らせ（受付番号 " + receipt + "） / Decision on your application";
        body =
            to.fullName()
                + " 様\n\n"
                + "受付番号 "
                + receipt
                + " の申請（"
                + procedureJa
                + "、申請人: "
                + application.applicant().fullName()
                + "）は"
                + application.denialLabelJa()
                + "となりました。\n"
                + "担当: "
                + bureau
                + "\n\n"
                + "理由:\n"
                + reason
                + "\n\n"
                + "詳細はポータルで確認してください: "
                + link
                + "\n\n"
                + "----\n"
                + "The application with receipt number "
                + receipt
                + " ("
                + procedureEn
                + ", applicant: "
                + application.applicant().fullName()
                + ") has been denied ("
                + application.denialLabelEn()
                + ").\n"
                + "Bureau: "
                + bureau
                + "\n"
                + "Reasons: see above (as written by the bureau).\n"
                + "Details in the portal: "
                + link
                + "\n";
      }
      case APPLICANT_DENIED -> {
        String reason = application.denialReason().orElse("-");
        subject = "【在留申請オンライン】審査結果のお知らせ（受付番号 " + receipt + "） / Decision on your application";
        body =
            application.applicant().fullName()
                + " 様\n\n"
                + "受付番号 "
                + receipt
                + " のあなたの申請（"
                + procedureJa
                + "）は"
                + application.denialLabelJa()
                + "となりました。\n\n"
                + "理由:\n"
                + reason
                + "\n\n"
                + "今後の手続については "
                + to.fullName()
                + " さんにご相談ください。\n\n"
                + "----\n"
                + "Your application with receipt number "
                + receipt
                + " ("
                + procedureEn
                + ") has been denied. The reasons, as written by the bureau, are above. Ask "
                + to.fullName()
                + " about what to do next.\n";
      }
      case ISSUED -> {
        String card = application.issuedCardNumber().map(c -> "新しい在留カード番号: " + c + "\n").orElse("");
        String cardEn =
            application
                .issuedCardNumber()
                .map(c -> "New residence card number: " + c + "\n")
                .orElse("");
        String tracking = application.returnTrackingNumber().map(Object::toString).orElse("-");
        subject = "【在留申請オンライン】在留カード等を発送しました（受付番号 " + receipt + "） / Your result has been mailed";
        body =
            to.fullName()
                + " 様\n\n"
                + "受付番号 "
                + receipt
                + " の申請（申請人: "
                + application.applicant().fullName()
                + "）について、返信用封筒で"
                + (application.issuesResidenceCard() ? "新しい在留カード" : "証明書")
                + "を発送しました。手続は完了です。\n"
                + card
                + "追跡番号: "
                + tracking
                + "\n"
                + "詳細: "
                + link
                + "\n\n"
                + "----\n"
                + "The "
                + (application.issuesResidenceCard() ? "new residence card" : "certificate")
                + " for the application with receipt number "
                + receipt
                + " has been mailed in your return envelope; the procedure is complete.\n"
                + cardEn
                + "Tracking number: "
                + tracking
                + "\n"
                + "Details: "
                + link
                + "\n";
      }
      case APPLICANT_ISSUED -> {
        String tracking = application.returnTrackingNumber().map(Object::toString).orElse("-");
        subject = "【在留申請オンライン】在留カード等を発送しました（受付番号 " + receipt + "） / Your result has been mailed";
        body =
            application.applicant().fullName()
                + " 様\n\n"
                + "受付番号 "
                + receipt
                + " のあなたの申請の"
                + (application.issuesResidenceCard() ? "新しい在留カード" : "証明書")
                + "を発送しました（追跡番号: "
                + tracking
                + "）。受け取りについては "
                + to.fullName()
                + " さんにお問い合わせください。\n\n"
                + "----\n"
                + "The "
                + (application.issuesResidenceCard() ? "new residence card" : "certificate")
                + " for your application with receipt number "
                + receipt
                + " has been mailed (tracking number "
                + tracking
                + "). Ask "
                + to.fullName()
                + " about receiving it.\n";
      }
      case APPLICANT_RECEIVED -> {
        subject = "【在留申請オンライン】あなたの申請が提出されました（受付番号 " + receipt + "） / Your application was filed";
        body =
            application.applicant().fullName()
                + " 様\n\n"
                + to.fullName()
                + " さんが、あなたの次の申請を出入国在留管理庁に提出しました。\n"
                + "受付番号: "
                + receipt
                + "\n"
                + "申請の種類: "
                + procedureJa
                + "\n"
                + "審査の結果もこのアドレスにお知らせします。申請の内容については "
                + to.fullName()
                + " さんにお問い合わせください。\n\n"
                + "----\n"
                + to.fullName()
                + " has filed your application with the Immigration Services Agency.\n"
                + "Receipt number: "
                + receipt
                + "\n"
                + "Procedure: "
                + procedureEn
                + "\n"
                + "The decision will be sent to this address as well. For questions about the"
                + " application, contact "
                + to.fullName()
                + ".\n";
      }
      case APPLICANT_APPROVED -> {
        subject = "【在留申請オンライン】審査結果のお知らせ（受付番号 " + receipt + "） / Decision on your application";
        body =
            application.applicant().fullName()
                + " 様\n\n"
                + "受付番号 "
                + receipt
                + " のあなたの申請（"
                + procedureJa
                + "）は"
                + approvalJa(application)
                + "されました。受け取り方法は "
                + to.fullName()
                + " さんからご案内します。\n\n"
                + "----\n"
                + "Your application with receipt number "
                + receipt
                + " ("
                + procedureEn
                + ") has been approved. "
                + to.fullName()
                + " will tell you how to receive the result.\n";
      }
      case DOCUMENTS_DUE_SOON -> {
        DocumentRequest request =
            application.documentRequests().get(application.documentRequests().size() - 1);
        subject =
            "【在留申請オンライン】追完の提出期限が近づいています（受付番号 " + receipt + "） / Deadline for additional documents";
        body =
            to.fullName()
                + " 様\n\n"
                + "受付番号 "
                + receipt
                + " の申請（申請人: "
                + application.applicant().fullName()
                + "）について求められている資料の提出期限は "
                + request.dueDate()
                + " です。\n\n"
                + request.items()
                + "\n\n"
                + "ポータルから資料を添付し、提出してください: "
                + link
                + "\n\n"
                + "----\n"
                + "The documents above, asked for the application with receipt number "
                + receipt
                + ", are due on "
                + request.dueDate()
                + ".\nAttach them in the portal and submit: "
                + link
                + "\n";
      }
      case DOCUMENTS_REQUESTED -> {
        DocumentRequest request =
            application.documentRequests().get(application.documentRequests().size() - 1);
        subject = "【在留申請オンライン】資料の追加提出のお願い（受付番号 " + receipt + "） / Additional documents requested";
        body =
            to.fullName()
                + " 様\n\n"
                + "受付番号 "
                + receipt
                + " の申請（申請人: "
                + application.applicant().fullName()
                + "）について、審査官が次の資料の提出を求めています。\n\n"
                + request.items()
                + "\n\n"
                + "提出期限: "
                + request.dueDate()
                + "\n"
                + "ポータルから資料を添付し、提出してください: "
                + link
                + "\n\n"
                + "----\n"
                + "The examiner asks for the documents above for the application with receipt number "
                + receipt
                + " (applicant: "
                + application.applicant().fullName()
                + ").\n"
                + "Deadline: "
                + request.dueDate()
                + "\n"
                + "Attach them in the portal and submit: "
                + link
                + "\n";
      }
      default -> throw new IllegalArgumentException("No template for " + kind);
    }
    if (kind.toApplicant()) {
      String address =
          application
              .applicantEmail()
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "Application " + application.id() + " has no applicant mail address"));
      return new OutgoingMail(address, subject, body, messageId(application, kind));
    }
    return new OutgoingMail(to.email(), subject, body, messageId(application, kind));
  }

  private static String bureau(Application application) {
    return application
        .bureauCode()
        .flatMap(BureauDirectory.standard()::byCode)
        .map(b -> b.nameJa() + " / " + b.nameEn())
        .orElse("-");
  }

  /** 交付 for a COE, else 許可. */
  private static String approvalJa(Application application) {
    return application.procedure().code().equals(Procedure.COE) ? "交付" : "許可";
  }

  /** How the result is received: what to mail in (by mail) or the appointment at the window. */
  static String receivingJa(Application application) {
    if (application.electronicCoe()) {
      return "【電子交付】在留資格認定証明書（電子）をこのメールに添付しました（PDF）。有効期限は交付の日から3か月です。\n";
    }
    String fee = String.format("%,d円", application.feeYen());
    if (application.receivedByMail()) {
      StringBuilder b = new StringBuilder("【郵送での受領】次のものを担当局へ郵送してください。\n");
      for (MailInItem item : application.itemsToSend()) {
        b.append("・").append(item.labelJa());
        if (item == MailInItem.FEE_SLIP) {
          b.append("（手数料 ").append(fee).append(" 分）");
        }
        b.append("\n");
      }
      b.append("発送したら、ポータルで追跡番号を入力して発送を記録してください。\n");
      return b.toString();
    }
    return "【窓口での受領のご案内】申請人ご本人が、旅券、"
        + (application.issuesResidenceCard() ? "現在の在留カード、" : "")
        + (application.feeYen() > 0 ? "手数料 " + fee + " 分の収入印紙を貼った手数料納付書、" : "")
        + "このお知らせを持って、担当局の窓口へ平日の受付時間内（9:00〜16:00）にお越しください。\n";
  }

  static String receivingEn(Application application) {
    if (application.electronicCoe()) {
      return "Issued electronically: the certificate of eligibility is attached to this mail (PDF);"
          + " it is valid for three months from the date of issue.\n";
    }
    String fee = String.format("¥%,d", application.feeYen());
    if (application.receivedByMail()) {
      StringBuilder b = new StringBuilder("Receiving by mail: send the following to the bureau.\n");
      for (MailInItem item : application.itemsToSend()) {
        b.append("- ").append(item.labelEn());
        if (item == MailInItem.FEE_SLIP) {
          b.append(" (fee ").append(fee).append(")");
        }
        b.append("\n");
      }
      b.append("When sent, record the sending with its tracking number in the portal.\n");
      return b.toString();
    }
    return "Receiving at the window: the applicant comes in person to the bureau's window on a"
        + " weekday (9:00-16:00) with the passport, "
        + (application.issuesResidenceCard() ? "the current residence card, " : "")
        + (application.feeYen() > 0 ? "the fee slip with revenue stamps for " + fee + ", " : "")
        + "and this notice.\n";
  }

  private String messageId(Application application, NotificationKind kind) {
    return "<application-"
        + application.id()
        + "-"
        + kind.key(application).toLowerCase().replace('_', '-')
        + "@"
        + mailDomain
        + ">";
  }
}
