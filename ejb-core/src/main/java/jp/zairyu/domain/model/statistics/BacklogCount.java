package jp.zairyu.domain.model.statistics;

import java.util.List;
import jp.zairyu.domain.model.application.ApplicationState;

/** How many applications of a bureau are in a state that still needs the bureau. */
public record BacklogCount(String bureauCode, ApplicationState state, long count) {

  /** The states in which an application waits for the bureau (or on its request), in order. */
  public static final List<ApplicationState> OPEN_STATES =
      List.of(
          ApplicationState.SUBMITTED,
          ApplicationState.UNDER_REVIEW,
          ApplicationState.AWAITING_DOCUMENTS,
          ApplicationState.APPROVED_AWAITING_ISSUANCE);
}
