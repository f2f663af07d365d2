package jp.zairyu.console.cases;

import java.io.Serializable;
import java.util.List;
import jp.zairyu.application.ApplicationView;
import jp.zairyu.domain.model.application.ApplicationState;
import jp.zairyu.domain.model.application.MailInItem;
import jp.zairyu.domain.model.application.ReceivingRules;

/**
 * What the case page shows of an approved case's issuance ({@code #{casePage.issuance.*}}): what
 * the applicant mails in, what was received, issued, sent back or handed over at the window, each
 * already worded in both languages ("—" or 未記録 where nothing is recorded yet). Built from the
 * case's view ({@link ApplicationView}) whenever the page reads the case.
 */
public final class IssuanceFacts implements Serializable {

  private static final long serialVersionUID = 1L;

  private final boolean awaitingIssuance;
  private final boolean atWindow;
  private final boolean issuesCard;
  private final boolean cardExpected;
  private final boolean feeSlipExpected;
  private final String fee;
  private final String sentTracking;
  private final String sentAt;
  private final String receivedAt;
  private final String feePaid;
  private final boolean issued;
  private final String issuedCardNumber;
  private final String returnTracking;
  private final String issuedAt;
  private final String enclosedDocuments;
  private final boolean handedOver;
  private final String handedOverOn;
  private final String collector;
  private final String stickers;

  private IssuanceFacts(
      boolean awaitingIssuance,
      boolean atWindow,
      boolean issuesCard,
      boolean cardExpected,
      boolean feeSlipExpected,
      String fee,
      String sentTracking,
      String sentAt,
      String receivedAt,
      String feePaid,
      boolean issued,
      String issuedCardNumber,
      String returnTracking,
      String issuedAt,
      String enclosedDocuments,
      boolean handedOver,
      String handedOverOn,
      String collector,
      String stickers) {
    this.awaitingIssuance = awaitingIssuance;
    this.atWindow = atWindow;
    this.issuesCard = issuesCard;
    this.cardExpected = cardExpected;
    this.feeSlipExpected = feeSlipExpected;
    this.fee = fee;
    this.sentTracking = sentTracking;
    this.sentAt = sentAt;
    this.receivedAt = receivedAt;
    this.feePaid = feePaid;
    this.issued = issued;
    this.issuedCardNumber = issuedCardNumber;
    this.returnTracking = returnTracking;
    this.issuedAt = issuedAt;
    this.enclosedDocuments = enclosedDocuments;
    this.handedOver = handedOver;
    this.handedOverOn = handedOverOn;
    this.collector = collector;
    this.stickers = stickers;
  }

  static IssuanceFacts of(ApplicationView a) {
    ApplicationView.Steps i = a.issuance();
    ApplicationView.Receipt receiving = a.receiving();
    boolean handedOver = i.handedOverOn() != null;
    return new IssuanceFacts(
        a.state() == ApplicationState.APPROVED_AWAITING_ISSUANCE,
        // 許可 at the window, or handed over: the page shows the window's section
        !receiving.byMail() && (a.state() == ApplicationState.APPROVED || handedOver),
        receiving.issuesResidenceCard(),
        receiving.itemsToSend().contains(MailInItem.RESIDENCE_CARD),
        receiving.itemsToSend().contains(MailInItem.FEE_SLIP),
        yen(receiving.feeYen()),
        or(i.sentTrackingNumber(), "未記録 / not recorded"),
        time(i.sentRecordedAt(), "—"),
        time(i.itemsReceivedAt(), "未受領 / not yet"),
        i.feePaidYen() == null ? "—" : yen(i.feePaidYen()),
        i.issuedAt() != null,
        or(i.issuedCardNumber(), "—"),
        or(i.returnTrackingNumber(), "—"),
        time(i.issuedAt(), "—"),
        enclosed(i.enclosedDocuments()),
        handedOver,
        handedOver ? i.handedOverOn().toString() : "—",
        i.collectorName() == null
            ? "—"
            : i.collectorName()
                + (i.collectorCapacity() == null
                    ? ""
                    : "（"
                        + i.collectorCapacity().labelJa()
                        + " / "
                        + i.collectorCapacity().labelEn()
                        + "）"),
        // the procedures whose passport sticker is put on at the window (re-entry permit)
        String.join("、", receiving.windowOnlyProcedures()));
  }

  private static String or(String value, String none) {
    return value == null ? none : value;
  }

  private static String time(java.time.Instant instant, String none) {
    return instant == null ? none : IntakePage.TIME.format(instant);
  }

  private static String yen(int yen) {
    return String.format("%,d円 / ¥%,d", yen, yen);
  }

  /** What was enclosed in place of a passport sticker, once issued. */
  private static String enclosed(List<String> codes) {
    return codes.isEmpty()
        ? "—"
        : String.join(
            "、",
            codes.stream()
                .map(c -> ReceivingRules.standard().row(c))
                .map(r -> r.mailedJa() + " / " + r.mailedEn())
                .toList());
  }

  public boolean isAwaitingIssuance() {
    return awaitingIssuance;
  }

  public boolean isAtWindow() {
    return atWindow;
  }

  public boolean isIssuesCard() {
    return issuesCard;
  }

  public boolean isCardExpected() {
    return cardExpected;
  }

  public boolean isFeeSlipExpected() {
    return feeSlipExpected;
  }

  public String getFee() {
    return fee;
  }

  public String getSentTracking() {
    return sentTracking;
  }

  public String getSentAt() {
    return sentAt;
  }

  public String getReceivedAt() {
    return receivedAt;
  }

  public String getFeePaid() {
    return feePaid;
  }

  public boolean isIssued() {
    return issued;
  }

  public String getIssuedCardNumber() {
    return issuedCardNumber;
  }

  public String getReturnTracking() {
    return returnTracking;
  }

  public String getIssuedAt() {
    return issuedAt;
  }

  public String getEnclosedDocuments() {
    return enclosedDocuments;
  }

  public boolean isHandedOver() {
    return handedOver;
  }

  public String getHandedOverOn() {
    return handedOverOn;
  }

  public String getCollector() {
    return collector;
  }

  public String getStickers() {
    return stickers;
  }
}
