package jp.zairyu.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import jp.zairyu.domain.model.account.Officer;
import jp.zairyu.domain.model.account.OfficerRepository;
import jp.zairyu.domain.model.maintenance.MaintenanceWindow;
import jp.zairyu.domain.model.maintenance.MaintenanceWindowRepository;

/**
 * An administrator schedules and cancels maintenance windows of the portal (times in Japan time).
 * The portal learns of a change within {@link MaintenanceSchedule}'s refresh interval.
 */
@Stateless
@DeclareRoles(Roles.ADMIN)
@RolesAllowed(Roles.ADMIN)
public class MaintenanceService {

  @Resource private SessionContext session;
  @Inject private OfficerRepository officers;
  @Inject private MaintenanceWindowRepository windows;
  @Inject private MaintenanceSchedule schedule;
  @Inject private Clock clock;

  /** The windows that have not ended, earliest first. */
  public List<MaintenanceNotice> scheduled() {
    return windows.notEndedAt(clock.instant()).stream().map(MaintenanceNotice::of).toList();
  }

  /**
   * Schedules a window from {@code start} to {@code end}, Japan time.
   *
   * @throws jp.zairyu.domain.model.RuleViolation when the period or the notice is not acceptable
   */
  public MaintenanceNotice schedule(
      LocalDateTime start, LocalDateTime end, String messageJa, String messageEn) {
    MaintenanceWindow window =
        MaintenanceWindow.schedule(
            start == null ? null : start.atZone(clock.getZone()).toInstant(),
            end == null ? null : end.atZone(clock.getZone()).toInstant(),
            messageJa,
            messageEn,
            caller().id(),
            clock.instant());
    windows.add(window);
    schedule.refreshSoon();
    return MaintenanceNotice.of(window);
  }

  /** Cancels a window (also one in force: the portal opens again). Unknown ids are ignored. */
  public void cancel(long id) {
    windows.find(id).ifPresent(windows::remove);
    schedule.refreshSoon();
  }

  private Officer caller() {
    String loginId = session.getCallerPrincipal().getName();
    return officers
        .findByLoginId(loginId)
        .orElseThrow(() -> new IllegalStateException("No officer for caller " + loginId));
  }
}
