package jp.zairyu.domain.model.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.attachment.Attachment;
import jp.zairyu.domain.model.attachment.AttachmentKind;
import jp.zairyu.domain.model.attachment.Attachments;
import jp.zairyu.domain.model.attachment.CheckedFile;
import jp.zairyu.domain.model.attachment.DocumentType;
import jp.zairyu.domain.model.attachment.UploadLimits;
import org.junit.jupiter.api.Test;

class ApplicationAttachmentsTest {

  private static final Instant NOW = Instant.parse("2026-11-26T01:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  private final Application draft =
      withId(ApplicationTest.extensionDraft(ApplicationTest.complete("東京都")));
  private final List<Attachment> attached = new ArrayList<>();

  private static Application withId(Application application) {
    return TestOfficers.withId(application, Application.class, 42L);
  }

  private static CheckedFile photo(String sha) {
    return new CheckedFile(CheckedFile.JPEG, 500_000, sha, 600, 800);
  }

  private static CheckedFile pdf(String sha, long size) {
    return new CheckedFile(CheckedFile.PDF, size, sha, null, null);
  }

  private Attachment attach(AttachmentKind kind, String type, CheckedFile file) {
    Attachment a =
        draft
            .files()
            .attach(kind, type, "../x/" + type + ".pdf", file, new Attachments(attached), NOW);
    attached.add(a);
    return a;
  }

  @Test
  void aDraftTakesAPhotoAndDocumentsOfItsChecklist() {
    Attachment photo = attach(AttachmentKind.FACE_PHOTO, null, photo("a"));
    Attachment passport = attach(AttachmentKind.DOCUMENT, "PASSPORT", pdf("b", 1000));

    assertThat(photo.applicationId()).isEqualTo(42L);
    assertThat(photo.documentType()).isEmpty();
    assertThat(passport.documentType()).contains("PASSPORT");
    assertThat(passport.fileName()).isEqualTo("PASSPORT.pdf");
    assertThat(new Attachments(attached).totalBytes()).isEqualTo(501_000);
  }

  @Test
  void aSecondPhotoTheSameFileTwiceAndADocumentOffTheChecklistAreRefused() {
    attach(AttachmentKind.FACE_PHOTO, null, photo("a"));
    attach(AttachmentKind.DOCUMENT, "PASSPORT", pdf("b", 1000));

    assertThatThrownBy(() -> attach(AttachmentKind.FACE_PHOTO, null, photo("c")))
        .hasFieldOrPropertyWithValue("code", "attachment.photo.one");
    assertThatThrownBy(() -> attach(AttachmentKind.DOCUMENT, "PASSPORT", pdf("b", 1000)))
        .hasFieldOrPropertyWithValue("code", "attachment.duplicate");
    assertThatThrownBy(() -> attach(AttachmentKind.DOCUMENT, "ADMISSION_LETTER", pdf("d", 1000)))
        .hasFieldOrPropertyWithValue("code", "attachment.document-type");
    assertThatThrownBy(() -> attach(AttachmentKind.DOCUMENT, null, pdf("d", 1000)))
        .hasFieldOrPropertyWithValue("code", "attachment.document-type");
  }

  @Test
  void oneFileServesTwoDocumentsOfTheChecklistButNotTheSameOneTwice() {
    Attachment passport = attach(AttachmentKind.DOCUMENT, "PASSPORT", pdf("b", 1000));
    Attachment other = attach(AttachmentKind.DOCUMENT, "OTHER", pdf("b", 1000));

    assertThat(other.documentType()).contains("OTHER");
    assertThat(other.sha256()).isEqualTo(passport.sha256());
    assertThatThrownBy(() -> attach(AttachmentKind.DOCUMENT, "OTHER", pdf("b", 1000)))
        .isInstanceOfSatisfying(
            jp.zairyu.domain.model.RuleViolation.class,
            v -> {
              assertThat(v.code()).isEqualTo("attachment.duplicate");
              assertThat(v.messageEn()).contains("this kind of document");
            });
    assertThat(new Attachments(attached).totalBytes()).isEqualTo(2_000);
  }

  @Test
  void theTotalIncludingThePhotoIsAtMost25Megabytes() {
    attach(AttachmentKind.FACE_PHOTO, null, photo("a"));
    attach(AttachmentKind.DOCUMENT, "PASSPORT", pdf("b", UploadLimits.TOTAL_BYTES - 500_000 - 10));

    assertThatThrownBy(() -> attach(AttachmentKind.DOCUMENT, "OTHER", pdf("c", 11)))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            v -> {
              assertThat(v.code()).isEqualTo("attachment.total-too-large");
              assertThat(v.messageJa()).contains("ファイルが大きすぎます").contains("25 MB");
              assertThat(v.messageEn()).contains("The file is too large").contains("25 MB");
            });
    attach(AttachmentKind.DOCUMENT, "OTHER", pdf("c", 10));
    assertThat(new Attachments(attached).totalBytes()).isEqualTo(UploadLimits.TOTAL_BYTES);
  }

