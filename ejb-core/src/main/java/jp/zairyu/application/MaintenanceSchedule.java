package jp.zairyu.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.zairyu.domain.model.maintenance.MaintenanceWindowRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The maintenance windows as the portal sees them on every request, without a database query per
 * request: the windows that have not ended are read at most every {@code
 * zairyu.maintenance.refresh-seconds} (default 5), by one request while the others use the previous
 * list. If the database does not answer, the previous list stays.
 */
@ApplicationScoped
public class MaintenanceSchedule {

  private static final Logger LOG = Logger.getLogger(MaintenanceSchedule.class.getName());

  @Inject MaintenanceWindowRepository windows;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "zairyu.maintenance.refresh-seconds", defaultValue = "5")
  long refreshSeconds;

  @Inject
  @ConfigProperty(name = "zairyu.maintenance.announce-days", defaultValue = "14")
  long announceDays;

  private final AtomicBoolean refreshing = new AtomicBoolean();
  private volatile List<MaintenanceNotice> notEnded = List.of();
  private volatile Instant nextRefresh = Instant.MIN;

  /** The window in force now, if any. */
  public Optional<MaintenanceNotice> inForce() {
    Instant now = clock.instant();
    return current(now).stream().filter(w -> w.isInForceAt(now)).findFirst();
  }

  /** The windows to announce: starting within the announcement period, not yet begun. */
  public List<MaintenanceNotice> announced() {
    Instant now = clock.instant();
    Instant horizon = now.plus(Duration.ofDays(announceDays));
    return current(now).stream()
        .filter(w -> w.startsAt().isAfter(now) && w.startsAt().isBefore(horizon))
        .toList();
  }

  /** After a change in this server: read the windows again on the next request. */
  public void refreshSoon() {
    nextRefresh = Instant.MIN;
  }

  private List<MaintenanceNotice> current(Instant now) {
    if (!now.isBefore(nextRefresh) && refreshing.compareAndSet(false, true)) {
      try {
        notEnded = windows.notEndedAt(now).stream().map(MaintenanceNotice::of).toList();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Cannot read the maintenance windows; keeping the previous list", e);
      } finally {
        nextRefresh = now.plusSeconds(Math.max(1, refreshSeconds));
        refreshing.set(false);
      }
    }
    return notEnded;
  }
}
