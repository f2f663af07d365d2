package jp.zairyu.domain.model.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Optional;
import jp.zairyu.domain.model.RuleViolation;

/**
 * The stay part of the official forms: the period of stay held now and its date of expiry (for an
 * applicant in Japan), the period applied for, the reason for the application, the criminal record
 * (yes/no and, when yes, what), and for a COE the intended port and date of entry. Periods are
 * whole months (our rule: 1 month to 5 years). Anything may be missing in a draft; what is entered
 * must be well formed. The period applied for may instead be indefinite (無期限), for a status whose
 * period is ({@code indefinite-periods.csv}, e.g. 高度専門職2号); so may the period held now, for a
 * holder of such a status, and then it has no date of expiry: the residence card's 在留期間（満了日） reads
 * 無期限, and nothing ends on a last day (the card's own validity is not a field of the form). The
 * application checks which status allows which.
 */
@Embeddable
public class StayDetails {

  public static final int LONGEST_PERIOD_MONTHS = 60;
  static final int MAX_REASON = 1000;
  static final int MAX_CRIMINAL_DETAILS = 500;
  static final int MAX_PORT = 50;

  @Column(name = "current_period_months")
  private Integer currentPeriodMonths;

  @Column(name = "current_period_expiry")
  private LocalDate currentExpiry;

  // Null when a draft has no stay details yet, or was saved before V18 (read as false).
  @Column(name = "current_period_indefinite")
  private Boolean currentIndefinite;

  @Column(name = "desired_period_months")
  private Integer desiredPeriodMonths;

  // Null when a draft has no stay details yet (JPA writes the embedded columns as nulls).
  @Column(name = "desired_period_indefinite")
  private Boolean desiredIndefinite;

  @Column(name = "application_reason")
  private String reason;

  @Column(name = "criminal_record")
  private Boolean criminalRecord;

  @Column(name = "criminal_record_details")
  private String criminalDetails;

  @Column(name = "entry_port")
  private String entryPort;

  @Column(name = "entry_date")
  private LocalDate entryDate;

  protected StayDetails() {}

  /** The stay with periods (held now, applied for) in months or none yet, neither indefinite. */
  public StayDetails(
      Integer currentPeriodMonths,
      LocalDate currentExpiry,
      Integer desiredPeriodMonths,
      String reason,
      Boolean criminalRecord,
      String criminalDetails,
      String entryPort,
      LocalDate entryDate,
      LocalDate today) {
    this(
        currentPeriodMonths,
        false,
        currentExpiry,
        desiredPeriodMonths,
        false,
        reason,
        criminalRecord,
        criminalDetails,
        entryPort,
        entryDate,
        today);
  }

  /**
   * @param currentIndefinite the period held now is indefinite (無期限); then neither months nor a
   *     date of expiry are given
   * @param desiredIndefinite the period applied for is indefinite (無期限); then no months are given
   * @param criminalRecord true: has a criminal record (in Japan or abroad), false: none, null: not
   *     answered yet
   * @param today the date in Japan
   */
  public StayDetails(
      Integer currentPeriodMonths,
      boolean currentIndefinite,
      LocalDate currentExpiry,
      Integer desiredPeriodMonths,
      boolean desiredIndefinite,
      String reason,
      Boolean criminalRecord,
      String criminalDetails,
      String entryPort,
      LocalDate entryDate,
      LocalDate today) {
    if (currentIndefinite && currentPeriodMonths != null) {
      throw new RuleViolation(
          "stay.current-period-indefinite-months",
          "現在の在留期間は「無期限」か年月のどちらか一方としてください。",
          "The current period of stay is either indefinite or a number of months, not both.");
    }
    if (currentIndefinite && currentExpiry != null) {
      throw indefiniteHasNoExpiry();
    }
    if (desiredIndefinite && desiredPeriodMonths != null) {
      throw new RuleViolation(
          "stay.period-indefinite-months",
          "希望する在留期間は「無期限」か年月のどちらか一方を選んでください。",
          "The period applied for is either indefinite or a number of months, not both.");
    }
    this.currentIndefinite = currentIndefinite;
    this.desiredIndefinite = desiredIndefinite;
    this.currentPeriodMonths = period(currentPeriodMonths, "現在の在留期間", "The current period of stay");
    this.desiredPeriodMonths = period(desiredPeriodMonths, "希望する在留期間", "The period applied for");
    if (currentExpiry != null && !currentExpiry.isAfter(today)) {
      throw expired();
    }
    this.currentExpiry = currentExpiry;
    this.reason = FormFields.text(reason, MAX_REASON, "申請理由", "The reason for the application");
    this.criminalRecord = criminalRecord;
    String details =
        FormFields.text(
            criminalDetails,
            MAX_CRIMINAL_DETAILS,
            "犯罪歴の具体的内容",
            "The details of the criminal record");
    if (details != null && !Boolean.TRUE.equals(criminalRecord)) {
      throw new RuleViolation(
          "stay.criminal-details",
          "犯罪歴の具体的内容は、犯罪歴「有」を選んだ場合にのみ入力してください。",
          "Give details of a criminal record only when you answer that there is one.");
    }
    this.criminalDetails = details;
    this.entryPort = FormFields.text(entryPort, MAX_PORT, "入国予定港", "The intended port of entry");
    if (entryDate != null && !entryDate.isAfter(today)) {
      throw new RuleViolation(
          "stay.entry-date",
          "入国予定年月日は明日以降の日付を入力してください。",
          "The expected date of entry must be after today.");
    }
    this.entryDate = entryDate;
  }

