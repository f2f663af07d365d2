package jp.zairyu.domain.model.application;

/**
 * How the result is received: the new residence card (or the COE) at the bureau's window, or by
 * mail (then the card, the fee slip and a return envelope are sent in; an electronic COE is
 * mailed).
 */
public enum ResultReceipt {
  WINDOW,
  MAIL
}
