package jp.zairyu.console.dashboard;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import jp.zairyu.application.DashboardService;
import jp.zairyu.application.DashboardService.Dashboard;
import jp.zairyu.console.Csv;
import jp.zairyu.domain.model.RuleViolation;

/**
 * A table of the dashboard as CSV ({@link Csv}): {@code ?table=backlog|daily|processing}, with the
 * page's {@code bureau}. The same rows the page shows; an unknown table or a bureau the officer may
 * not see is 404.
 */
@WebServlet("/dashboard.csv")
public class DashboardExport extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private DashboardService dashboards;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String table = req.getParameter("table");
    if (table == null || !List.of("backlog", "daily", "processing").contains(table)) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Dashboard d;
    try {
      d = dashboards.dashboard(req.getParameter("bureau"));
    } catch (RuleViolation | EJBException refused) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String name =
        "dashboard-"
            + table
            + "-"
            + (d.bureauCode() == null ? "all" : d.bureauCode().toLowerCase(java.util.Locale.ROOT))
            + ".csv";
    switch (table) {
      case "backlog" -> {
        List<String> header = new ArrayList<>(List.of("局コード", "局"));
        header.addAll(DashboardTables.backlogStates());
        header.add("合計 / Total");
        try (Csv out = Csv.download(resp, name, header.toArray(String[]::new))) {
          for (DashboardTables.BacklogRow r : DashboardTables.backlog(d)) {
            List<String> row = new ArrayList<>(List.of(r.bureauCode(), r.bureau()));
            r.counts().forEach(n -> row.add(Long.toString(n)));
            row.add(Long.toString(r.total()));
            out.row(row.toArray(String[]::new));
          }
        }
      }
      case "daily" -> {
        try (Csv out = Csv.download(resp, name, "日付 / Day", "受付 / Arrivals", "処理 / Decisions")) {
          for (DashboardTables.DailyRow r : DashboardTables.daily(d)) {
            out.row(r.day(), Long.toString(r.arrivals()), Long.toString(r.decisions()));
          }
        }
      }
      default -> {
        try (Csv out =
            Csv.download(
                resp,
                name,
                "申請の種類 / Procedure",
                "在留資格 / Status",
                "件数 / Count",
                "平均日数 / Mean days",
                "中央値 / Median",
                "90パーセンタイル / 90th percentile")) {
          for (DashboardTables.ProcessingRow r : DashboardTables.processing(d)) {
            out.row(
                r.procedure(), r.status(), Long.toString(r.count()), r.mean(), r.median(), r.p90());
          }
        }
      }
    }
  }
}
