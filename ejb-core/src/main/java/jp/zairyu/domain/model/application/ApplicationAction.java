package jp.zairyu.domain.model.application;

/**
 * What can be done to an application; which state each action leaves from and leads to, and who may
 * do it, is the {@link Lifecycle} table. The code names the action in refusals ({@code
 * application.state.<code>}).
 */
public enum ApplicationAction {
  REVISE("revise"),
  ATTACH("attach"),
  DETACH("detach"),
  SUBMIT("submit"),
  ROUTE("route"),
  TAKE("examine"),
  ASSIGN("assign"),
  REQUEST_DOCUMENTS("request-documents"),
  ANSWER_DOCUMENTS("answer-documents"),
  APPROVE("approve"),
  PROPOSE_DENIAL("propose-denial"),
  CONFIRM_DENIAL("confirm-denial"),
  RETURN_DENIAL("return-denial"),
  RECORD_SENDING("record-sending"),
  RECORD_RECEIPT("record-receipt"),
  ISSUE("issue"),
  HAND_OVER("hand-over"),
  WITHDRAW("withdraw"),
  REQUEST_CORRECTION("correction"),
  ACKNOWLEDGE_CORRECTION("acknowledge-correction");

  private final String code;

  ApplicationAction(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
