package jp.zairyu.it.messaging;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import jp.zairyu.infrastructure.messaging.DeadLetters;

/** Calls the dead-letter service the way the console does, in the role ADMIN. */
@Stateless
@PermitAll
@DeclareRoles("ADMIN")
@RunAs("ADMIN")
public class AsAdministrator {

  @EJB private DeadLetters deadLetters;

  public List<DeadLetters.DeadLetter> deadLetters() {
    return deadLetters.list();
  }

  public void resend(String queue, String messageId) {
    deadLetters.resend(queue, messageId);
  }
}
