package jp.zairyu.domain.model.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A request for additional documents (追完): what the examiner asks for and by when, and the
 * practitioner's answer. Part of the {@link Application} aggregate, which creates and answers it.
 */
@Entity
@Table(name = "document_request")
public class DocumentRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "application_id", nullable = false, updatable = false)
  private Application application;

  @Column(name = "requested_by", nullable = false, updatable = false)
  private long requestedBy;

  @Column(name = "items", nullable = false, updatable = false)
  private String items;

  @Column(name = "due_date", nullable = false, updatable = false)
  private LocalDate dueDate;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "answer_note")
  private String answerNote;

  @Column(name = "reminded_at")
  private Instant remindedAt;

  protected DocumentRequest() {}

  DocumentRequest(
      Application application, long requestedBy, String items, LocalDate dueDate, Instant now) {
    this.application = Objects.requireNonNull(application);
    this.requestedBy = requestedBy;
    this.items = Objects.requireNonNull(items);
    this.dueDate = Objects.requireNonNull(dueDate);
    this.requestedAt = Objects.requireNonNull(now);
  }

  void answer(String note, Instant now) {
    this.answerNote = note;
    this.answeredAt = now;
  }

  /**
   * The practitioner is reminded of the deadline, once.
   *
   * @return false if the request was answered or reminded already (nothing to send)
   */
  public boolean remind(Instant now) {
    if (!open() || remindedAt != null) {
      return false;
    }
    this.remindedAt = now;
    return true;
  }

  public Optional<Instant> remindedAt() {
    return Optional.ofNullable(remindedAt);
  }

  public Application application() {
    return application;
  }

  public boolean open() {
    return answeredAt == null;
  }

  public Long id() {
    return id;
  }

  public long requestedBy() {
    return requestedBy;
  }

  /** What is missing, in the examiner's words. */
  public String items() {
    return items;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public Optional<Instant> answeredAt() {
    return Optional.ofNullable(answeredAt);
  }

  public Optional<String> answerNote() {
    return Optional.ofNullable(answerNote);
  }
}
