package jp.zairyu.domain.model.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import jp.zairyu.domain.model.RuleViolation;

/**
 * Issuance by mail (発行待ち → 完了), columns of {@code application}: the practitioner's sending of the
 * items, their arrival checked by an officer (the fee stamps against the fee) and the result mailed
 * back, with its rules. The {@link Application} decides when each step may happen.
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
   * What arrived: every expected item, the fee slip carrying revenue stamps for exactly the fee.
   *
   * @param received the items the officer ticked as arrived
   * @param feeStampsYen the value of the revenue stamps on the fee slip (null when there is none)
   */
  void recordReceipt(
      long officerId,
      List<MailInItem> expected,
      Set<MailInItem> received,
      Integer feeStampsYen,
      int feeYen,
      Instant now) {
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
    this.issuedCardNumber = newCard == null ? null : newCard.value();
    this.returnTrackingNumber = Objects.requireNonNull(mailing).value();
    this.issuedAt = now;
    this.issuedBy = officerId;
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
