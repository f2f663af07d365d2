package jp.zairyu.domain.model.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An examiner's proposal to deny (不許可; 不交付 for a COE) with the reasons the practitioner will read,
 * waiting for a supervisor of the same bureau (four-eyes): confirmed, it becomes the decision;
 * returned, it stays in the history with the supervisor's note. Part of the {@link Application}
 * aggregate, which creates and settles it.
 */
@Entity
@Table(name = "denial_proposal")
public class DenialProposal {

  /** Where the proposal stands. */
  public enum Outcome {
    PENDING,
    CONFIRMED,
    RETURNED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "application_id", nullable = false, updatable = false)
  private Application application;

  @Column(name = "proposed_by", nullable = false, updatable = false)
  private long proposedBy;

  @Column(name = "reason", nullable = false, updatable = false)
  private String reason;

  @Column(name = "proposed_at", nullable = false, updatable = false)
  private Instant proposedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false)
  private Outcome outcome = Outcome.PENDING;

  @Column(name = "settled_by")
  private Long settledBy;

  @Column(name = "settled_at")
  private Instant settledAt;

  @Column(name = "return_note")
  private String returnNote;

  protected DenialProposal() {}

  DenialProposal(Application application, long proposedBy, String reason, Instant now) {
    this.application = Objects.requireNonNull(application);
    this.proposedBy = proposedBy;
    this.reason = Objects.requireNonNull(reason);
    this.proposedAt = Objects.requireNonNull(now);
  }

  void confirm(long supervisor, Instant now) {
    settle(Outcome.CONFIRMED, supervisor, null, now);
  }

  void sendBack(long supervisor, String note, Instant now) {
    settle(Outcome.RETURNED, supervisor, note, now);
  }

  private void settle(Outcome result, long supervisor, String note, Instant now) {
    if (outcome != Outcome.PENDING) {
      throw new IllegalStateException("Proposal " + id + " is already " + outcome);
    }
    this.outcome = result;
    this.settledBy = supervisor;
    this.settledAt = now;
    this.returnNote = note;
  }

  public boolean pending() {
    return outcome == Outcome.PENDING;
  }

  public Long id() {
    return id;
  }

  public long proposedBy() {
    return proposedBy;
  }

  /** The reasons for the denial, in the examiner's words, as the practitioner will read them. */
  public String reason() {
    return reason;
  }

  public Instant proposedAt() {
    return proposedAt;
  }

  public Outcome outcome() {
    return outcome;
  }

  public Optional<Long> settledBy() {
    return Optional.ofNullable(settledBy);
  }

  public Optional<Instant> settledAt() {
    return Optional.ofNullable(settledAt);
  }

  /** Why the supervisor sent it back, for a returned proposal. */
  public Optional<String> returnNote() {
    return Optional.ofNullable(returnNote);
  }
}
