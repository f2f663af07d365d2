package jp.zairyu.domain.model.application;

import java.util.List;
import java.util.Set;

/**
 * How the result of what is filed is received ({@link ReceivingRules}), read from the form: by mail
 * or at the window, what may be chosen, what is mailed with the result, and what the practitioner
 * sends in after an approval by mail (with the fee). Read as {@code application.receiving()}.
 *
 * @param receipt how the result is received, as chosen (null while not chosen)
 */
public record Receiving(Filing filing, ResultReceipt receipt) {

  /**
   * How the result may be received for what is filed: only the window when a passport sticker
   * (証印シール) cannot be mailed, e.g. with a re-entry permit.
   */
  public Set<ResultReceipt> offered() {
    return ReceivingRules.standard().offered(filing);
  }

  /** The procedures filed whose result must be fetched at the window (証印シール), if any. */
  public List<Procedure> windowOnlyProcedures() {
    return ReceivingRules.standard().windowOnly(filing);
  }

  /**
   * What is mailed with the result in place of a passport sticker (資格外活動許可書 for permission for
   * activity outside status received by mail); none at the window.
   */
  public List<ReceivingRules.MailedDocument> mailedDocuments() {
    return ReceivingRules.standard().mailedDocuments(filing, receipt);
  }

  /**
   * Whether the result is received by mail: the card, fee slip and envelope are sent in, or — for a
   * COE — the certificate is mailed electronically ({@link #electronicCoe()}).
   */
  public boolean byMail() {
    return receipt == ResultReceipt.MAIL;
  }

  /**
   * Whether this is a COE received by mail, which is an electronic COE (電子交付, since March 2023): on
   * approval (交付) the certificate is mailed as a PDF and nothing is sent in, so it never waits for
   * issuance.
   */
  public boolean electronicCoe() {
    return filing.procedure().electronicByMail() && byMail();
  }

  /** The fee to pay with revenue stamps on the fee slip: the online fee of everything filed. */
  public int feeYen() {
    return filing.feeOnlineYen();
  }

  /**
   * What the practitioner sends in after an approval by mail: the current card when it is replaced
   * (change, extension), the fee slip when there is a fee, and always the return envelope.
   */
  public List<MailInItem> itemsToSend() {
    return Issuance.itemsToSend(filing.procedure(), feeYen());
  }
}
