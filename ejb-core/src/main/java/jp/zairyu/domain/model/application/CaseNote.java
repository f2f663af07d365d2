package jp.zairyu.domain.model.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.account.Officer;

/**
 * A note between the officers of a case's bureau (内部メモ): internal, never shown to the practitioner.
 * Its own small aggregate, referring to the application by id: a note is written once and never
 * changed, and writing one must neither change the application's version (an examiner's note would
 * otherwise make a supervisor's decision on the same case fail as a conflict) nor load the notes
 * with every application the portal reads.
 */
@Entity
@Table(name = "case_note")
public class CaseNote {

  /** The longest note, in characters. */
  public static final int MAX_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false, updatable = false)
  private long applicationId;

  @Column(name = "author_id", nullable = false, updatable = false)
  private long authorId;

  @Column(name = "body", nullable = false, updatable = false)
  private String body;

  @Column(name = "written_at", nullable = false, updatable = false)
  private Instant writtenAt;

  protected CaseNote() {}

  private CaseNote(long applicationId, long authorId, String body, Instant writtenAt) {
    this.applicationId = applicationId;
    this.authorId = authorId;
    this.body = body;
    this.writtenAt = writtenAt;
  }

  /**
   * An officer of the bureau the application was routed to writes a note on it. The text is
   * stripped; it must not be blank and holds at most {@value #MAX_LENGTH} characters.
   *
   * @throws RuleViolation for an officer of another bureau, an application not routed yet, or a
   *     blank or too long text
   */
  public static CaseNote write(Application application, Officer author, String text, Instant now) {
    Objects.requireNonNull(now);
    if (application.id() == null
        || application.routing().bureauCode().filter(author::worksAt).isEmpty()
        || author.id() == null) {
      throw new RuleViolation(
          "note.other-bureau",
          "この申請の局の職員だけがメモを書けます。",
          "Only officers of the application's bureau can write notes on it.");
    }
    String body = text == null ? "" : text.strip();
    if (body.isEmpty()) {
      throw new RuleViolation("note.blank", "メモの内容を入力してください。", "Enter the text of the note.");
    }
    if (body.codePointCount(0, body.length()) > MAX_LENGTH) {
      throw new RuleViolation(
          "note.too-long",
          "メモは" + MAX_LENGTH + "文字以内で入力してください。",
          "A note holds at most " + MAX_LENGTH + " characters.");
    }
    return new CaseNote(application.id(), author.id(), body, now);
  }

  public Long id() {
    return id;
  }

  public long applicationId() {
    return applicationId;
  }

  public long authorId() {
    return authorId;
  }

  public String body() {
    return body;
  }

  public Instant writtenAt() {
    return writtenAt;
  }
}
