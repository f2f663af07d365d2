package jp.zairyu.domain.model.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import jp.zairyu.domain.model.RuleViolation;

/**
 * Issuance (→ 完了), columns of {@code application}. By mail (発行待ち → 完了): the practitioner's sending
 * of the items, their arrival checked by an officer (the fee stamps against the fee) and the result
 * mailed back with what replaces a passport sticker (資格外活動許可書). At the window (許可 → 完了): the
 * handing over, its day and who came. With its rules; the {@link Application} decides when each
 * step may happen.
 */
@Embeddable
public class Issuance {

  @Column(name = "sent_tracking_number")
  private String sentTrackingNumber;

  @Column(name = "sent_recorded_at")
  private Instant sentRecordedAt;

  @Column(name = "items_received_at")
  private Instant itemsReceivedAt;

  @Column(name = "items_received_by")
  private Long itemsReceivedBy;

  @Column(name = "fee_paid_yen")
  private Integer feePaidYen;

  @Column(name = "issued_card_number")
  private String issuedCardNumber;

  @Column(name = "return_tracking_number")
  private String returnTrackingNumber;

  @Column(name = "issued_at")
  private Instant issuedAt;

  @Column(name = "issued_by")
  private Long issuedBy;

  @Column(name = "enclosed_documents")
  private String enclosedDocuments;

  @Column(name = "handed_over_on")
  private LocalDate handedOverOn;

  @Column(name = "collector_name")
  private String collectorName;

  @Column(name = "collector_capacity")
  @Enumerated(EnumType.STRING)
  private WindowCollector collectorCapacity;

  /** The longest name of the person who came to the window (the column's width). */
  public static final int LONGEST_COLLECTOR_NAME = 100;

  /**
   * What the practitioner sends in after an approval by mail: the current card when the procedure
   * replaces it, the fee slip when there is a fee, and always the return envelope.
   */
  static List<MailInItem> itemsToSend(Procedure procedure, int feeYen) {
    List<MailInItem> items = new ArrayList<>();
    if (procedure.cardSentIn()) {
      items.add(MailInItem.RESIDENCE_CARD);
    }
    if (feeYen > 0) {
      items.add(MailInItem.FEE_SLIP);
    }
    items.add(MailInItem.RETURN_ENVELOPE);
    return List.copyOf(items);
  }

  /** The sending, with its tracking number; may be corrected until the arrival is recorded. */
  void recordSending(TrackingNumber tracking, Instant now) {
    if (itemsReceivedAt != null) {
      throw new RuleViolation(
          "application.issuance.already-received",
          "入管局が既に書類の到着を確認しています。",
          "The bureau has already recorded the arrival of the items.");
    }
    this.sentTrackingNumber = Objects.requireNonNull(tracking).value();
    this.sentRecordedAt = now;
  }

  /**
   * What arrived: every item the practitioner was to send ({@link Receiving#itemsToSend}), the fee
   * slip carrying revenue stamps for exactly the fee ({@link Receiving#feeYen}).
   *
   * @param received the items the officer ticked as arrived
   * @param feeStampsYen the value of the revenue stamps on the fee slip (null when there is none)
   */
  void recordReceipt(
      long officerId,
      Receiving receiving,
      Set<MailInItem> received,
      Integer feeStampsYen,
      Instant now) {
    List<MailInItem> expected = receiving.itemsToSend();
    int feeYen = receiving.feeYen();
    if (itemsReceivedAt != null) {
      throw new RuleViolation(
          "application.issuance.already-received",
          "書類の到着は既に記録されています。",
          "The arrival of the items has already been recorded.");
    }
    List<MailInItem> missing = expected.stream().filter(i -> !received.contains(i)).toList();
    if (!missing.isEmpty()) {
      throw new RuleViolation(
          "application.issuance.items-missing",
          "次のものが届いていないため、受領を記録できません: "
              + String.join("、", missing.stream().map(MailInItem::labelJa).toList()),
          "The receipt cannot be recorded while these are missing: "
              + String.join(", ", missing.stream().map(MailInItem::labelEn).toList()));
    }
    Integer paid = null;
    if (expected.contains(MailInItem.FEE_SLIP)) {
      if (feeStampsYen == null || feeStampsYen != feeYen) {
        throw new RuleViolation(
            "application.issuance.fee-amount",
            String.format(
                "手数料納付書の収入印紙の額（%s）が手数料 %,d円 と一致しません。不足または過剰のため受領できません。",
                feeStampsYen == null ? "未入力" : String.format("%,d円", feeStampsYen), feeYen),
            String.format(
                "The revenue stamps on the fee slip (%s) do not match the fee of ¥%,d; the slip"
                    + " cannot be accepted.",
                feeStampsYen == null ? "not entered" : String.format("¥%,d", feeStampsYen),
                feeYen));
      }
      paid = feeStampsYen;
    }
    this.feePaidYen = paid;
    this.itemsReceivedAt = now;
    this.itemsReceivedBy = officerId;
  }

