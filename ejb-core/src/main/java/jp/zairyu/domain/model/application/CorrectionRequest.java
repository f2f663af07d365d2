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
import java.util.Objects;
import java.util.Optional;

/**
 * A correction request (訂正の申出): after submission the practitioner tells the bureau that something
 * in the application is wrong and what it should say — what ISA's online system leaves to a phone
 * call. The submitted content stays as it was (it is what the bureau received); the examiner reads
 * the request with the case and acknowledges it. Part of the {@link Application} aggregate, which
 * creates and acknowledges it.
 */
@Entity
@Table(name = "correction_request")
public class CorrectionRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "application_id", nullable = false, updatable = false)
  private Application application;

  @Column(name = "requested_by", nullable = false, updatable = false)
  private long requestedBy;

  @Column(name = "item", nullable = false, updatable = false)
  private String item;

  @Column(name = "correction", nullable = false, updatable = false)
  private String correction;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @Column(name = "acknowledged_by")
  private Long acknowledgedBy;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  protected CorrectionRequest() {}

  CorrectionRequest(
      Application application, long requestedBy, String item, String correction, Instant now) {
    this.application = Objects.requireNonNull(application);
    this.requestedBy = requestedBy;
    this.item = Objects.requireNonNull(item);
    this.correction = Objects.requireNonNull(correction);
    this.requestedAt = Objects.requireNonNull(now);
  }

  void acknowledge(long officerId, Instant now) {
    this.acknowledgedBy = officerId;
    this.acknowledgedAt = now;
  }

  public Long id() {
    return id;
  }

  public long requestedBy() {
    return requestedBy;
  }

  /** Which part of the application is wrong (e.g. 「旅券番号」), in the practitioner's words. */
  public String item() {
    return item;
  }

  /** What it should say, and why. */
  public String correction() {
    return correction;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  /** Not yet read and acknowledged by an officer of the bureau. */
  public boolean open() {
    return acknowledgedAt == null;
  }

  public Optional<Long> acknowledgedBy() {
    return Optional.ofNullable(acknowledgedBy);
  }

  public Optional<Instant> acknowledgedAt() {
    return Optional.ofNullable(acknowledgedAt);
  }
}
