package jp.zairyu.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;
import jp.zairyu.domain.model.application.ApplicationRepository;
import jp.zairyu.domain.model.application.DocumentRequest;

/**
 * Reminds practitioners of the deadline of an open request for additional documents (追完): every
 * morning, requests due within {@value #DAYS_AHEAD} days get one reminder mail. Every server of a
 * cluster fires its timer, and the first to claim the day's run ({@link ScheduledRuns}) does the
 * work (once per cluster); a run beside it (by hand, or after a takeover) is safe as well: due
 * requests are claimed with {@code FOR UPDATE SKIP LOCKED} and marked in the same transaction as
 * the notification is requested, so each reminder goes out once per cluster.
 */
@Stateless
@PermitAll
public class DocumentReminders {

  static final int DAYS_AHEAD = 2;
  private static final int BATCH = 500;
  private static final Logger LOG = Logger.getLogger(DocumentReminders.class.getName());

  /** Its name in {@code scheduled_run}: one server of a cluster runs it each day. */
  public static final String JOB = "DocumentReminders";

  @Inject private ApplicationRepository applications;
  @Inject private ApplicationEvents events;
  @Inject private Clock clock;
  @Inject private ScheduledRuns runs;

  @Schedule(hour = "8", minute = "5", timezone = "Asia/Tokyo", persistent = false)
  public void daily() {
    Instant started = clock.instant();
    if (!runs.claim(JOB, LocalDate.ofInstant(started, clock.getZone()), started)) {
      LOG.info(() -> JOB + ": today's run is another server's");
      return;
    }
    int sent = sendDueReminders();
    LOG.info(() -> "Deadline reminders for additional documents: " + sent);
  }

  /** Requests the reminder mail for every open request due soon; returns how many. */
  public int sendDueReminders() {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
    int sent = 0;
    for (DocumentRequest request :
        applications.claimDocumentRequestsDueBy(today.plusDays(DAYS_AHEAD), BATCH)) {
      if (request.remind(now)) {
        events.notificationRequested(
            request.application().id(), NotificationKind.DOCUMENTS_DUE_SOON, request.id());
        sent++;
      }
    }
    return sent;
  }
}