  /**
   * The result mailed back in the return envelope: the new card under {@code newCard} exactly when
   * the procedure issues one; only after the items have arrived.
   */
  void issue(
      long officerId,
      boolean cardIssued,
      ResidenceCardNumber newCard,
      TrackingNumber mailing,
      List<ReceivingRules.MailedDocument> expectedEnclosures,
      Set<String> enclosed,
      Instant now) {
    if (itemsReceivedAt == null) {
      throw new RuleViolation(
          "application.issuance.not-received",
          "在留カード・手数料納付書・返信用封筒の受領を記録してから交付してください。",
          "Record the arrival of the card, the fee slip and the return envelope before issuing.");
    }
    if (cardIssued != (newCard != null)) {
      throw new IllegalArgumentException(
          "A new card number is given exactly when a card is issued");
    }
    requireEnclosures(expectedEnclosures, enclosed);
    this.enclosedDocuments =
        expectedEnclosures.isEmpty()
            ? null
            : String.join(
                "|", expectedEnclosures.stream().map(ReceivingRules.MailedDocument::code).toList());
    this.issuedCardNumber = newCard == null ? null : newCard.value();
    this.returnTrackingNumber = Objects.requireNonNull(mailing).value();
    this.issuedAt = now;
    this.issuedBy = officerId;
  }

  /**
   * The documents that replace a passport sticker must all be in the return envelope (the officer
   * confirms each), and nothing else is confirmed.
   */
  private static void requireEnclosures(
      List<ReceivingRules.MailedDocument> expected, Set<String> enclosed) {
    Set<String> confirmed = enclosed == null ? Set.of() : enclosed;
    List<ReceivingRules.MailedDocument> missing =
        expected.stream().filter(d -> !confirmed.contains(d.code())).toList();
    if (!missing.isEmpty()) {
      throw new RuleViolation(
          "application.issuance.enclosure-missing",
          String.join("、", missing.stream().map(ReceivingRules.MailedDocument::labelJa).toList())
              + "を返信用封筒に同封したことを確認してください（郵送では証印シールの代わりに交付します）。",
          "Confirm that the "
              + String.join(
                  ", ", missing.stream().map(ReceivingRules.MailedDocument::labelEn).toList())
              + " is enclosed in the return envelope (by mail it replaces the passport sticker).");
    }
    if (confirmed.stream().anyMatch(c -> expected.stream().noneMatch(d -> d.code().equals(c)))) {
      throw new RuleViolation(
          "application.issuance.enclosure-unexpected",
          "この申請では証印シールに代わる書類は交付しません。",
          "No document replaces a passport sticker for this application.");
    }
  }

