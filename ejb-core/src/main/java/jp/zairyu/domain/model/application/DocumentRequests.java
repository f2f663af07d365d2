package jp.zairyu.domain.model.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.attachment.Attachment;
import jp.zairyu.domain.model.attachment.Attachments;

/**
 * The requests for additional documents (追完) of one application, oldest first, with their rules:
 * what is asked and by when, and what an answer must carry. The rows are the aggregate's ({@code
 * document_request}); the {@link Application} decides when one may be asked or answered.
 */
public final class DocumentRequests {

  /** The longest an examiner may give for additional documents. */
  public static final int LONGEST_DEADLINE_DAYS = 90;

  private final List<DocumentRequest> requests;

  DocumentRequests(List<DocumentRequest> requests) {
    this.requests = requests;
  }

  /** Every request, oldest first. */
  public List<DocumentRequest> all() {
    return Collections.unmodifiableList(requests);
  }

  /** The request waiting for an answer, if any. */
  public Optional<DocumentRequest> open() {
    return requests.stream().filter(DocumentRequest::open).findFirst();
  }

  /** Whether the attachment was added for the open request (after it was made). */
  boolean addedForOpen(Attachment attachment) {
    return open().filter(r -> !attachment.uploadedAt().isBefore(r.requestedAt())).isPresent();
  }

  /**
   * Asks for documents: what (at most 2,000 characters) and by when (after today, at most {@value
   * #LONGEST_DEADLINE_DAYS} days ahead).
   */
  DocumentRequest ask(
      Application application,
      long examinerId,
      String items,
      LocalDate due,
      LocalDate today,
      Instant now) {
    String what = items == null ? "" : items.strip();
    if (what.isEmpty() || what.length() > 2000) {
      throw new RuleViolation(
          "application.document-request.items",
          "求める書類を2000文字以内で入力してください。",
          "Say which documents are needed (at most 2,000 characters).");
    }
    if (due == null || !due.isAfter(today) || due.isAfter(today.plusDays(LONGEST_DEADLINE_DAYS))) {
      throw new RuleViolation(
          "application.document-request.due",
          "提出期限は明日から" + LONGEST_DEADLINE_DAYS + "日以内の日付を指定してください。",
          "The deadline must be between tomorrow and "
              + LONGEST_DEADLINE_DAYS
              + " days from today.");
    }
    DocumentRequest request = new DocumentRequest(application, examinerId, what, due, now);
    requests.add(request);
    return request;
  }

  /** Answers the open request: documents attached for it, or a note (at most 1,000 characters). */
  void answer(String note, Attachments attachments, Instant now) {
    String n = note == null || note.isBlank() ? null : note.strip();
    if (n == null && attachments.items().stream().noneMatch(this::addedForOpen)) {
      throw new RuleViolation(
          "application.document-request.empty",
          "求められた資料を添付するか、審査官への連絡事項を入力してください。",
          "Attach the documents asked for, or write a note to the examiner.");
    }
    if (n != null && n.length() > 1000) {
      throw new RuleViolation(
          "application.document-request.note",
          "審査官への連絡事項は1000文字以内で入力してください。",
          "The note to the examiner can have at most 1,000 characters.");
    }
    open().orElseThrow().answer(n, now);
  }
}
