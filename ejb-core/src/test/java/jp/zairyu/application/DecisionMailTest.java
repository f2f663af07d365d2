package jp.zairyu.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.Filing;
import jp.zairyu.domain.model.application.Procedure;
import jp.zairyu.domain.model.application.ResultReceipt;
import jp.zairyu.domain.model.application.StatusChoice;
import org.junit.jupiter.api.Test;

/** What the approval mail tells about receiving the result: by mail, or at the window. */
class DecisionMailTest {

  private static final Instant NOW = Instant.parse("2026-11-26T01:00:00Z");

  private static Application extension(ResultReceipt receipt) {
    Procedure extension = Procedure.byCode(Procedure.EXTENSION).orElseThrow();
    Application draft =
        Application.draft(
            7L,
            extension,
            jp.zairyu.domain.model.application.TestForms.applicant(
                "NGUYEN VAN AN", "東京都", LocalDate.of(2026, 11, 26)),
            NOW);
    draft
        .edit()
        .plan(
            new Filing(extension, Filing.Reentry.NONE, false),
            new StatusChoice("ENGINEER_HUMANITIES", null),
            null,
            "LAWYER_SCRIVENER",
            false,
            NOW);
    draft.edit().deliverTo(receipt, "applicant@example.jp", NOW);
    return jp.zairyu.domain.model.application.TestForms.fillIn(
        draft, java.time.LocalDate.of(2026, 11, 26), NOW);
  }

  @Test
  void byMailTheMailSaysWhatToSendWithTheFee() {
    Application byMail = extension(ResultReceipt.MAIL);
    assertThat(MailTemplates.receivingJa(byMail))
        .contains("現在の在留カード")
        .contains("手数料納付書")
        .contains("5,500円")
        .contains("返信用封筒")
        .contains("追跡番号");
    assertThat(MailTemplates.receivingEn(byMail))
        .contains("residence card")
        .contains("fee slip")
        .contains("¥5,500")
        .contains("return envelope")
        .contains("tracking number");
  }

  @Test
  void atTheWindowTheMailIsAnAppointmentNotice() {
    Application atWindow = extension(ResultReceipt.WINDOW);
    assertThat(MailTemplates.receivingJa(atWindow))
        .contains("窓口")
        .contains("旅券")
        .contains("5,500円")
        .doesNotContain("返信用封筒");
    assertThat(MailTemplates.receivingEn(atWindow)).contains("window").contains("passport");
  }

  @Test
  void anElectronicCoeMailSaysTheCertificateIsAttachedAndAsksForNothing() {
    Procedure coe = Procedure.byCode(Procedure.COE).orElseThrow();
    Application draft =
        Application.draft(
            7L,
            coe,
            jp.zairyu.domain.model.application.TestForms.applicant(
                "NGUYEN VAN AN", "東京都", LocalDate.of(2026, 11, 26)),
            NOW);
    draft
        .edit()
        .plan(
            new Filing(coe, Filing.Reentry.NONE, false),
            null,
            new StatusChoice("ENGINEER_HUMANITIES", null),
            "LAWYER_SCRIVENER",
            false,
            NOW);
    draft.edit().deliverTo(ResultReceipt.MAIL, "applicant@example.jp", NOW);
    assertThat(MailTemplates.receivingJa(draft))
        .contains("在留資格認定証明書")
        .contains("添付")
        .doesNotContain("返信用封筒")
        .doesNotContain("窓口");
    assertThat(MailTemplates.receivingEn(draft)).contains("attached").doesNotContain("envelope");
  }

  @Test
  void theWindowNoticeGivesTheBureausHoursFromItsTable() {
    Application window =
        jp.zairyu.domain.model.application.TestApplications.approved(
            Procedure.EXTENSION, ResultReceipt.WINDOW);
    assertThat(MailTemplates.receivingJa(window))
        .contains("受付時間: 平日（土日・祝日・年末年始を除く） 9:00〜12:00、13:00〜16:00\n")
        .doesNotContain("証印シール");
    assertThat(MailTemplates.receivingEn(window))
        .contains(
            "Opening hours: weekdays (not Saturdays, Sundays, public holidays or the New Year"
                + " break), 9:00-12:00 and 13:00-16:00\n");
  }

  @Test
  void aReentryPermitAtTheWindowIsExplainedAndAMailedPermitIsAnnounced() {
    Application reentry = extension(ResultReceipt.WINDOW);
    reentry
        .edit()
        .plan(
            new Filing(
                Procedure.byCode(Procedure.EXTENSION).orElseThrow(), Filing.Reentry.SINGLE, false),
            new StatusChoice("ENGINEER_HUMANITIES", null),
            null,
            "LAWYER_SCRIVENER",
            false,
            NOW);
    assertThat(MailTemplates.receivingJa(reentry)).contains("再入国許可申請は旅券に証印シールを貼るため、窓口でのみ受け取れます。");
    assertThat(MailTemplates.receivingEn(reentry)).contains("received at the window only");

    Application activity = extension(ResultReceipt.WINDOW);
    activity
        .edit()
        .plan(
            new Filing(
                Procedure.byCode(Procedure.EXTENSION).orElseThrow(), Filing.Reentry.NONE, true),
            new StatusChoice("ENGINEER_HUMANITIES", null),
            null,
            "LAWYER_SCRIVENER",
            false,
            NOW);
    activity.edit().deliverTo(ResultReceipt.MAIL, "applicant@example.jp", NOW);
    assertThat(MailTemplates.receivingJa(activity))
        .contains("資格外活動許可書を、旅券の証印シールの代わりに新しい結果と一緒に返送します。");
    assertThat(MailTemplates.receivingEn(activity))
        .contains("permit to engage in activity outside status (資格外活動許可書) is mailed back");
  }
}