  /**
   * The result handed over at the window (許可 → 完了): the new card under {@code newCard} exactly when
   * the procedure issues one, on {@code on} (not after today, not before the day of the decision),
   * to the person who came, in their capacity.
   *
   * @param decidedOn the day of the decision in Japan
   * @param today today in Japan
   */
  void handOver(
      long officerId,
      boolean cardIssued,
      ResidenceCardNumber newCard,
      LocalDate on,
      String name,
      WindowCollector capacity,
      LocalDate decidedOn,
      LocalDate today,
      Instant now) {
    List<String[]> problems = new ArrayList<>();
    if (on == null) {
      problems.add(new String[] {"受け渡した日を入力してください。", "Enter the day of the handing over."});
    } else if (on.isAfter(today)) {
      problems.add(
          new String[] {
            "受け渡した日（" + on + "）が今日より後です。",
            "The day of the handing over (" + on + ") is after today."
          });
    } else if (decidedOn != null && on.isBefore(decidedOn)) {
      problems.add(
          new String[] {
            "受け渡した日（" + on + "）が許可の日（" + decidedOn + "）より前です。",
            "The day of the handing over (" + on + ") is before the decision (" + decidedOn + ")."
          });
    }
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty()) {
      problems.add(new String[] {"来庁した方の氏名を入力してください。", "Enter the name of the person who came."});
    } else if (trimmed.length() > LONGEST_COLLECTOR_NAME) {
      problems.add(
          new String[] {
            "来庁した方の氏名は" + LONGEST_COLLECTOR_NAME + "文字以内で入力してください。",
            "The name of the person who came is at most " + LONGEST_COLLECTOR_NAME + " characters."
          });
    }
    if (capacity == null) {
      problems.add(
          new String[] {
            "来庁した方の立場（本人・法定代理人・申請等取次者）を選んでください。",
            "Choose in what capacity the person came (applicant, legal representative, agent)."
          });
    }
    if (!problems.isEmpty()) {
      throw new RuleViolation(
          "application.handover.invalid",
          String.join("", problems.stream().map(p -> p[0]).toList()),
          String.join(" ", problems.stream().map(p -> p[1]).toList()));
    }
    if (cardIssued != (newCard != null)) {
      throw new IllegalArgumentException(
          "A new card number is given exactly when a card is issued");
    }
    this.issuedCardNumber = newCard == null ? null : newCard.value();
    this.handedOverOn = on;
    this.collectorName = trimmed;
    this.collectorCapacity = capacity;
    this.issuedAt = now;
    this.issuedBy = officerId;
  }

  /** The codes of what was enclosed in place of a passport sticker (e.g. ACTIVITY_OUTSIDE). */
  public List<String> enclosedDocuments() {
    return enclosedDocuments == null ? List.of() : List.of(enclosedDocuments.split("\\|"));
  }

  /** The day the result was handed over at the window. */
  public Optional<LocalDate> handedOverOn() {
    return Optional.ofNullable(handedOverOn);
  }

  /** Who came to the window for the result. */
  public Optional<String> collectorName() {
    return Optional.ofNullable(collectorName);
  }

  public Optional<WindowCollector> collectorCapacity() {
    return Optional.ofNullable(collectorCapacity);
  }

  public Optional<TrackingNumber> sentTrackingNumber() {
    return Optional.ofNullable(sentTrackingNumber).map(TrackingNumber::new);
  }

  public Optional<Instant> sentRecordedAt() {
    return Optional.ofNullable(sentRecordedAt);
  }

  public Optional<Instant> itemsReceivedAt() {
    return Optional.ofNullable(itemsReceivedAt);
  }

  public Optional<Integer> feePaidYen() {
    return Optional.ofNullable(feePaidYen);
  }

  public Optional<ResidenceCardNumber> issuedCardNumber() {
    return Optional.ofNullable(issuedCardNumber).map(ResidenceCardNumber::new);
  }

  public Optional<TrackingNumber> returnTrackingNumber() {
    return Optional.ofNullable(returnTrackingNumber).map(TrackingNumber::new);
  }

  public Optional<Instant> issuedAt() {
    return Optional.ofNullable(issuedAt);
  }
}
