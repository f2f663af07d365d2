package jp.zairyu.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import jp.zairyu.domain.model.account.Practitioner;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.DocumentRequest;
import jp.zairyu.domain.model.application.Procedure;
import jp.zairyu.domain.model.application.ResultReceipt;
import jp.zairyu.domain.model.application.TestApplications;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The application mails, rendered from {@code mail/application/*.txt}. */
class ApplicationMailTemplatesTest {

  private final MailTemplates templates = new MailTemplates();
  private final Practitioner agent = TestApplications.practitioner();

  ApplicationMailTemplatesTest() {
    templates.portalBaseUrl = "https://portal.example.jp/portal";
    templates.mailDomain = "zairyu.example.jp";
  }

  private static Application inStateFor(NotificationKind kind) {
    return switch (kind) {
      case RECEIVED, APPLICANT_RECEIVED ->
          TestApplications.submitted(Procedure.EXTENSION, ResultReceipt.MAIL);
      case APPROVED, APPLICANT_APPROVED ->
          TestApplications.approved(Procedure.EXTENSION, ResultReceipt.MAIL);
      case DENIED, APPLICANT_DENIED -> TestApplications.denied(Procedure.COE, "活動内容に疑義があります。");
      case ISSUED, APPLICANT_ISSUED -> TestApplications.issued(Procedure.EXTENSION);
      case HANDED_OVER, APPLICANT_HANDED_OVER -> TestApplications.handedOver(Procedure.EXTENSION);
      case DOCUMENTS_REQUESTED, DOCUMENTS_DUE_SOON ->
          TestApplications.withDocumentRequests("在職証明書");
    };
  }

  @ParameterizedTest
  @EnumSource(NotificationKind.class)
  void everyKindRendersBilinguallyWithItsStableMessageId(NotificationKind kind) {
    Application application = inStateFor(kind);
    DocumentRequest request =
        kind.perDocumentRequest() ? application.documentRequests().all().get(0) : null;

    OutgoingMail mail = templates.render(kind, application, agent, request);

    assertThat(mail.subject())
        .startsWith("【在留申請オンライン】")
        .contains("受付番号 TOKYO-2026-0000001")
        .contains(" / ")
        .doesNotContain("\n");
    assertThat(mail.body())
        .doesNotContain("${")
        .contains("TOKYO-2026-0000001")
        .contains("\n----\n")
        .endsWith("\n");
    String japanese = mail.body().substring(0, mail.body().indexOf("\n----\n"));
    String english = mail.body().substring(mail.body().indexOf("\n----\n"));
    assertThat(japanese).contains(" 様\n").containsPattern("[ぁ-ん]");
    assertThat(english).doesNotContainPattern("[ぁ-ん]");
    String suffix = kind.perDocumentRequest() ? "-1" : "";
    assertThat(mail.messageId())
        .isEqualTo(
            "<application-42-"
                + kind.name().toLowerCase().replace('_', '-')
                + suffix
                + "@zairyu.example.jp>");
    if (kind.toApplicant()) {
      assertThat(mail.to()).isEqualTo("applicant@example.jp");
      assertThat(japanese).startsWith(application.form().applicant().fullName() + " 様");
      assertThat(mail.body()).contains("山田 太郎");
    } else {
      assertThat(mail.to()).isEqualTo("taro@example.jp");
      assertThat(japanese).startsWith("山田 太郎 様");
    }
  }

  @Test
  void theReceiptMailCarriesTheFactsInBothLanguages() {
    Application application = TestApplications.submitted(Procedure.EXTENSION, ResultReceipt.MAIL);
    OutgoingMail mail = templates.render(NotificationKind.RECEIVED, application, agent, null);
    assertThat(mail.subject())
        .isEqualTo("【在留申請オンライン】申請を受け付けました（受付番号 TOKYO-2026-0000001） / Application received");
    String link = "https://portal.example.jp/portal/applications/view.xhtml?id=42";
    assertThat(mail.body())
        .contains("受付番号: TOKYO-2026-0000001\n")
        .contains("申請の種類: " + application.procedure().nameJa() + "\n")
        .contains("申請人: " + application.form().applicant().fullName() + "\n")
        .contains("審査状況はポータルで確認できます: " + link + "\n")
        .contains("Procedure: " + application.procedure().nameEn() + "\n")
        .endsWith("Follow its progress in the portal: " + link + "\n");
  }

  @Test
  void decisionsSayWhatWasDecidedAndHowTheResultIsReceived() {
    // a COE received by mail is an electronic COE: the approval mail carries it, nothing is sent in
    Application electronic = TestApplications.approved(Procedure.COE, ResultReceipt.MAIL);
    OutgoingMail coe = templates.render(NotificationKind.APPROVED, electronic, agent, null);
    assertThat(coe.body())
        .contains("は交付されました。")
        .contains("has been approved.")
        .contains("【電子交付】在留資格認定証明書（電子）をこのメールに添付しました")
        .contains("Issued electronically")
        .doesNotContain("郵送してください")
        .doesNotContain("send the following");
    Application card = TestApplications.approved(Procedure.EXTENSION, ResultReceipt.MAIL);
    OutgoingMail byMail = templates.render(NotificationKind.APPROVED, card, agent, null);
    assertThat(byMail.body())
        .contains("は許可されました。")
        .contains("【郵送での受領】次のものを担当局へ郵送してください。")
        .contains("Receiving by mail: send the following to the bureau.")
        .doesNotContain("電子交付");
    Application window = TestApplications.approved(Procedure.EXTENSION, ResultReceipt.WINDOW);
    OutgoingMail atWindow = templates.render(NotificationKind.APPROVED, window, agent, null);
    assertThat(atWindow.body())
        .contains("は許可されました。")
        .contains(MailTemplates.receivingJa(window))
        .contains(MailTemplates.receivingEn(window));
    OutgoingMail denied =
        templates.render(
            NotificationKind.DENIED,
            TestApplications.denied(Procedure.COE, "理由A\n理由B"),
            agent,
            null);
    assertThat(denied.body())
        .contains("は不交付となりました。")
        .contains("理由:\n理由A\n理由B\n")
        .contains("(refusal to issue the certificate)");
    OutgoingMail issued =
        templates.render(
            NotificationKind.ISSUED, TestApplications.issued(Procedure.EXTENSION), agent, null);
    assertThat(issued.body())
        .contains("返信用封筒で新しい在留カードを発送しました")
        .contains("新しい在留カード番号: QZ00000042XY\n追跡番号: 123456789012\n")
        .contains("New residence card number: QZ00000042XY\nTracking number: 123456789012\n");
    // a certificate other than a COE (an e-COE is never issued by mail) goes back in the envelope
    OutgoingMail certificate =
        templates.render(
            NotificationKind.ISSUED, TestApplications.issued(Procedure.WORK_CERT), agent, null);
    assertThat(certificate.body())
        .contains("返信用封筒で証明書を発送しました。手続は完了です。\n追跡番号: ")
        .doesNotContain("在留カード番号");
  }

  @Test
  void aMailAboutTheFirstRequestDescribesTheFirstEvenAfterASecond() {
    Application application = TestApplications.withDocumentRequests("住民票", "在職証明書");
    List<DocumentRequest> requests = application.documentRequests().all();

    for (NotificationKind kind :
        List.of(NotificationKind.DOCUMENTS_REQUESTED, NotificationKind.DOCUMENTS_DUE_SOON)) {
      OutgoingMail first = templates.render(kind, application, agent, requests.get(0));
      OutgoingMail second = templates.render(kind, application, agent, requests.get(1));
      assertThat(first.body())
          .contains("\n住民票\n")
          .doesNotContain("在職証明書")
          .contains(requests.get(0).dueDate().toString());
      assertThat(second.body()).contains("\n在職証明書\n").doesNotContain("住民票");
      assertThat(kind.key(application, requests.get(0))).isEqualTo(kind.name() + "-1");
      assertThat(kind.key(application, requests.get(1))).isEqualTo(kind.name() + "-2");
      assertThat(first.messageId()).endsWith("-1@zairyu.example.jp>");
      assertThat(second.messageId()).endsWith("-2@zairyu.example.jp>");
    }
    assertThatThrownBy(
            () -> templates.render(NotificationKind.DOCUMENTS_REQUESTED, application, agent, null))
        .isInstanceOf(IllegalArgumentException.class);
    Application other = TestApplications.withDocumentRequests("旅券の写し");
    assertThatThrownBy(
            () ->
                NotificationKind.DOCUMENTS_REQUESTED.key(
                    application, other.documentRequests().all().get(0)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theHandingOverAtTheWindowIsMailedToBothSidesWithTheDayTheCardAndWhoCame() {
    Application application = TestApplications.handedOver(Procedure.EXTENSION);
    OutgoingMail agentMail =
        templates.render(NotificationKind.HANDED_OVER, application, agent, null);
    assertThat(agentMail.to()).isEqualTo("taro@example.jp");
    assertThat(agentMail.body())
        .contains("東京出入国在留管理局 / Tokyo Regional Immigration Services Bureau の窓口で受け渡しました")
        .contains("受け渡した日: 2026-11-27\n")
        .contains("来庁した方: NGUYEN VAN AN（申請人本人）\n")
        .contains("新しい在留カード番号: QZ00000043XY\n")
        .contains("Handed over on: 2026-11-27\n")
        .contains("Received by: NGUYEN VAN AN (the applicant)\n")
        .contains("New residence card number: QZ00000043XY\n");
    OutgoingMail applicantMail =
        templates.render(NotificationKind.APPLICANT_HANDED_OVER, application, agent, null);
    assertThat(applicantMail.to()).isEqualTo("applicant@example.jp");
    assertThat(applicantMail.body())
        .contains("2026-11-27 に")
        .contains("QZ00000043XY")
        .contains("the procedure is complete");
  }

  @Test
  void theIssuedMailSaysThePermitForActivityOutsideStatusWasEnclosed() {
    Application application = TestApplications.issuedWithActivityPermit();
    for (NotificationKind kind :
        List.of(NotificationKind.ISSUED, NotificationKind.APPLICANT_ISSUED)) {
      assertThat(templates.render(kind, application, agent, null).body())
          .as(kind.name())
          .contains("同封したもの: 資格外活動許可書（許可の内容は新しい在留カードの裏面にも記載しています）\n")
          .contains(
              "Enclosed: the permit to engage in activity outside status (資格外活動許可書) (the"
                  + " permission is also written on the back of the new card)\n");
    }
    assertThat(
            templates
                .render(
                    NotificationKind.ISSUED,
                    TestApplications.issued(Procedure.EXTENSION),
                    agent,
                    null)
                .body())
        .doesNotContain("同封したもの")
        .doesNotContain("Enclosed");
  }
}
