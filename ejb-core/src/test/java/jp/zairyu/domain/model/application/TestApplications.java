package jp.zairyu.domain.model.application;

import java.time.LocalDate;
import java.util.EnumSet;
import jp.zairyu.domain.model.account.Practitioner;
import jp.zairyu.domain.model.account.Registrant;
import jp.zairyu.domain.model.account.UserKind;

/**
 * Applications in the states their mails are sent in, for tests outside this package (the mail
 * templates): built through the domain's own transitions, with ids as the database would give.
 */
public final class TestApplications {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  private TestApplications() {}

  /** The agent who files them: 山田 太郎, taro@example.jp. */
  public static Practitioner practitioner() {
    Registrant details =
        Registrant.of(
            UserKind.byCode("LAWYER_SCRIVENER").orElseThrow(),
            new Registrant.Form(
                "山田 太郎",
                "ヤマダ タロウ",
                "taro@example.jp",
                "03-1234-5678",
                "1000013",
                "東京都千代田区霞が関1-1-1",
                "1000-0000-0001",
                LocalDate.of(2029, 3, 31),
                "第一東京弁護士会",
                null,
                null,
                null,
                null,
                null,
                null),
            TODAY);
    return new Practitioner("Z000000042", "LAWYER_SCRIVENER", details, "hash", DecisionTest.NOW);
  }

  /** Submitted and routed to Tokyo (受付番号 TOKYO-2026-0000001), application id 42. */
  public static Application submitted(String procedure, ResultReceipt receipt) {
    Application application = DecisionTest.draft(procedure, receipt);
    application.submit(ReceiptNumber.of("TOKYO", 2026, 1), DecisionTest.NOW);
    application.routeTo(
        application
            .routing()
            .competentBureau(jp.zairyu.domain.model.bureau.BureauDirectory.standard()),
        DecisionTest.NOW);
    return TestOfficers.withId(application, Application.class, 42L);
  }

  /** Approved by the examiner. */
  public static Application approved(String procedure, ResultReceipt receipt) {
    Application application = underReview(procedure, receipt);
    application.approve(DecisionTest.EXAMINER, DecisionTest.NOW);
    return application;
  }

  /** Denied (proposed by the examiner, confirmed by the supervisor) with this reason. */
  public static Application denied(String procedure, String reason) {
    Application application = underReview(procedure, ResultReceipt.MAIL);
    application.denials().propose(DecisionTest.EXAMINER, reason, DecisionTest.NOW);
    application.confirmDenial(DecisionTest.SUPERVISOR, DecisionTest.LATER);
    return application;
  }

  /** Approved for receipt by mail, everything arrived, result mailed back (完了). */
  public static Application issued(String procedure) {
    Application application = approved(procedure, ResultReceipt.MAIL);
    application.mailIn().recordSending(TrackingNumber.parse("1111-2222-3333"), DecisionTest.LATER);
    EnumSet<MailInItem> items = EnumSet.copyOf(application.receiving().itemsToSend());
    application
        .mailIn()
        .recordReceipt(
            DecisionTest.SUPERVISOR, items, application.receiving().feeYen(), DecisionTest.LATER);
    application.issue(
        DecisionTest.EXAMINER,
        application.procedure().issuesResidenceCard()
            ? new ResidenceCardNumber("QZ00000042XY")
            : null,
        TrackingNumber.parse("1234-5678-9012"),
        java.util.Set.of(),
        DecisionTest.LATER.plusSeconds(60));
    return application;
  }

  /**
   * An extension with permission for activity outside status, approved by mail, issued with its
   * 資格外活動許可書 enclosed (完了).
   */
  public static Application issuedWithActivityPermit() {
    Application application = DecisionTest.draft(Procedure.EXTENSION, ResultReceipt.MAIL);
    application
        .edit()
        .plan(
            Filing.of(Procedure.EXTENSION, Filing.Reentry.NONE, true),
            new StatusChoice("ENGINEER_HUMANITIES", null),
            null,
            "LAWYER_SCRIVENER",
            false,
            DecisionTest.NOW);
    application.submit(ReceiptNumber.of("TOKYO", 2026, 1), DecisionTest.NOW);
    application.routeTo(
        application
            .routing()
            .competentBureau(jp.zairyu.domain.model.bureau.BureauDirectory.standard()),
        DecisionTest.NOW);
    application.startExamination(DecisionTest.EXAMINER, DecisionTest.NOW);
    application.approve(DecisionTest.EXAMINER, DecisionTest.NOW);
    application
        .mailIn()
        .recordReceipt(
            DecisionTest.SUPERVISOR,
            EnumSet.copyOf(application.receiving().itemsToSend()),
            application.receiving().feeYen(),
            DecisionTest.LATER);
    application.issue(
        DecisionTest.EXAMINER,
        new ResidenceCardNumber("QZ00000044XY"),
        TrackingNumber.parse("1234-5678-9012"),
        java.util.Set.of(Procedure.ACTIVITY_OUTSIDE),
        DecisionTest.LATER.plusSeconds(60));
    return TestOfficers.withId(application, Application.class, 42L);
  }

  /** Approved for receipt at the window and handed over to the applicant (完了). */
  public static Application handedOver(String procedure) {
    Application application = approved(procedure, ResultReceipt.WINDOW);
    application.handOver(
        DecisionTest.SUPERVISOR,
        application.procedure().issuesResidenceCard()
            ? new ResidenceCardNumber("QZ00000043XY")
            : null,
        LocalDate.of(2026, 11, 27),
        "NGUYEN VAN AN",
        WindowCollector.APPLICANT,
        LocalDate.of(2026, 11, 27),
        DecisionTest.LATER.plusSeconds(86400));
    return application;
  }

  /** Under review, the examiner asked for documents (ids 101, 102, … in order). */
  public static Application withDocumentRequests(String... items) {
    Application application =
        underReview(jp.zairyu.domain.model.application.Procedure.EXTENSION, ResultReceipt.MAIL);
    long id = 101;
    for (String what : items) {
      if (application.state() == ApplicationState.AWAITING_DOCUMENTS) {
        application.answerDocumentRequest(
            "提出しました",
            new jp.zairyu.domain.model.attachment.Attachments(java.util.List.of()),
            DecisionTest.LATER);
      }
      DocumentRequest request =
          application.requestDocuments(
              DecisionTest.EXAMINER, what, TODAY.plusDays(14 + id - 101), TODAY, DecisionTest.NOW);
      TestOfficers.withId(request, DocumentRequest.class, id++);
    }
    return application;
  }

  private static Application underReview(String procedure, ResultReceipt receipt) {
    Application application = submitted(procedure, receipt);
    application.startExamination(DecisionTest.EXAMINER, DecisionTest.NOW);
    return application;
  }
}
