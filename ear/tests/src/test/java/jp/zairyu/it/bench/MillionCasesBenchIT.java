package jp.zairyu.it.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.ApplicationRepository;
import jp.zairyu.domain.model.application.ApplicationSearch;
import jp.zairyu.domain.model.application.WorkQueue;
import jp.zairyu.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The console's work-queue queries and the practitioners' search over 1,000,000 applications in
 * PostgreSQL: each query as the application runs it (repository, JPA, one transaction), timed in
 * the server; p50 / p95 / p99 reported (goal: p95 ≤ 20 ms). Not part of {@code mvn verify}: {@code
 * bench/queues.sh} runs it on a stack of its own.
 */
@ExtendWith(ArquillianExtension.class)
class MillionCasesBenchIT {

  // It runs inside the application server, which does not see the build's -D properties.
  static final int CASES = 1_000_000;
  static final int PRACTITIONERS = 200;
  static final int RUNS = 400;
  static final Path REPORT = Path.of("/tmp/zairyu-queues.txt");

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests(MillionCasesBenchIT.class);
  }

  @Inject ApplicationRepository applications;

  @Resource(lookup = "jdbc/zairyu")
  DataSource db;

  @Test
  void queueAndSearchQueriesOverAMillionCases() throws Exception {
    long seedStart = System.nanoTime();
    long examiner = seed();
    double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
    List<Long> practitionerIds = longs("select id from practitioner where auth_id like 'M%'");
    List<String> tokyoReceipts =
        strings(
            "select receipt_number from application where bureau_code = 'TOKYO' and state ="
                + " 'SUBMITTED' order by random() limit 500");
    Random random = new Random(42);

    Map<String, IntFunction<List<?>>> queries = new LinkedHashMap<>();
    queries.put(
        "intake, first page (waiting longest)",
        i -> applications.queue(query(WorkQueue.Queue.INTAKE, null, null, null, null, null), 51));
    queries.put(
        "intake, a page deep in the queue (keyset)",
        i -> {
          Application from =
              applications
                  .queue(
                      query(
                          WorkQueue.Queue.INTAKE,
                          null,
                          null,
                          tokyoReceipts.get(random.nextInt(tokyoReceipts.size())),
                          null,
                          null),
                      1)
                  .get(0);
          return applications.queue(
              query(WorkQueue.Queue.INTAKE, null, null, null, null, null).after(from), 51);
        });
    queries.put(
        "intake, procedure + status filter",
        i ->
            applications.queue(
                query(WorkQueue.Queue.INTAKE, "CHANGE", "STUDENT", null, null, null), 51));
    queries.put(
        "intake, by receipt number from a prefix",
        i ->
            applications.queue(
                query(
                    WorkQueue.Queue.INTAKE,
                    null,
                    null,
                    "TOKYO-2026-00" + random.nextInt(10),
                    WorkQueue.Sort.RECEIPT,
                    null),
                51));
    queries.put(
        "examiner's own cases, newest first",
        i ->
            applications.queue(
                query(WorkQueue.Queue.MINE, null, null, null, WorkQueue.Sort.NEWEST, examiner),
                51));
    queries.put(
        "practitioner's search, first page with count",
        i ->
            applications
                .search(
                    practitionerIds.get(random.nextInt(practitionerIds.size())),
                    new ApplicationSearch(
                        null, null, null, null, null, null, null, null, false, 0, 20))
                .rows());
    queries.put(
        "practitioner's search, state + receipt order, page 10",
        i ->
            applications
                .search(
                    practitionerIds.get(random.nextInt(practitionerIds.size())),
                    new ApplicationSearch(
                        "APPROVED",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        ApplicationSearch.Sort.RECEIPT,
                        true,
                        9,
                        20))
                .rows());

    StringBuilder report =
        new StringBuilder(
            String.format(
                "queues: %,d applications (seeded in %.0f s), %d runs per query, %d cores%n",
                count("select count(*) from application"),
                seedSeconds,
                RUNS,
                Runtime.getRuntime().availableProcessors()));
    for (Map.Entry<String, IntFunction<List<?>>> q : queries.entrySet()) {
      for (int i = 0; i < RUNS / 4; i++) {
        q.getValue().apply(i); // warm-up
      }
      long[] nanos = new long[RUNS];
      int rows = 0;
      for (int i = 0; i < RUNS; i++) {
        long start = System.nanoTime();
        rows += q.getValue().apply(i).size();
        nanos[i] = System.nanoTime() - start;
      }
      Arrays.sort(nanos);
      assertThat(rows).as(q.getKey() + " finds cases").isPositive();
      report.append(
          String.format(
              "  %-52s p50 %5.1f ms  p95 %5.1f ms  p99 %5.1f ms%n",
              q.getKey(),
              nanos[RUNS / 2] / 1e6,
              nanos[(int) (RUNS * 0.95)] / 1e6,
              nanos[(int) (RUNS * 0.99)] / 1e6));
    }
    System.out.print("[queues] " + report);
    Files.writeString(REPORT, report, StandardCharsets.UTF_8);
  }

  private static WorkQueue query(
      WorkQueue.Queue queue,
      String procedure,
      String status,
      String receipt,
      WorkQueue.Sort sort,
      Long examiner) {
    return new WorkQueue("TOKYO", queue, examiner, procedure, status, receipt, sort, null, 50);
  }

  /**
   * 200 practitioners and a million applications over every bureau and state after submission
   * (Tokyo the busiest), submitted over the last two years.
   *
   * @return the id of the examiner whose cases are under examination
   */
  private long seed() throws Exception {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "insert into practitioner (auth_id, password_hash, user_kind, full_name, email,"
              + " password_changed_at) select 'M' || lpad(g::text, 9, '0'), 'x',"
              + " 'LAWYER_SCRIVENER', '負荷 ' || g, 'm' || g || '@example.jp', now()"
              + " from generate_series(1, "
              + PRACTITIONERS
              + ") g");
      long examiner = count("select id from officer where login_id = 'tokyo.examiner'");
      s.execute(
          "insert into application (practitioner_id, procedure_code, state, applicant_name,"
              + " nationality, date_of_birth, residence_card_number, prefecture, address_line,"
              + " receipt_number, bureau_code, examiner_id, created_at, updated_at, submitted_at,"
              + " routed_at, current_status, desired_status, result_receipt, applicant_email)"
              + " select p.id, (array['EXTENSION','CHANGE','COE','ACQUISITION','WORK_CERT'])[1 + g"
              + " % 5], st.state, 'LOAD ' || g, 'ベトナム', date '1970-01-01' + g % 15000,"
              + " 'AB' || lpad((g % 100000000)::text, 8, '0') || 'CD', '東京都', '新宿区1-1',"
              + " b.code || '-' || (2025 + g % 2) || '-' || lpad(g::text, 7, '0'), b.code,"
              + " case when st.state in ('UNDER_REVIEW','AWAITING_DOCUMENTS') then "
              + examiner
              + " end, t.at, t.at, t.at, t.at,"
              + " (array['STUDENT','ENGINEER_HUMANITIES','DEPENDENT','SSW'])[1 + g % 4],"
              + " (array['ENGINEER_HUMANITIES','STUDENT','SPOUSE_OF_JAPANESE','SSW','HSP'])[1 + g"
              + " % 5], 'MAIL', 'load@example.jp'"
              + " from generate_series(1, "
              + CASES
              + ") g"
              + " cross join lateral (select now() - (g % 730) * interval '1 day' - (g % 86400) *"
              + " interval '1 second' as at) t"
              + " cross join lateral (select (array['TOKYO','TOKYO','TOKYO','OSAKA','NAGOYA',"
              + "'FUKUOKA','SAPPORO','SENDAI','HIROSHIMA','TAKAMATSU'])[1 + g % 10] as code) b"
              + " cross join lateral (select (array['SUBMITTED','UNDER_REVIEW','APPROVED',"
              + "'COMPLETED','APPROVED','AWAITING_DOCUMENTS','DENIED','COMPLETED',"
              + "'APPROVED_AWAITING_ISSUANCE','WITHDRAWN','APPROVED','COMPLETED','SUBMITTED'])"
              + "[1 + (g / 10) % 13] as state) st"
              + " join practitioner p on p.auth_id = 'M' || lpad((1 + g % "
              + PRACTITIONERS
              + ")::text, 9, '0')");
      s.execute("vacuum analyze application");
      return examiner;
    }
  }

  private long count(String sql) throws Exception {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private List<Long> longs(String sql) throws Exception {
    List<Long> out = new java.util.ArrayList<>();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getLong(1));
      }
    }
    return out;
  }

  private List<String> strings(String sql) throws Exception {
    List<String> out = new java.util.ArrayList<>();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
