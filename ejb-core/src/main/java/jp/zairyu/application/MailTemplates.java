package jp.zairyu.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.zairyu.domain.model.account.AccountMail;
import jp.zairyu.domain.model.account.Practitioner;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.DocumentRequest;
import jp.zairyu.domain.model.application.Issuance;
import jp.zairyu.domain.model.application.MailInItem;
import jp.zairyu.domain.model.application.Procedure;
import jp.zairyu.domain.model.application.ReceivingRules;
import jp.zairyu.domain.model.bureau.Bureau;
import jp.zairyu.domain.model.bureau.BureauDirectory;
import jp.zairyu.domain.model.bureau.WindowHours;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Renders notification mails from bilingual text templates, Japanese first with English below:
 * account mails from {@code mail/account/<KIND>.txt}, application mails from {@code
 * mail/application/<KIND>.txt}. The first line of a template is the subject, the rest the body;
 * {@code ${name}} placeholders are filled in, and a placeholder without a value is an error, never
 * an empty gap.
 */
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

  private static final Map<String, String> TEMPLATES = new ConcurrentHashMap<>();

  /** The text of a template resource, read once. */
  private static String template(String resource) {
    return TEMPLATES.computeIfAbsent(resource, MailTemplates::read);
  }

  private static String read(String resource) {
    try (InputStream in = MailTemplates.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Mail template missing: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Renders a mail about an application from {@code mail/application/<KIND>.txt} (first line the
   * subject, the rest the body, Japanese first with English below), to the practitioner or, for the
   * {@code APPLICANT_*} kinds, to the foreign national's own address.
   *
   * @param request the request for documents the mail is about: required for {@link
   *     NotificationKind#perDocumentRequest()} kinds (the mail describes this request, whatever
   *     came after it), ignored (may be null) for the others
   */
  public OutgoingMail render(
      NotificationKind kind, Application application, Practitioner to, DocumentRequest request) {
    Map<String, String> values = values(application, to);
    if (kind.perDocumentRequest()) {
      if (request == null) {
        throw new IllegalArgumentException(kind + " mail needs the request for documents");
      }
      values.put("items", request.items());
      values.put("due", request.dueDate().toString());
    }
    String text = fill(template("mail/application/" + kind.name() + ".txt"), values);
    int newline = text.indexOf('\n');
    String subject = text.substring(0, newline).strip();
    String body = text.substring(newline + 1);
    String messageId = messageId(application, kind.key(application, request));
    if (kind.toApplicant()) {
      String address =
          application
              .form()
              .applicantEmail()
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "Application " + application.id() + " has no applicant mail address"));
      return new OutgoingMail(address, subject, body, messageId);
    }
    return new OutgoingMail(to.email(), subject, body, messageId);
  }

  /** What the application mails' templates may use. */
  private Map<String, String> values(Application application, Practitioner to) {
    Map<String, String> values = new HashMap<>();
    values.put("practitioner", to.fullName());
    values.put("applicant", application.form().applicant().fullName());
    values.put("receipt", application.receiptNumber().map(Object::toString).orElse("-"));
    values.put("link", portalBaseUrl + "/applications/view.xhtml?id=" + application.id());
    values.put("procedureJa", application.procedure().nameJa());
    values.put("procedureEn", application.procedure().nameEn());
    values.put("bureau", bureau(application));
    values.put("approvalJa", approvalJa(application));
    values.put("receivingJa", receivingJa(application));
    values.put("receivingEn", receivingEn(application));
    values.put("denialJa", application.wording().denialJa());
    values.put("denialEn", application.wording().denialEn());
    values.put("reason", application.decision().denialReason().orElse("-"));
    boolean card = application.procedure().issuesResidenceCard();
    values.put("resultJa", card ? "新しい在留カード" : "証明書");
    values.put("resultEn", card ? "new residence card" : "certificate");
    values.put(
        "cardJa",
        application.issuance().issuedCardNumber().map(c -> "新しい在留カード番号: " + c + "\n").orElse(""));
    values.put(
        "cardEn",
        application
            .issuance()
            .issuedCardNumber()
            .map(c -> "New residence card number: " + c + "\n")
            .orElse(""));
    values.put(
        "tracking",
        application.issuance().returnTrackingNumber().map(Object::toString).orElse("-"));
    values.put("enclosedJa", enclosedJa(application));
    values.put("enclosedEn", enclosedEn(application));
    values.put(
        "handedOverOn", application.issuance().handedOverOn().map(Object::toString).orElse("-"));
    values.put("collectorJa", collector(application, true));
    values.put("collectorEn", collector(application, false));
    return values;
  }

  /**
   * What was enclosed in the return envelope in place of a passport sticker (資格外活動許可書), one line
   * each, and that the permission is also written on the back of the new card; empty when nothing.
   */
  static String enclosedJa(Application application) {
    StringBuilder b = new StringBuilder();
    for (String code : application.issuance().enclosedDocuments()) {
      b.append("同封したもの: ")
          .append(ReceivingRules.standard().row(code).mailedJa())
          .append(
              application.procedure().issuesResidenceCard() ? "（許可の内容は新しい在留カードの裏面にも記載しています）" : "")
          .append("\n");
    }
    return b.toString();
  }

  static String enclosedEn(Application application) {
    StringBuilder b = new StringBuilder();
    for (String code : application.issuance().enclosedDocuments()) {
      b.append("Enclosed: the ")
          .append(ReceivingRules.standard().row(code).mailedEn())
          .append(
              application.procedure().issuesResidenceCard()
                  ? " (the permission is also written on the back of the new card)"
                  : "")
          .append("\n");
    }
    return b.toString();
  }

  private static String collector(Application application, boolean ja) {
    Issuance issuance = application.issuance();
    return issuance
        .collectorName()
        .map(
            name ->
                name
                    + issuance
                        .collectorCapacity()
                        .map(c -> ja ? "（" + c.labelJa() + "）" : " (" + c.labelEn() + ")")
                        .orElse(""))
        .orElse("-");
  }

  private static String bureau(Application application) {
    return application
        .routing()
        .bureauCode()
        .flatMap(BureauDirectory.standard()::byCode)
        .map(b -> b.nameJa() + " / " + b.nameEn())
        .orElse("-");
  }

  /** The procedure's word of approval ({@code procedure-rules.csv}: 交付 for a COE, else 許可). */
  private static String approvalJa(Application application) {
    return application.procedure().approvalJa();
  }

  /** How the result is received: what to mail in (by mail) or the appointment at the window. */
  static String receivingJa(Application application) {
    if (application.receiving().electronicCoe()) {
      return "【電子交付】在留資格認定証明書（電子）をこのメールに添付しました（PDF）。有効期限は交付の日から3か月です。\n";
    }
    String fee = String.format("%,d円", application.receiving().feeYen());
    if (application.receiving().byMail()) {
      StringBuilder b = new StringBuilder("【郵送での受領】次のものを担当局へ郵送してください。\n");
      for (MailInItem item : application.receiving().itemsToSend()) {
        b.append("・").append(item.labelJa());
        if (item == MailInItem.FEE_SLIP) {
          b.append("（手数料 ").append(fee).append(" 分）");
        }
        b.append("\n");
      }
      b.append("発送したら、ポータルで追跡番号を入力して発送を記録してください。\n");
      for (ReceivingRules.MailedDocument d : application.receiving().mailedDocuments()) {
        b.append("※ ").append(d.labelJa()).append("を、旅券の証印シールの代わりに新しい結果と一緒に返送します。\n");
      }
      return b.toString();
    }
    StringBuilder b =
        new StringBuilder("【窓口での受領のご案内】申請人ご本人が、旅券、")
            .append(application.procedure().issuesResidenceCard() ? "現在の在留カード、" : "")
            .append(application.receiving().feeYen() > 0 ? "手数料 " + fee + " 分の収入印紙を貼った手数料納付書、" : "")
            .append("このお知らせを持って、担当局の窓口へお越しください。\n")
            .append("受付時間: ")
            .append(windowHours(application).map(WindowHours::ja).orElse("担当局にお問い合わせください"))
            .append("\n");
    List<Procedure> stickers = application.receiving().windowOnlyProcedures();
    if (!stickers.isEmpty()) {
      b.append("※ ")
          .append(String.join("・", stickers.stream().map(Procedure::nameJa).toList()))
          .append("は旅券に証印シールを貼るため、窓口でのみ受け取れます。\n");
    }
    return b.toString();
  }

  /** The opening hours of the window of the application's bureau ({@code bureau-windows.csv}). */
  static Optional<WindowHours> windowHours(Application application) {
    return application
        .routing()
        .bureauCode()
        .flatMap(BureauDirectory.standard()::byCode)
        .map(Bureau::windowHours);
  }

  static String receivingEn(Application application) {
    if (application.receiving().electronicCoe()) {
      return "Issued electronically: the certificate of eligibility is attached to this mail (PDF);"
          + " it is valid for three months from the date of issue.\n";
    }
    String fee = String.format("¥%,d", application.receiving().feeYen());
    if (application.receiving().byMail()) {
      StringBuilder b = new StringBuilder("Receiving by mail: send the following to the bureau.\n");
      for (MailInItem item : application.receiving().itemsToSend()) {
        b.append("- ").append(item.labelEn());
        if (item == MailInItem.FEE_SLIP) {
          b.append(" (fee ").append(fee).append(")");
        }
        b.append("\n");
      }
      b.append("When sent, record the sending with its tracking number in the portal.\n");
      for (ReceivingRules.MailedDocument d : application.receiving().mailedDocuments()) {
        b.append("Note: the ")
            .append(d.labelEn())
            .append(" is mailed back with the result in place of a sticker in the passport.\n");
      }
      return b.toString();
    }
    StringBuilder b =
        new StringBuilder("Receiving at the window: the applicant comes in person to the bureau's")
            .append(" window with the passport, ")
            .append(
                application.procedure().issuesResidenceCard() ? "the current residence card, " : "")
            .append(
                application.receiving().feeYen() > 0
                    ? "the fee slip with revenue stamps for " + fee + ", "
                    : "")
            .append("and this notice.\n")
            .append("Opening hours: ")
            .append(windowHours(application).map(WindowHours::en).orElse("ask the bureau"))
            .append("\n");
    List<Procedure> stickers = application.receiving().windowOnlyProcedures();
    if (!stickers.isEmpty()) {
      b.append("Note: ")
          .append(String.join(", ", stickers.stream().map(Procedure::nameEn).toList()))
          .append(" is a sticker in the passport, received at the window only.\n");
    }
    return b.toString();
  }

  private String messageId(Application application, String key) {
    return "<application-"
        + application.id()
        + "-"
        + key.toLowerCase().replace('_', '-')
        + "@"
        + mailDomain
        + ">";
  }
}
