package jp.zairyu.domain.model.maintenance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import jp.zairyu.domain.model.RuleViolation;

/**
 * A period in which the portal is closed for maintenance, with the notice shown to its users in
 * Japanese and English. Scheduled only for the future; its end lies after its start.
 */
@Entity
@Table(name = "maintenance_window")
public class MaintenanceWindow {

  /** The longest notice, per language (the column's size). */
  public static final int MAX_MESSAGE_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(name = "message_ja", nullable = false)
  private String messageJa;

  @Column(name = "message_en", nullable = false)
  private String messageEn;

  @Column(name = "scheduled_by", nullable = false, updatable = false)
  private long scheduledBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected MaintenanceWindow() {}

  private MaintenanceWindow(
      Instant startsAt,
      Instant endsAt,
      String messageJa,
      String messageEn,
      long scheduledBy,
      Instant now) {
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.messageJa = messageJa;
    this.messageEn = messageEn;
    this.scheduledBy = scheduledBy;
    this.createdAt = now;
  }

  /**
   * Schedules a window.
   *
   * @throws RuleViolation when a value is missing, the end is not after the start, the start is in
   *     the past or a notice is too long
   */
  public static MaintenanceWindow schedule(
      Instant startsAt,
      Instant endsAt,
      String messageJa,
      String messageEn,
      long scheduledBy,
      Instant now) {
    if (startsAt == null || endsAt == null) {
      throw new RuleViolation(
          "maintenance.period-required",
          "開始日時と終了日時を入力してください。",
          "Enter the start and the end of the maintenance.");
    }
    if (!endsAt.isAfter(startsAt)) {
      throw new RuleViolation(
          "maintenance.end-before-start",
          "終了日時は開始日時より後の日時を入力してください。",
          "The end must be after the start.");
    }
    if (startsAt.isBefore(now)) {
      throw new RuleViolation(
          "maintenance.start-in-past",
          "開始日時に過去の日時は指定できません。現在より後の日時を入力してください。",
          "The start cannot be in the past. Enter a time from now on.");
    }
    String ja = messageJa == null ? "" : messageJa.strip();
    String en = messageEn == null ? "" : messageEn.strip();
    if (ja.isEmpty() || en.isEmpty()) {
      throw new RuleViolation(
          "maintenance.message-required",
          "お知らせの文面を日本語と英語の両方で入力してください。",
          "Enter the notice in both Japanese and English.");
    }
    if (ja.length() > MAX_MESSAGE_LENGTH || en.length() > MAX_MESSAGE_LENGTH) {
      throw new RuleViolation(
          "maintenance.message-too-long",
          "お知らせの文面は" + MAX_MESSAGE_LENGTH + "文字以内で入力してください。",
          "The notice may have at most " + MAX_MESSAGE_LENGTH + " characters per language.");
    }
    return new MaintenanceWindow(startsAt, endsAt, ja, en, scheduledBy, now);
  }

  public Long id() {
    return id;
  }

  public Instant startsAt() {
    return startsAt;
  }

  public Instant endsAt() {
    return endsAt;
  }

  public String messageJa() {
    return messageJa;
  }

  public String messageEn() {
    return messageEn;
  }

  public long scheduledBy() {
    return scheduledBy;
  }

  /** In force at {@code now}: from its start (inclusive) to its end (exclusive). */
  public boolean isInForceAt(Instant now) {
    return !now.isBefore(startsAt) && now.isBefore(endsAt);
  }
}