  @Test
  void afterSubmissionAttachmentsAreReadOnly() {
    Attachment photo = attach(AttachmentKind.FACE_PHOTO, null, photo("a"));
    draft.submit(ReceiptNumber.of("TOKYO", 2026, 1), NOW);

    assertThat(draft.allows(ApplicationAction.ATTACH)).isFalse();
    assertThatThrownBy(() -> attach(AttachmentKind.DOCUMENT, "PASSPORT", pdf("b", 1000)))
        .hasFieldOrPropertyWithValue("code", "application.state.attach");
    assertThatThrownBy(() -> draft.files().detach(photo, NOW))
        .hasFieldOrPropertyWithValue("code", "application.state.detach");
  }

  @Test
  void theChecklistFollowsTheProcedureAndTheStatus() {
    assertThat(draft.form().documentChecklist(draft.procedure()))
        .extracting(DocumentType::code)
        .containsExactly(
            "PASSPORT", "RESIDENCE_CARD", "EMPLOYMENT_TERMS", "TAX_CERTIFICATES", "OTHER");
    assertThat(DocumentType.checklist(Procedure.COE, "STUDENT", null))
        .extracting(DocumentType::code)
        .containsExactly("PASSPORT", "ADMISSION_LETTER", "FUNDING_PROOF", "OTHER");
    assertThat(DocumentType.checklist(Procedure.EXTENSION, "SPOUSE_OF_JAPANESE", null))
        .extracting(DocumentType::code)
        .contains("RESIDENCE_CARD", "MARRIAGE_RECORD", "LETTER_OF_GUARANTEE")
        .doesNotContain("EMPLOYMENT_TERMS");
    assertThat(DocumentType.checklist(Procedure.CHANGE, null, null))
        .extracting(DocumentType::code)
        .containsExactly("PASSPORT", "RESIDENCE_CARD", "OTHER");
    assertThat(DocumentType.byCode("OTHER").orElseThrow().required()).isFalse();
  }

  @Test
  void aDesignatedActivityAsksTheDocumentsOfItsDesignation() {
    Procedure extension = Procedure.byCode("EXTENSION").orElseThrow();
    Application designated = Application.draft(8L, extension, ApplicationTest.complete("東京都"), NOW);
    designated
        .edit()
        .plan(
            new Filing(extension, Filing.Reentry.NONE, false),
            new StatusChoice("DESIGNATED", "46号"),
            null,
            "LAWYER_SCRIVENER",
            false,
            NOW);

    assertThat(designated.form().documentChecklist(designated.procedure()))
        .extracting(DocumentType::code)
        .contains("DESIGNATED_ACTIVITY_PLAN", "GRADUATION_AND_JAPANESE")
        .doesNotContain("STATEMENT_OF_REASONS", "RETURN_TICKET_OR_FUNDS");
  }

  @Test
  void noFacePhotoIsNeededUnder16() {
    assertThat(draft.form().needsFacePhoto(TODAY)).isTrue();
    Application child =
        ApplicationTest.extensionDraft(
            new Applicant(
                "CHILD", "ベトナム", LocalDate.of(2010, 11, 27), "AB12345678CD", "東京都", "新宿区1", TODAY));
    assertThat(child.form().needsFacePhoto(TODAY)).isFalse();
    assertThat(child.form().needsFacePhoto(TODAY.plusDays(1))).isTrue();
  }

  @Test
  void theCheckListOfTheListNamesTheMissingFieldsThenTheFacePhotoUntilOneIsAttached() {
    List<String> before = draft.completeness().stillNeeded(TODAY, new Attachments(attached));
    assertThat(before).endsWith("顔写真の添付 / Face photo");
    assertThat(before.subList(0, before.size() - 1))
        .isEqualTo(draft.completeness().missingFields());

    attach(AttachmentKind.FACE_PHOTO, null, photo("a"));
    assertThat(draft.completeness().stillNeeded(TODAY, new Attachments(attached)))
        .isEqualTo(draft.completeness().missingFields())
        .doesNotContain("顔写真の添付 / Face photo");
  }
}
