package jp.zairyu.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.account.Officer;
import jp.zairyu.domain.model.account.OfficerRepository;
import jp.zairyu.domain.model.account.OfficerRole;
import jp.zairyu.domain.model.bureau.Bureau;
import jp.zairyu.domain.model.bureau.BureauDirectory;
import jp.zairyu.domain.model.statistics.BacklogCount;
import jp.zairyu.domain.model.statistics.CaseStatistics;
import jp.zairyu.domain.model.statistics.DailyCount;
import jp.zairyu.domain.model.statistics.Period;
import jp.zairyu.domain.model.statistics.ProcessingTime;

/**
 * The console's dashboard: an officer sees the figures of the home bureau; an ADMIN those of any
 * bureau or of all of them. A read: it runs in the caller's transaction if there is one and starts
 * none (SUPPORTS), so no resource is enlisted for it.
 */
@Stateless
@DeclareRoles({Roles.EXAMINER, Roles.SUPERVISOR, Roles.ADMIN})
@RolesAllowed({Roles.EXAMINER, Roles.SUPERVISOR, Roles.ADMIN})
public class DashboardService {

  /** How many days the daily figures and the processing days cover, today included. */
  public static final int DAYS = 30;

  @Resource private SessionContext session;
  @Inject private OfficerRepository officers;
  @Inject private CaseStatistics statistics;
  @Inject private Clock clock;

  /**
   * The figures of one dashboard.
   *
   * @param bureauCode the bureau shown, or null for all bureaus (ADMIN only)
   */
  public record Dashboard(
      String bureauCode,
      Period period,
      List<BacklogCount> backlog,
      List<DailyCount> daily,
      List<ProcessingTime> processing) {}

  /** The bureaus the caller may choose from: every bureau for an ADMIN, else the home bureau. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Bureau> bureaus() {
    Officer me = caller();
    BureauDirectory directory = BureauDirectory.standard();
    if (me.role() == OfficerRole.ADMIN) {
      return List.copyOf(directory.all());
    }
    return directory.byCode(me.bureauCode()).stream().toList();
  }

  /**
   * The figures for the last {@value #DAYS} days in Japan time.
   *
   * @param bureauCode the bureau wanted; null or blank means the caller's home bureau for an
   *     officer and all bureaus for an ADMIN; another bureau than the home one only for an ADMIN
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Dashboard dashboard(String bureauCode) {
    Officer me = caller();
    BureauDirectory directory = BureauDirectory.standard();
    String wanted = bureauCode == null || bureauCode.isBlank() ? null : bureauCode.strip();
    List<String> codes;
    String shown;
    if (me.role() == OfficerRole.ADMIN) {
      if (wanted == null) {
        codes = directory.all().stream().map(Bureau::code).toList();
        shown = null;
      } else {
        shown = directory.byCode(wanted).map(Bureau::code).orElseThrow(DashboardService::unknown);
        codes = List.of(shown);
      }
    } else {
      if (wanted != null && !me.worksAt(wanted)) {
        throw new RuleViolation(
            "dashboard.other-bureau",
            "所属する局の統計のみ表示できます。",
            "You can only see the figures of your own bureau.");
      }
      shown = me.bureauCode();
      codes = List.of(shown);
    }
    Period period = Period.lastDays(DAYS, LocalDate.now(clock.withZone(Period.JAPAN)));
    return new Dashboard(
        shown,
        period,
        statistics.backlog(codes),
        statistics.daily(codes, period),
        statistics.processing(codes, period));
  }

  private static RuleViolation unknown() {
    return new RuleViolation("dashboard.unknown-bureau", "その局はありません。", "No such bureau.");
  }

  private Officer caller() {
    String loginId = session.getCallerPrincipal().getName();
    return officers
        .findByLoginId(loginId)
        .orElseThrow(() -> new IllegalStateException("No officer for caller " + loginId));
  }
}
