package jp.zairyu.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import jp.zairyu.domain.model.RuleViolation;

/**
 * A registration (利用者情報登録) from the moment the terms are accepted until the user sets a password
 * and receives the 認証ID. Approved at once when the agent registry confirms it (its mail address is
 * the registry's mailbox), otherwise reviewed by an officer, who approves or rejects it with a
 * reason. A registration that is not completed never blocks another: an approved one whose link was
 * not used in time expires, and once one registration is approved the others still open with the
 * same mail address or certificate number are superseded.
 */
@Entity
@Table(name = "registration")
public class Registration {

  public enum State {
    IN_REVIEW,
    APPROVED,
    REJECTED,
    COMPLETED,
    /** Approved, but the password was not set within the approval link's validity. */
    EXPIRED,
    /** Another registration with the same mail address or certificate number was approved. */
    SUPERSEDED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false)
  private State state;

  @Column(name = "user_kind", nullable = false, updatable = false)
  private String userKind;

  @Embedded private Registrant details;

  @Column(name = "office_id")
  private Long officeId;

  @Column(name = "terms_accepted_at", nullable = false)
  private Instant termsAcceptedAt;

  @Column(name = "review_reason_ja")
  private String reviewReasonJa;

  @Column(name = "review_reason_en")
  private String reviewReasonEn;

  @Column(name = "decision_reason")
  private String decisionReason;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Registration() {}

  /**
   * A registration whose terms were accepted.
   *
   * @param mismatch why it needs a review, or null when the registry confirmed it
   * @param officeId the office whose invitation it answers, or null
   */
  public static Registration submit(
      UserKind kind,
      Registrant details,
      boolean termsAccepted,
      RegistryMismatch mismatch,
      Long officeId,
      Instant now) {
    if (!termsAccepted) {
      throw new RuleViolation(
          "registration.terms", "利用規約に同意してください。", "Please read and accept the terms of use.");
    }
    Registration r = new Registration();
    r.userKind = kind.code();
    r.details = details;
    r.officeId = officeId;
    r.termsAcceptedAt = now;
    r.createdAt = now;
    if (mismatch == null) {
      r.state = State.APPROVED;
      r.decidedBy = "registry";
      r.decidedAt = now;
    } else {
      r.state = State.IN_REVIEW;
      r.reviewReasonJa = mismatch.ja();
      r.reviewReasonEn = mismatch.en();
    }
    return r;
  }

  public void approve(String officer, Instant now) {
    requireState(State.IN_REVIEW);
    state = State.APPROVED;
    decidedBy = officer;
    decidedAt = now;
  }

  public void reject(String officer, String reason, Instant now) {
    requireState(State.IN_REVIEW);
    String r = reason == null ? "" : reason.strip();
    if (r.isEmpty() || r.length() > 1000) {
      throw new RuleViolation(
          "registration.reason",
          "却下の理由を1000文字以内で入力してください。",
          "Give the reason for the rejection (at most 1000 characters).");
    }
    state = State.REJECTED;
    decisionReason = r;
    decidedBy = officer;
    decidedAt = now;
  }

  /** Whether it still waits for an officer or for its password (and so may be superseded). */
  public boolean open() {
    return state == State.IN_REVIEW || state == State.APPROVED;
  }

  /** An approved registration whose password link was not used in time. */
  public void expire(Instant now) {
    requireState(State.APPROVED);
    state = State.EXPIRED;
    decidedAt = now;
  }

  /**
   * Another registration with the same mail address or certificate number was approved: this one is
   * closed without a mail (its password link, if any, stops working).
   */
  public void supersede(Instant now) {
    if (!open()) {
      throw new RuleViolation(
          "registration.state",
          "この登録は既に処理されています。",
          "This registration has already been dealt with.");
    }
    state = State.SUPERSEDED;
    decidedAt = now;
  }

  /** The password was set and the account opened. */
  public void complete() {
    requireState(State.APPROVED);
    state = State.COMPLETED;
  }

  private void requireState(State expected) {
    if (state != expected) {
      throw new RuleViolation(
          "registration.state",
          "この登録は既に処理されています。",
          "This registration has already been dealt with.");
    }
  }

  public Long id() {
    return id;
  }

  public State state() {
    return state;
  }

  public UserKind kind() {
    return UserKind.byCode(userKind).orElseThrow();
  }

  public Registrant details() {
    return details;
  }

  public Optional<Long> officeId() {
    return Optional.ofNullable(officeId);
  }

  public String reviewReasonJa() {
    return reviewReasonJa;
  }

  public String reviewReasonEn() {
    return reviewReasonEn;
  }

  public String decisionReason() {
    return decisionReason;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant termsAcceptedAt() {
    return termsAcceptedAt;
  }
}
