package jp.zairyu.console.cases;

import java.io.Serializable;
import java.util.List;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.ApplicationState;
import jp.zairyu.domain.model.application.Issuance;
import jp.zairyu.domain.model.application.MailInItem;
import jp.zairyu.domain.model.application.ReceivingRules;

/**
 * What the case page shows of an approved case's issuance ({@code #{casePage.issuance.*}}): what
 * the applicant mails in, what was received, issued, sent back or handed over at the window, each
 * already worded in both languages ("—" or 未記録 where nothing is recorded yet). Read once from the
 * case; the page's actions change the case and read it again.
 */
public record IssuanceFacts(
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
    String stickers)
    implements Serializable {

  static IssuanceFacts of(Application a) {
    Issuance i = a.issuance();
    boolean handedOver = i.handedOverOn().isPresent();
    return new IssuanceFacts(
        a.state() == ApplicationState.APPROVED_AWAITING_ISSUANCE,
        // 許可 at the window, or handed over: the page shows the window's section
        !a.receivedByMail() && (a.state() == ApplicationState.APPROVED || handedOver),
        a.procedure().issuesResidenceCard(),
        a.itemsToSend().contains(MailInItem.RESIDENCE_CARD),
        a.itemsToSend().contains(MailInItem.FEE_SLIP),
        yen(a.feeYen()),
        i.sentTrackingNumber().map(Object::toString).orElse("未記録 / not recorded"),
        i.sentRecordedAt().map(IntakePage.TIME::format).orElse("—"),
        i.itemsReceivedAt().map(IntakePage.TIME::format).orElse("未受領 / not yet"),
        i.feePaidYen().map(IssuanceFacts::yen).orElse("—"),
        i.issuedAt().isPresent(),
        i.issuedCardNumber().map(Object::toString).orElse("—"),
        i.returnTrackingNumber().map(Object::toString).orElse("—"),
        i.issuedAt().map(IntakePage.TIME::format).orElse("—"),
        enclosed(i.enclosedDocuments()),
        handedOver,
        i.handedOverOn().map(Object::toString).orElse("—"),
        i.collectorName()
            .map(
                n ->
                    n
                        + i.collectorCapacity()
                            .map(c -> "（" + c.labelJa() + " / " + c.labelEn() + "）")
                            .orElse(""))
            .orElse("—"),
        // the procedures whose passport sticker is put on at the window (re-entry permit)
        String.join(
            "、",
            a.windowOnlyProcedures().stream().map(p -> p.nameJa() + " / " + p.nameEn()).toList()));
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
}
