package jp.zairyu.application;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import jp.zairyu.application.DeadLetterQueues.DeadLetter;

/**
 * 未配信メッセージ for administrators: the console's page lists the dead letters and resends one, in one
 * transaction (the receive from the dead-letter queue and the send commit together), through the
 * {@link DeadLetterQueues} port.
 */
@Stateless
@DeclareRoles(Roles.ADMIN)
@RolesAllowed(Roles.ADMIN)
public class DeadLetterService {

  @Inject private DeadLetterQueues queues;

  /** The dead letters of every fact queue, oldest first per queue. */
  public List<DeadLetter> list() {
    return queues.list();
  }

  /** Resends one message to the queue it was dead-lettered from; see {@link DeadLetterQueues}. */
  public void resend(String queue, String messageId) {
    queues.resend(queue, messageId);
  }
}
