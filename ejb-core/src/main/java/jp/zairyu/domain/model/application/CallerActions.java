package jp.zairyu.domain.model.application;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import jp.zairyu.domain.model.account.OfficerRole;

/**
 * The actions a caller may take on an application now: the rows of the {@link Lifecycle} table from
 * its state for someone like the caller, where the aggregate's own conditions hold (the author; an
 * officer of the case's bureau; the case's examiner with no denial pending; another supervisor than
 * the one who proposed it; the items arrived or not). Asked through {@link Application#actionsFor}
 * and {@link Application#offers}; it reads the application, never changes it.
 */
final class CallerActions {

  private final Application application;

  CallerActions(Application application) {
    this.application = application;
  }

  /**
   * Every action offered. An officer may act on a case nobody has taken yet: they take it by
   * acting, so the examiner's actions are offered as well.
   */
  Set<ApplicationAction> all(Caller caller) {
    Long examiner = application.routing().examinerId().orElse(null);
    Set<ApplicationAction> actions = EnumSet.noneOf(ApplicationAction.class);
    for (Lifecycle.Transition t : Lifecycle.transitions()) {
      if (t.from() == application.state() && may(t, caller, examiner)) {
        actions.add(t.action());
      }
    }
    if (actions.contains(ApplicationAction.TAKE)) {
      for (Lifecycle.Transition t : Lifecycle.transitions()) {
        if (t.from() == ApplicationState.UNDER_REVIEW
            && t.by() == Actor.EXAMINER
            && may(t, caller, caller.officerId())) {
          actions.add(t.action());
        }
      }
    }
    return actions;
  }

  /** Whether this one action is offered (as {@link #all}, alone). */
  boolean offers(ApplicationAction action, Caller caller) {
    Long examiner = application.routing().examinerId().orElse(null);
    return Lifecycle.find(application.state(), action)
        .filter(t -> may(t, caller, examiner))
        .isPresent();
  }

  private boolean may(Lifecycle.Transition t, Caller caller, Long examiner) {
    String bureauCode = application.routing().bureauCode().orElse(null);
    boolean officer =
        caller.examines() && bureauCode != null && bureauCode.equals(caller.bureauCode());
    boolean received = application.issuance().itemsReceivedAt().isPresent();
    DenialProposals denials = application.denials();
    boolean allowed =
        switch (t.by()) {
          case AUTHOR -> Objects.equals(caller.practitionerId(), application.practitionerId());
          case OFFICER -> officer;
          case EXAMINER ->
              officer
                  && Objects.equals(caller.officerId(), examiner)
                  && denials.pending().isEmpty();
          case SUPERVISOR -> officer && caller.role() == OfficerRole.SUPERVISOR;
          case SYSTEM -> false;
        };
    return allowed
        && switch (t.action()) {
          case CONFIRM_DENIAL, RETURN_DENIAL ->
              denials
                  .pending()
                  .filter(p -> !Objects.equals(p.proposedBy(), caller.officerId()))
                  .isPresent();
          case RECORD_SENDING, RECORD_RECEIPT -> !received;
          case ISSUE -> received;
          case HAND_OVER -> !application.receiving().byMail();
          case ANSWER_DOCUMENTS -> application.documentRequests().open().isPresent();
          default -> true;
        };
  }
}
