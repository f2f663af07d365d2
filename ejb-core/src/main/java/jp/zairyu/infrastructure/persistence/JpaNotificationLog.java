package jp.zairyu.infrastructure.persistence;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import jp.zairyu.application.NotificationLog;

@Stateless
@Local(NotificationLog.class)
public class JpaNotificationLog implements NotificationLog {

  @PersistenceContext(unitName = "zairyu")
  private EntityManager em;

  @Override
  public boolean record(
      long applicationId, String key, String recipient, String messageId, Instant at) {
    int inserted =
        em.createNativeQuery(
                "insert into notification (application_id, kind, recipient, message_id, sent_at)"
                    + " values (?, ?, ?, ?, ?) on conflict (application_id, kind) do nothing")
            .setParameter(1, applicationId)
            .setParameter(2, key)
            .setParameter(3, recipient)
            .setParameter(4, messageId)
            .setParameter(5, Timestamp.from(at))
            .executeUpdate();
    return inserted == 1;
  }
}
