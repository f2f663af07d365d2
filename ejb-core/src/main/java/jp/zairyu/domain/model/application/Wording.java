package jp.zairyu.domain.model.application;

/**
 * How an application's state and decision read for its procedure ({@code procedure-rules.csv}): the
 * decision on a COE reads 交付 / 不交付 rather than 許可 / 不許可.
 */
public record Wording(Procedure procedure, ApplicationState state) {

  /** The label of the state for this application. */
  public String stateJa() {
    return switch (state) {
      case APPROVED -> procedure.approvalJa();
      case DENIED -> procedure.denialJa();
      default -> state.labelJa();
    };
  }

  public String stateEn() {
    return switch (state) {
      case APPROVED -> procedure.rules().approvalEn();
      case DENIED -> procedure.rules().denialEn();
      default -> state.labelEn();
    };
  }

  /** The word for a denial of this procedure (不交付 for a COE). */
  public String denialJa() {
    return procedure.denialJa();
  }

  public String denialEn() {
    return procedure.rules().denialNounEn();
  }
}
