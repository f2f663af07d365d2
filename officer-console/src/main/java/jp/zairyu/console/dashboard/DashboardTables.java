package jp.zairyu.console.dashboard;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.zairyu.application.DashboardService.Dashboard;
import jp.zairyu.domain.model.application.ApplicationState;
import jp.zairyu.domain.model.application.Procedure;
import jp.zairyu.domain.model.application.ResidenceStatus;
import jp.zairyu.domain.model.bureau.Bureau;
import jp.zairyu.domain.model.bureau.BureauDirectory;
import jp.zairyu.domain.model.statistics.BacklogCount;
import jp.zairyu.domain.model.statistics.ProcessingTime;

/**
 * The dashboard's figures as the rows of its tables (the page and the CSV show the same rows) and
 * as Chart.js models for {@code p:chart}.
 */
public final class DashboardTables {

  /** Colours with at least 3:1 contrast against white (WCAG 1.4.11), one per series. */
  private static final String[] COLOURS = {"#1f5fa8", "#b5460f", "#2a7a3b", "#7b3fa0"};

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  private DashboardTables() {}

  /** A row of the backlog table: a bureau, its count per open state and their total. */
  public record BacklogRow(String bureauCode, String bureau, List<Long> counts, long total)
      implements java.io.Serializable {}

  /** A row of the daily table. */
  public record DailyRow(String day, long arrivals, long decisions)
      implements java.io.Serializable {}

  /** A row of the processing-days table. */
  public record ProcessingRow(
      String procedure, String status, long count, String mean, String median, String p90)
      implements java.io.Serializable {}

  static List<BacklogRow> backlog(Dashboard d) {
    // Every bureau shown has a row (zeros too), in the directory's order.
    Map<String, long[]> perBureau = new LinkedHashMap<>();
    List<String> shown =
        d.bureauCode() == null
            ? BureauDirectory.standard().all().stream().map(Bureau::code).toList()
            : List.of(d.bureauCode());
    for (String code : shown) {
      perBureau.put(code, new long[BacklogCount.OPEN_STATES.size()]);
    }
    for (BacklogCount c : d.backlog()) {
      long[] counts = perBureau.get(c.bureauCode());
      if (counts != null) {
        counts[BacklogCount.OPEN_STATES.indexOf(c.state())] += c.count();
      }
    }
    List<BacklogRow> rows = new ArrayList<>();
    for (Map.Entry<String, long[]> e : perBureau.entrySet()) {
      List<Long> counts = new ArrayList<>();
      long total = 0;
      for (long n : e.getValue()) {
        counts.add(n);
        total += n;
      }
      rows.add(new BacklogRow(e.getKey(), bureauName(e.getKey()), counts, total));
    }
    return rows;
  }

  static List<String> backlogStates() {
    return BacklogCount.OPEN_STATES.stream().map(DashboardTables::stateLabel).toList();
  }

  static String stateLabel(ApplicationState s) {
    return s.labelJa() + " / " + s.labelEn();
  }

  static List<DailyRow> daily(Dashboard d) {
    return d.daily().stream()
        .map(c -> new DailyRow(DAY.format(c.day()), c.arrivals(), c.decisions()))
        .toList();
  }

  static List<ProcessingRow> processing(Dashboard d) {
    return d.processing().stream()
        .map(
            p ->
                new ProcessingRow(
                    Procedure.byCode(p.procedureCode())
                        .map(x -> x.nameJa() + " / " + x.nameEn())
                        .orElse(p.procedureCode()),
                    p.statusCode() == null
                        ? "—"
                        : ResidenceStatus.byCode(p.statusCode())
                            .map(s -> s.nameJa() + " / " + s.nameEn())
                            .orElse(p.statusCode()),
                    p.count(),
                    days(p.mean()),
                    days(p.median()),
                    days(p.p90())))
        .toList();
  }

  static String days(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  static String bureauName(String code) {
    return BureauDirectory.standard().byCode(code).map(Bureau::nameJa).orElse(code);
  }

  // --- charts (Chart.js configurations, rendered by p:chart) ---

  static String backlogChart(List<BacklogRow> rows) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    rows.forEach(r -> labels.add(r.bureau()));
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    List<String> states = backlogStates();
    for (int i = 0; i < states.size(); i++) {
      JsonArrayBuilder data = Json.createArrayBuilder();
      for (BacklogRow r : rows) {
        data.add(r.counts().get(i));
      }
      datasets.add(dataset(states.get(i), data, i));
    }
    return chart("bar", labels, datasets, true);
  }

  static String dailyChart(List<DailyRow> rows) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder arrivals = Json.createArrayBuilder();
    JsonArrayBuilder decisions = Json.createArrayBuilder();
    for (DailyRow r : rows) {
      labels.add(r.day().substring(5));
      arrivals.add(r.arrivals());
      decisions.add(r.decisions());
    }
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(dataset("受付 / Arrivals", arrivals, 0))
            .add(dataset("処理（決定） / Decisions", decisions, 1));
    return chart("line", labels, datasets, false);
  }

  static String processingChart(Dashboard d) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder mean = Json.createArrayBuilder();
    JsonArrayBuilder median = Json.createArrayBuilder();
    JsonArrayBuilder p90 = Json.createArrayBuilder();
    for (ProcessingTime p : d.processing()) {
      labels.add(
          Procedure.byCode(p.procedureCode()).map(Procedure::nameJa).orElse(p.procedureCode())
              + (p.statusCode() == null
                  ? ""
                  : " "
                      + ResidenceStatus.byCode(p.statusCode())
                          .map(ResidenceStatus::nameJa)
                          .orElse(p.statusCode())));
      mean.add(p.mean());
      median.add(p.median());
      p90.add(p.p90());
    }
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(dataset("平均 / Mean", mean, 0))
            .add(dataset("中央値 / Median", median, 1))
            .add(dataset("90パーセンタイル / 90th percentile", p90, 2));
    return chart("bar", labels, datasets, false);
  }

  private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, int series) {
    String colour = COLOURS[series % COLOURS.length];
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", colour)
        .add("borderColor", colour)
        .add("fill", false);
  }

  private static String chart(
      String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean stacked) {
    JsonObjectBuilder axis = Json.createObjectBuilder().add("stacked", stacked);
    JsonObjectBuilder y =
        Json.createObjectBuilder()
            .add("stacked", stacked)
            .add("beginAtZero", true)
            .add("ticks", Json.createObjectBuilder().add("precision", 0));
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("scales", Json.createObjectBuilder().add("x", axis).add("y", y)))
        .build()
        .toString();
  }
}
