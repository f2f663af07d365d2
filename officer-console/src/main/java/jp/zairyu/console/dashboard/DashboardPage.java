package jp.zairyu.console.dashboard;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.zairyu.application.DashboardService;
import jp.zairyu.application.DashboardService.Dashboard;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.bureau.Bureau;
import jp.zairyu.web.messages.Messages;

/**
 * 統計: the dashboard of the officer's bureau (an ADMIN chooses a bureau or all of them with the
 * {@code bureau} parameter). Each chart has the same figures in a table beside it and a CSV link.
 */
@Named
@ViewScoped
public class DashboardPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private DashboardService dashboards;

  private String bureau;
  private List<Bureau> bureaus = List.of();
  private List<DashboardTables.BacklogRow> backlog = List.of();
  private List<DashboardTables.DailyRow> daily = List.of();
  private List<DashboardTables.ProcessingRow> processing = List.of();
  private String backlogChart;
  private String dailyChart;
  private String processingChart;
  private String shownBureau;
  private String period;
  private boolean loaded;

  public void load() {
    try {
      bureaus = dashboards.bureaus();
      Dashboard d = dashboards.dashboard(bureau);
      shownBureau = d.bureauCode();
      period = d.period().from() + " 〜 " + d.period().to();
      backlog = DashboardTables.backlog(d);
      daily = DashboardTables.daily(d);
      processing = DashboardTables.processing(d);
      backlogChart = DashboardTables.backlogChart(backlog);
      dailyChart = DashboardTables.dailyChart(daily);
      processingChart = DashboardTables.processingChart(d);
      loaded = true;
    } catch (RuleViolation refused) {
      loaded = false;
      Messages.error(refused);
    }
  }

  /** Whether the caller may choose among bureaus (an ADMIN). */
  public boolean isChoosable() {
    return bureaus.size() > 1;
  }

  /** The bureau shown, by name; all bureaus when none is chosen. */
  public String getShown() {
    return shownBureau == null
        ? "全局 / All bureaus"
        : DashboardTables.bureauName(shownBureau) + " (" + shownBureau + ")";
  }

  public String getShownCode() {
    return shownBureau == null ? "" : shownBureau;
  }

  /** The query string of the CSV links: the same bureau as the page. */
  public String csv(String table) {
    return "table="
        + table
        + (shownBureau == null
            ? ""
            : "&bureau=" + URLEncoder.encode(shownBureau, StandardCharsets.UTF_8));
  }

  public boolean isLoaded() {
    return loaded;
  }

  public String getPeriod() {
    return period;
  }

  public List<String> getStates() {
    return DashboardTables.backlogStates();
  }

  public List<Bureau> getBureaus() {
    return bureaus;
  }

  public List<DashboardTables.BacklogRow> getBacklog() {
    return backlog;
  }

  public List<DashboardTables.DailyRow> getDaily() {
    return daily;
  }

  public List<DashboardTables.ProcessingRow> getProcessing() {
    return processing;
  }

  public String getBacklogChart() {
    return backlogChart;
  }

  public String getDailyChart() {
    return dailyChart;
  }

  public String getProcessingChart() {
    return processingChart;
  }

  public String getBureau() {
    return bureau;
  }

  public void setBureau(String bureau) {
    this.bureau = bureau;
  }
}
