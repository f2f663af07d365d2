package jp.zairyu.domain.model.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.account.Officer;
import jp.zairyu.domain.model.attachment.Attachment;
import jp.zairyu.domain.model.attachment.AttachmentKind;
import jp.zairyu.domain.model.attachment.Attachments;
import jp.zairyu.domain.model.attachment.CheckedFile;
import jp.zairyu.domain.model.bureau.BureauDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Additional documents (追完): the examiner asks, the practitioner answers, examination goes on. */
class DocumentRequestTest {

  private static final Instant NOW = Instant.parse("2026-11-26T01:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  private static final Attachments NONE = new Attachments(List.of());

  private final Officer examiner = officer(1L);
  private final Officer colleague = officer(2L);

  private static Officer officer(long id) {
    return TestOfficers.examiner(id, "TOKYO");
  }

  private static Attachment pdf(Instant uploadedAt) {
    return new Attachment(
        0L,
        AttachmentKind.DOCUMENT,
        "PASSPORT",
        "passport.pdf",
        new CheckedFile(
            CheckedFile.PDF, 1000, Long.toHexString(uploadedAt.toEpochMilli()), null, null),
        uploadedAt);
  }

  @Test
  void duringTheRequestFilesAreAddedButWhatTheBureauHasStays() {
    Application application = underReview();
    Attachment before = pdf(NOW.minusSeconds(3600));
    application.requestDocuments(examiner, "住民票", TODAY.plusDays(7), TODAY, NOW);
    assertThat(application.allows(ApplicationAction.ATTACH)).isTrue();
    assertThatThrownBy(() -> application.files().detach(before, NOW))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("already submitted");
    application
        .files()
        .detach(pdf(NOW.plusSeconds(1)), NOW); // added for this request: may go again
    application.answerDocumentRequest(
        null, new Attachments(List.of(before, pdf(NOW.plusSeconds(2)))), NOW);
    assertThat(application.allows(ApplicationAction.ATTACH)).isFalse();
  }

  private Application underReview() {
    Application application = ApplicationTest.extensionDraft(ApplicationTest.complete("東京都"));
    application.submit(ReceiptNumber.of("TOKYO", 2026, 1), NOW);
    application.routeTo(application.routing().competentBureau(BureauDirectory.standard()), NOW);
    application.startExamination(examiner, NOW);
    TestOfficers.withId(application, Application.class, 0L); // attachments name it by id
    return application;
  }

  @Test
  void theExaminerAsksThePractitionerAnswersAndExaminationGoesOn() {
    Application application = underReview();

    application.requestDocuments(
        examiner, "  在職証明書 / certificate of employment ", TODAY.plusDays(14), TODAY, NOW);
    assertThat(application.state()).isEqualTo(ApplicationState.AWAITING_DOCUMENTS);
    DocumentRequest request = application.documentRequests().open().orElseThrow();
    assertThat(request.items()).isEqualTo("在職証明書 / certificate of employment");
    assertThat(request.dueDate()).isEqualTo(TODAY.plusDays(14));
    assertThat(application.allows(ApplicationAction.WITHDRAW)).isTrue();

    application.answerDocumentRequest("添付しました。", NONE, NOW.plusSeconds(60));
    assertThat(application.state()).isEqualTo(ApplicationState.UNDER_REVIEW);
    assertThat(application.documentRequests().open()).isEmpty();
    assertThat(application.documentRequests().all())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.answeredAt()).contains(NOW.plusSeconds(60));
              assertThat(r.answerNote()).contains("添付しました。");
            });

    // A second round is a second request; the first stays in the history.
    application.requestDocuments(examiner, "住民票", TODAY.plusDays(7), TODAY, NOW);
    assertThat(application.documentRequests().all()).hasSize(2);
    assertThatThrownBy(() -> application.answerDocumentRequest(" ", NONE, NOW))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("Attach the documents asked for");
    Attachments old = new Attachments(List.of(pdf(NOW.minusSeconds(3600))));
    assertThatThrownBy(() -> application.answerDocumentRequest(null, old, NOW))
        .isInstanceOf(RuleViolation.class);
    application.answerDocumentRequest(" ", new Attachments(List.of(pdf(NOW.plusSeconds(5)))), NOW);
    assertThat(application.documentRequests().all().get(1).answerNote()).isEmpty();
    application.approve(examiner, NOW);
    assertThat(application.state()).isEqualTo(ApplicationState.APPROVED_AWAITING_ISSUANCE);
  }

  @ParameterizedTest(name = "due in {0} days is refused")
  @CsvSource({"0", "-1", "91", "365"})
  void theDeadlineIsBetweenTomorrowAndNinetyDays(int days) {
    Application application = underReview();
    assertThatThrownBy(
            () -> application.requestDocuments(examiner, "住民票", TODAY.plusDays(days), TODAY, NOW))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("deadline");
    assertThat(application.state()).isEqualTo(ApplicationState.UNDER_REVIEW);
    assertThat(application.documentRequests().all()).isEmpty();
  }

  @Test
  void theLastAllowedDeadlinesAreAccepted() {
    Application tomorrow = underReview();
    tomorrow.requestDocuments(examiner, "住民票", TODAY.plusDays(1), TODAY, NOW);
    Application longest = underReview();
    longest.requestDocuments(examiner, "住民票", TODAY.plusDays(90), TODAY, NOW);
    assertThat(longest.state()).isEqualTo(ApplicationState.AWAITING_DOCUMENTS);
  }

  @Test
  void theRequestMustSayWhatIsMissing() {
    Application application = underReview();
    assertThatThrownBy(
            () -> application.requestDocuments(examiner, " ", TODAY.plusDays(7), TODAY, NOW))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("Say which documents");
    assertThatThrownBy(
            () ->
                application.requestDocuments(
                    examiner, "x".repeat(2001), TODAY.plusDays(7), TODAY, NOW))
        .isInstanceOf(RuleViolation.class);
    assertThat(application.state()).isEqualTo(ApplicationState.UNDER_REVIEW);
  }

  @Test
  void onlyTheAssignedExaminerAsks() {
    Application application = underReview();
    assertThatThrownBy(
            () -> application.requestDocuments(colleague, "住民票", TODAY.plusDays(7), TODAY, NOW))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("not the examiner");
  }

  @Test
  void nothingIsAnsweredWhenNothingWasAsked() {
    Application application = underReview();
    assertThatThrownBy(() -> application.answerDocumentRequest("note", NONE, NOW))
        .isInstanceOf(RuleViolation.class);
    assertThat(application.state()).isEqualTo(ApplicationState.UNDER_REVIEW);
  }

  @Test
  void noDecisionWhileWaitingForDocumentsAndTheNoteHasALimit() {
    Application application = underReview();
    application.requestDocuments(examiner, "住民票", TODAY.plusDays(7), TODAY, NOW);
    assertThatThrownBy(() -> application.approve(examiner, NOW)).isInstanceOf(RuleViolation.class);
    assertThatThrownBy(() -> application.answerDocumentRequest("x".repeat(1001), NONE, NOW))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("1,000");
    assertThat(application.state()).isEqualTo(ApplicationState.AWAITING_DOCUMENTS);
  }
}
