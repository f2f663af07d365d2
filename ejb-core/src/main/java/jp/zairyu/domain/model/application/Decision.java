package jp.zairyu.domain.model.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The decision on an application (columns of {@code application}): when, by whom — the examiner for
 * an approval, the supervisor for a denial — and a denial's reasons. Empty until decided; the
 * {@link Application} decides when (its {@code approve} and {@code confirmDenial}).
 */
@Embeddable
public class Decision {

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by")
  private Long decidedBy;

  @Column(name = "denial_reason")
  private String denialReason;

  protected Decision() {}

  private Decision(Instant decidedAt, Long decidedBy, String denialReason) {
    this.decidedAt = decidedAt;
    this.decidedBy = decidedBy;
    this.denialReason = denialReason;
  }

  /** Nothing decided yet. */
  static Decision none() {
    return new Decision();
  }

  /** Approved by the examiner. */
  static Decision approval(Long examinerId, Instant now) {
    return new Decision(now, examinerId, null);
  }

  /** Denied by the supervisor who confirmed the proposal, with its reasons. */
  static Decision denial(Long supervisorId, String reason, Instant now) {
    return new Decision(now, supervisorId, reason);
  }

  public Optional<Instant> decidedAt() {
    return Optional.ofNullable(decidedAt);
  }

  /** The day of the decision in Japan. */
  Optional<LocalDate> decidedOn() {
    return decidedAt().map(at -> LocalDate.ofInstant(at, Application.JAPAN));
  }

  /** The officer who decided: the examiner for an approval, the supervisor for a denial. */
  public Optional<Long> decidedBy() {
    return Optional.ofNullable(decidedBy);
  }

  /** The reasons of the denial, once denied. */
  public Optional<String> denialReason() {
    return Optional.ofNullable(denialReason);
  }
}
