package jp.zairyu.domain.model.application;

import java.time.Instant;
import java.util.Set;
import jp.zairyu.domain.model.account.Officer;

/**
 * What the practitioner sends in after an approval by mail (発行待ち) — the current card, the fee slip
 * and the return envelope, as {@link Receiving#itemsToSend()} says — and its arrival at the bureau,
 * read and recorded as {@code application.mailIn()}. Each step asks the {@link Application} first
 * whether its transition table allows it now (and, for the bureau's step, whether the officer may
 * act on the case), keeps what it records in the application's {@link Issuance} and stamps its
 * {@code updatedAt}. Issuing the result, which completes the case, is the application's ({@link
 * Application#issue}).
 */
public final class MailIn {

  private final Application application;

  MailIn(Application application) {
    this.application = application;
  }

  /** Whether the fee slip (手数料納付書) is to be sent in now: approved by mail (発行待ち) with a fee due. */
  public boolean feeSlipDue() {
    return application.allows(ApplicationAction.RECORD_SENDING)
        && application.receiving().itemsToSend().contains(MailInItem.FEE_SLIP);
  }

  /**
   * The practitioner records that the items were sent, with the mailing's tracking number; may be
   * corrected until the bureau records their arrival.
   */
  public void recordSending(TrackingNumber tracking, Instant now) {
    Lifecycle.require(application.state(), ApplicationAction.RECORD_SENDING);
    application.issuanceToRecord().recordSending(tracking, now);
    application.touch(now);
  }

  /**
   * An officer of the bureau records what arrived: every item of {@link Receiving#itemsToSend()}
   * must have come, the fee slip carrying revenue stamps for exactly the fee.
   *
   * @param received the items the officer ticked as arrived
   * @param feeStampsYen the value of the revenue stamps on the fee slip (null when there is none)
   */
  public void recordReceipt(
      Officer officer, Set<MailInItem> received, Integer feeStampsYen, Instant now) {
    application.requireOfficer(ApplicationAction.RECORD_RECEIPT, officer);
    application
        .issuanceToRecord()
        .recordReceipt(officer.id(), application.receiving(), received, feeStampsYen, now);
    application.touch(now);
  }
}
