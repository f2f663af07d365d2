package jp.zairyu.it.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.LongStream;
import jp.zairyu.it.support.Accounts;
import jp.zairyu.it.support.Database;
import jp.zairyu.it.support.Deployments;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The application list page (申請情報検索, the portal's home) of a practitioner with 10,000 cases against
 * a trivial JSF page of the same server and layout, requested over HTTP by the same logged-in
 * client. Reports requests per second and latencies of both and their ratio (goal: the list at
 * least 0.6× the trivial page); asserts only that the list is the real one. {@code
 * bench/list-page.sh} runs it with more requests.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApplicationListBenchIT {

  static final int CASES = Integer.getInteger("listbench.cases", 10_000);
  static final int REQUESTS = Integer.getInteger("listbench.requests", 400);
  static final int THREADS = Integer.getInteger("listbench.threads", 4);
  static final int TURNS = Integer.getInteger("listbench.turns", 5);

  static final String LIST = "/portal/index.xhtml";
  static final String LIST_FILTERED = "/portal/index.xhtml?state=APPROVED&sort=RECEIPT&page=3";
  static final String TRIVIAL = "/portal/registration/sent.xhtml";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void theListOfTenThousandCasesAgainstATrivialPage() throws Exception {
    String authId = Accounts.newLawyer();
    seed(authId, CASES);
    WebSession session = WebSession.portal(authId, Fixtures.DEMO_PASSWORD);

    HttpResponse<String> first = session.get(LIST);
    assertThat(first.statusCode()).isEqualTo(200);
    // Past 1,000 matches the count stops (ApplicationSearch.COUNT_LIMIT).
    assertThat(first.body())
        .contains(CASES > 1000 ? "1,000件以上" : String.format("%,d件", CASES))
        .contains("BENCH 1");
    assertThat(session.get(LIST_FILTERED).body()).contains("件");

    for (String path : List.of(LIST, LIST_FILTERED, TRIVIAL)) {
      measure(session, path, REQUESTS / 2); // warm-up: JIT, caches, pools
    }
    // The three pages in turns rather than one after the other: this machine's speed drifts within
    // minutes, and a drift between two long runs would show up as a ratio. Each turn measures all
    // three back to back (starting with a different page each turn); the ratio of each turn is
    // reported, and the overall one is over all turns.
    List<String> pages = List.of(TRIVIAL, LIST, LIST_FILTERED);
    List<List<Result>> turns = new ArrayList<>();
    for (int turn = 0; turn < TURNS; turn++) {
      Result[] measured = new Result[pages.size()];
      for (int k = 0; k < pages.size(); k++) {
        int page = (turn + k) % pages.size();
        measured[page] = measure(session, pages.get(page), REQUESTS / TURNS);
      }
      turns.add(List.of(measured));
    }
    Result trivial = Result.over(turns, 0);
    Result list = Result.over(turns, 1);
    Result filtered = Result.over(turns, 2);

    String report =
        String.format(
            "list page: %d cases, %d requests per page in %d turns, %d client threads, %d cores%n"
                + "  trivial JSF page  %s%n"
                + "  list, first page  %s = %.2f× trivial (turns: %s)%n"
                + "  list, filtered    %s = %.2f× trivial (turns: %s; state, sort by receipt,"
                + " page 3)%n",
            CASES,
            REQUESTS,
            TURNS,
            THREADS,
            Runtime.getRuntime().availableProcessors(),
            trivial,
            list,
            list.perSecond() / trivial.perSecond(),
            ratios(turns, 1),
            filtered,
            filtered.perSecond() / trivial.perSecond(),
            ratios(turns, 2));
    System.out.print("[list-bench] " + report);
    Files.writeString(Path.of("target", "list-page.txt"), report, StandardCharsets.UTF_8);
  }

  /** 10,000 cases of one practitioner in every state but SUBMITTED (no bureau queue sees them). */
  private static void seed(String authId, int cases) {
    String series = "B" + randomLetters(5);
    Database.update(
        "insert into application (practitioner_id, procedure_code, state, applicant_name,"
            + " nationality, date_of_birth, residence_card_number, prefecture, address_line,"
            + " receipt_number, created_at, updated_at, submitted_at, current_status,"
            + " desired_status, result_receipt, applicant_email)"
            + " select p.id, (array['EXTENSION','CHANGE','COE'])[1 + g % 3],"
            + " (array['DRAFT','UNDER_REVIEW','APPROVED','COMPLETED','WITHDRAWN','DENIED'])[1 + g %"
            + " 6], 'BENCH ' || g, 'ベトナム', date '1980-01-01' + g % 9000,"
            + " 'AB' || lpad(g::text, 8, '0') || 'CD', '東京都', '新宿区西新宿2-8-1',"
            + " case when g % 6 = 0 then null else ? || '-2026-' || lpad(g::text, 7, '0') end,"
            + " now() - g * interval '1 minute', now() - g * interval '1 minute',"
            + " case when g % 6 = 0 then null else now() - g * interval '1 minute' end,"
            + " 'ENGINEER_HUMANITIES', 'ENGINEER_HUMANITIES', 'MAIL', 'bench@example.jp'"
            + " from generate_series(1, ?) g, practitioner p where p.auth_id = ?",
        series, cases, authId);
    Database.update("vacuum analyze application");
  }

  private static String randomLetters(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
    }
    return s.toString();
  }

  private static Result measure(WebSession session, String path, int requests) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    long[] nanos = new long[requests];
    try {
      List<Future<?>> running = new ArrayList<>();
      long start = System.nanoTime();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        running.add(
            pool.submit(
                () -> {
                  for (int i = thread; i < requests; i += THREADS) {
                    long begin = System.nanoTime();
                    HttpResponse<String> response = session.get(path);
                    nanos[i] = System.nanoTime() - begin;
                    if (response.statusCode() != 200) {
                      throw new IllegalStateException(path + " answered " + response.statusCode());
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : running) {
        f.get();
      }
      return new Result(requests, System.nanoTime() - start, nanos);
    } finally {
      pool.shutdown();
    }
  }

  /** Each turn's ratio of a page to the trivial page, as "0.61, 0.58, …". */
  private static String ratios(List<List<Result>> turns, int page) {
    StringJoiner joined = new StringJoiner(", ");
    for (List<Result> turn : turns) {
      joined.add(String.format("%.2f", turn.get(page).perSecond() / turn.get(0).perSecond()));
    }
    return joined.toString();
  }

  /** Requests in a wall-clock time, and each request's latency. */
  private record Result(int requests, long elapsedNanos, long[] nanos) {

    /** One page's turns as one measurement: all requests over the summed time. */
    static Result over(List<List<Result>> turns, int page) {
      List<Result> measured = turns.stream().map(turn -> turn.get(page)).toList();
      return new Result(
          measured.stream().mapToInt(Result::requests).sum(),
          measured.stream().mapToLong(Result::elapsedNanos).sum(),
          measured.stream().flatMapToLong(r -> LongStream.of(r.nanos)).toArray());
    }

    double perSecond() {
      return requests / (elapsedNanos / 1e9);
    }

    double percentileMillis(double p) {
      long[] sorted = nanos.clone();
      Arrays.sort(sorted);
      return sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))] / 1e6;
    }

    @Override
    public String toString() {
      return String.format(
          "%6.0f req/s, p50 %5.1f ms, p95 %5.1f ms",
          perSecond(), percentileMillis(0.5), percentileMillis(0.95));
    }
  }
}
