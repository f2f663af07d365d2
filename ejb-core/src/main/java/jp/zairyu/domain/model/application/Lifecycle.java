package jp.zairyu.domain.model.application;

import static jp.zairyu.domain.model.application.ApplicationAction.*;
import static jp.zairyu.domain.model.application.ApplicationState.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.zairyu.domain.model.RuleViolation;

/**
 * The transition table of an application: from which state an action may be taken, the state it
 * leads to and who may take it. The aggregate moves only along these rows ({@link #require}); the
 * pages offer the actions {@link Application#actionsFor} finds here (plus the aggregate's own
 * conditions: the case's examiner, no denial pending, the items arrived…).
 */
public final class Lifecycle {

  /** One row: {@code from} × {@code action} → {@code to} (one of two for an approval), by whom. */
  public record Transition(
      ApplicationState from, ApplicationAction action, Set<ApplicationState> to, Actor by) {}

  private static Transition row(
      ApplicationState from, ApplicationAction action, ApplicationState to, Actor by) {
    return new Transition(from, action, EnumSet.of(to), by);
  }

  /** Submitted, not decided, not withdrawn: the states a practitioner may still withdraw from. */
  private static final List<ApplicationState> PENDING =
      List.of(SUBMITTED, UNDER_REVIEW, AWAITING_DOCUMENTS);

  private static final List<Transition> TABLE = table();

  private static List<Transition> table() {
    List<Transition> t = new java.util.ArrayList<>();
    t.add(row(DRAFT, REVISE, DRAFT, Actor.AUTHOR));
    t.add(row(DRAFT, ATTACH, DRAFT, Actor.AUTHOR));
    t.add(row(DRAFT, DETACH, DRAFT, Actor.AUTHOR));
    t.add(row(DRAFT, SUBMIT, SUBMITTED, Actor.AUTHOR));
    t.add(row(SUBMITTED, ROUTE, SUBMITTED, Actor.SYSTEM));
    t.add(row(SUBMITTED, TAKE, UNDER_REVIEW, Actor.OFFICER));
    t.add(row(SUBMITTED, ASSIGN, UNDER_REVIEW, Actor.SUPERVISOR));
    t.add(row(UNDER_REVIEW, ASSIGN, UNDER_REVIEW, Actor.SUPERVISOR));
    t.add(row(UNDER_REVIEW, REQUEST_DOCUMENTS, AWAITING_DOCUMENTS, Actor.EXAMINER));
    t.add(
        new Transition(
            UNDER_REVIEW,
            APPROVE,
            EnumSet.of(APPROVED, APPROVED_AWAITING_ISSUANCE),
            Actor.EXAMINER));
    t.add(row(UNDER_REVIEW, PROPOSE_DENIAL, UNDER_REVIEW, Actor.EXAMINER));
    t.add(row(UNDER_REVIEW, CONFIRM_DENIAL, DENIED, Actor.SUPERVISOR));
    t.add(row(UNDER_REVIEW, RETURN_DENIAL, UNDER_REVIEW, Actor.SUPERVISOR));
    t.add(row(AWAITING_DOCUMENTS, ATTACH, AWAITING_DOCUMENTS, Actor.AUTHOR));
    t.add(row(AWAITING_DOCUMENTS, DETACH, AWAITING_DOCUMENTS, Actor.AUTHOR));
    t.add(row(AWAITING_DOCUMENTS, ANSWER_DOCUMENTS, UNDER_REVIEW, Actor.AUTHOR));
    for (ApplicationState s : PENDING) {
      t.add(row(s, WITHDRAW, WITHDRAWN, Actor.AUTHOR));
      t.add(row(s, REQUEST_CORRECTION, s, Actor.AUTHOR));
    }
    for (ApplicationState s : ApplicationState.values()) {
      if (s != DRAFT) {
        t.add(row(s, ACKNOWLEDGE_CORRECTION, s, Actor.OFFICER));
      }
    }
    t.add(
        row(APPROVED_AWAITING_ISSUANCE, RECORD_SENDING, APPROVED_AWAITING_ISSUANCE, Actor.AUTHOR));
    t.add(
        row(APPROVED_AWAITING_ISSUANCE, RECORD_RECEIPT, APPROVED_AWAITING_ISSUANCE, Actor.OFFICER));
    t.add(row(APPROVED_AWAITING_ISSUANCE, ISSUE, COMPLETED, Actor.OFFICER));
    // Received at the window: the officer records the handing over (an electronic COE, mailed on
    // approval, is not handed over: Application#actionsFor).
    t.add(row(APPROVED, HAND_OVER, COMPLETED, Actor.OFFICER));
    return List.copyOf(t);
  }

  private Lifecycle() {}

  /** Every row of the table, in order. */
  public static List<Transition> transitions() {
    return TABLE;
  }

  /** The row for this action from this state, if the table has one. */
  public static Optional<Transition> find(ApplicationState from, ApplicationAction action) {
    return TABLE.stream().filter(t -> t.from() == from && t.action() == action).findFirst();
  }

  /** Whether the action may be taken from the state (by someone). */
  public static boolean allows(ApplicationState from, ApplicationAction action) {
    return find(from, action).isPresent();
  }

  /** The actions the table offers from a state, in the order of {@link ApplicationAction}. */
  public static Set<ApplicationAction> from(ApplicationState state) {
    Set<ApplicationAction> actions = EnumSet.noneOf(ApplicationAction.class);
    TABLE.stream().filter(t -> t.from() == state).forEach(t -> actions.add(t.action()));
    return actions;
  }

  /**
   * The row for the action from {@code from}, or the refusal 「申請の状態が「…」のため、この操作はできません」 ({@code
   * application.state.<action>}).
   */
  public static Transition require(ApplicationState from, ApplicationAction action) {
    return find(from, action)
        .orElseThrow(
            () ->
                new RuleViolation(
                    "application.state." + action.code(),
                    "申請の状態が「" + from.labelJa() + "」のため、この操作はできません。",
                    "This cannot be done while the application is '" + from.labelEn() + "'."));
  }
}