  static StayDetails none() {
    return new StayDetails();
  }

  /** The same stay without a period applied for (after the status applied for changed). */
  StayDetails withoutDesiredPeriod() {
    StayDetails copy = copy();
    copy.desiredPeriodMonths = null;
    copy.desiredIndefinite = null;
    return copy;
  }

  /**
   * The same stay without the period held now nor its date of expiry (after the status held now
   * changed between one with an indefinite period and one without).
   */
  StayDetails withoutCurrentPeriod() {
    StayDetails copy = copy();
    copy.currentPeriodMonths = null;
    copy.currentIndefinite = null;
    copy.currentExpiry = null;
    return copy;
  }

  private StayDetails copy() {
    StayDetails copy = new StayDetails();
    copy.currentPeriodMonths = currentPeriodMonths;
    copy.currentIndefinite = currentIndefinite;
    copy.currentExpiry = currentExpiry;
    copy.desiredPeriodMonths = desiredPeriodMonths;
    copy.desiredIndefinite = desiredIndefinite;
    copy.reason = reason;
    copy.criminalRecord = criminalRecord;
    copy.criminalDetails = criminalDetails;
    copy.entryPort = entryPort;
    copy.entryDate = entryDate;
    return copy;
  }

  /**
   * An indefinite period of stay has no date of expiry: the residence card's 在留期間（満了日） reads 無期限.
   */
  static RuleViolation indefiniteHasNoExpiry() {
    return new RuleViolation(
        "stay.current-indefinite-expiry",
        "在留期間が無期限の方には在留期間の満了日はありません（在留カードの「在留期間（満了日）」欄も「無期限」です）。満了日は入力しないでください。",
        "An indefinite period of stay has no date of expiry (the residence card's \"period of"
            + " stay (date of expiration)\" reads indefinite): leave the date empty.");
  }

  /**
   * An application cannot be filed online on the last day of the period of stay, nor after it: the
   * date of expiry must be after today.
   */
  static RuleViolation expired() {
    return new RuleViolation(
        "stay.expired",
        "在留期間の満了日の当日及び満了日を過ぎてからは、オンラインで申請できません（満了日は明日以降であること）。",
        "An application cannot be filed online on the last day of the period of stay or after it"
            + " (the date of expiry must be after today).");
  }

  private static Integer period(Integer months, String ja, String en) {
    if (months != null && (months < 1 || months > LONGEST_PERIOD_MONTHS)) {
      throw new RuleViolation(
          "stay.period", ja + "は1月から5年の間で選んでください。", en + " must be between 1 month and 5 years.");
    }
    return months;
  }

  /** A period of stay as the forms write it: 3年, 1年6月, 6月. */
  public static String periodLabel(Integer months) {
    if (months == null) {
      return "";
    }
    int years = months / 12;
    int rest = months % 12;
    return (years > 0 ? years + "年" : "") + (rest > 0 ? rest + "月" : "");
  }

  public Optional<Integer> currentPeriodMonths() {
    return Optional.ofNullable(currentPeriodMonths);
  }

  /** Whether the period of stay held now is indefinite (無期限); then it has no date of expiry. */
  public boolean currentIndefinite() {
    return Boolean.TRUE.equals(currentIndefinite);
  }

  /** The period held now as the forms write it: 無期限, 3年, 1年6月; "" if none yet. */
  public String currentPeriodLabel() {
    return currentIndefinite() ? INDEFINITE_JA : periodLabel(currentPeriodMonths);
  }

  public Optional<LocalDate> currentExpiry() {
    return Optional.ofNullable(currentExpiry);
  }

  public Optional<Integer> desiredPeriodMonths() {
    return Optional.ofNullable(desiredPeriodMonths);
  }

  /** Whether the period applied for is indefinite (無期限). */
  public boolean desiredIndefinite() {
    return Boolean.TRUE.equals(desiredIndefinite);
  }

  /** The period applied for as the forms write it: 無期限, 3年, 1年6月; "" if none yet. */
  public String desiredPeriodLabel() {
    return desiredIndefinite() ? INDEFINITE_JA : periodLabel(desiredPeriodMonths);
  }

  /** How the forms write an indefinite period of stay. */
  public static final String INDEFINITE_JA = "無期限";

  public String reason() {
    return reason;
  }

  public Optional<Boolean> criminalRecord() {
    return Optional.ofNullable(criminalRecord);
  }

  public String criminalDetails() {
    return criminalDetails;
  }

  public String entryPort() {
    return entryPort;
  }

  public Optional<LocalDate> entryDate() {
    return Optional.ofNullable(entryDate);
  }
}
