package jp.zairyu.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import jp.zairyu.devstack.RunningStack;
import jp.zairyu.it.chaos.Ledger;
import jp.zairyu.it.chaos.Load;
import jp.zairyu.it.load.LoadClient.Receipt;
import jp.zairyu.it.support.Accounts;
import jp.zairyu.it.support.CaseRows;
import jp.zairyu.it.support.Database;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.JsfForm;
import jp.zairyu.it.support.TestStack;
import jp.zairyu.it.support.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * A new version of the EAR deployed to the running cluster one instance at a time (issue 18, {@code
 * RunningStack.rollingRedeploy}: Payara's application versions, HAProxy's runtime API), while
 * submissions go on through the load balancer and a practitioner keeps reading her draft: no
 * request fails (not one submission attempt, not one page), her session crosses from the old
 * version to the new without logging in again and what she typed before is saved after, every
 * submission is routed and mailed once, and each instance runs the new version at the end.
 */
@EnabledIf("clustered")
class ClusterRollingRedeployIT {

  static final int ROUND = 40;
  static final int THREADS = 4;
  static final Duration DEADLINE = Duration.ofMinutes(10);
  static final Duration SETTLE = Duration.ofMinutes(4);

  static boolean clustered() {
    return TestStack.INSTANCES >= 2;
  }

  private static String edit(long draft) {
    return "/portal/applications/edit.xhtml?id=" + draft + "&step=2";
  }

  @Test
  void aNewVersionReplacesTheOldInstanceByInstanceWithNoRequestFailedAndNoSessionLost()
      throws Exception {
    RunningStack stack = TestStack.running();
    for (int i = 1; i <= TestStack.INSTANCES; i++) {
      if (stack.instancePid(i).isEmpty()) { // left dead by another test of the run
        stack.startInstance(i);
      }
    }
    String lawyer = Accounts.newLawyer();
    long draft = CaseRows.draft(lawyer);
    WebSession practitioner = WebSession.portal(lawyer, Fixtures.DEMO_PASSWORD);
    String before = Fixtures.uniqueName("BEFORE");
    HttpResponse<String> halfWay = practitioner.get(edit(draft));
    assertThat(halfWay.statusCode()).isEqualTo(200);
    halfWay = saved(practitioner, draft, halfWay, before);

    // the redeploy in the background; submissions and page views until it is done
    String version = "r" + System.currentTimeMillis();
    long start = System.nanoTime();
    CompletableFuture<Map<String, Duration>> redeploy =
        CompletableFuture.supplyAsync(
            () -> stack.rollingRedeploy(stack.settings().application(), version));
    var pageFailures = new ConcurrentLinkedQueue<String>();
    var pageViews = new AtomicInteger();
    var lastPage = new AtomicReference<>(halfWay);
    // a reader, not a load: her page five times a second
    var reader = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
    reader.scheduleWithFixedDelay(
        () -> {
          pageViews.incrementAndGet();
          try {
            HttpResponse<String> page = practitioner.get(edit(draft));
            if (page.statusCode() != 200 || !page.body().contains(before)) {
              pageFailures.add("HTTP " + page.statusCode() + " " + WebSession.location(page));
            } else {
              lastPage.set(page);
            }
          } catch (RuntimeException e) {
            pageFailures.add(e.toString());
          }
        },
        0,
        200,
        java.util.concurrent.TimeUnit.MILLISECONDS);
    List<Receipt> receipts = new ArrayList<>();
    int failedAttempts = 0;
    int rounds = 0;
    while (!redeploy.isDone()) {
      try (Load load = new Load(Fixtures.uniqueName("ROLLING"), ROUND, THREADS, DEADLINE)) {
        receipts.addAll(load.await());
        failedAttempts += load.failedAttempts();
      }
      rounds++;
    }
    Map<String, Duration> outOfRotation = redeploy.join();
    reader.shutdown();
    assertThat(reader.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
    log(
        "version %s on every instance in %d s; out of the rotation: %s; meanwhile %d submissions"
            + " in %d rounds (%d failed attempts), %d page views (%d failed)",
        version,
        Duration.ofNanos(System.nanoTime() - start).toSeconds(),
        outOfRotation,
        receipts.size(),
        rounds,
        failedAttempts,
        pageViews.get(),
        pageFailures.size());

    // her next click, on the new version, in the session the old version began
    String after = Fixtures.uniqueName("AFTER");
    saved(practitioner, draft, lastPage.get(), after);
    assertThat(Database.string("select applicant_name from application where id = ?", draft))
        .isEqualTo(after);

    // and more submissions on the new version alone
    try (Load load = new Load(Fixtures.uniqueName("ROLLING"), ROUND, THREADS, DEADLINE)) {
      receipts.addAll(load.await());
      failedAttempts += load.failedAttempts();
    }
    Ledger.Counts counts = Ledger.settle(receipts, stack.greenMail(), SETTLE);
    log("settled: %s", counts);

    assertThat(outOfRotation).hasSize(TestStack.INSTANCES);
    assertThat(rounds).as("submission rounds during the redeploy").isPositive();
    assertThat(failedAttempts).as("failed submission attempts").isZero();
    assertThat(pageFailures).as("failed page views of %d", pageViews.get()).isEmpty();
    assertThat(counts.problems()).as(counts.toString()).isZero();
    assertThat(stack.deployedVersions())
        .as("what each instance runs")
        .containsOnlyKeys(instanceNames())
        .allSatisfy((instance, name) -> assertThat(name).isEqualTo("zairyu:" + version));
  }

  /** Types {@code name} into the draft's applicant step, saves; the page shown after. */
  private static HttpResponse<String> saved(
      WebSession s, long draft, HttpResponse<String> page, String name) {
    HttpResponse<String> answer =
        s.postEncoded(
            edit(draft),
            JsfForm.of(page.body(), "draft").set("draft:fullName", name).body("draft:save"));
    assertThat(answer.statusCode()).as("saved: Post/Redirect/Get").isIn(302, 303);
    assertThat(WebSession.location(answer)).doesNotContain("login.xhtml").doesNotContain("expired");
    HttpResponse<String> shown = s.get(edit(draft));
    assertThat(shown.statusCode()).isEqualTo(200);
    assertThat(shown.body()).contains(name);
    return shown;
  }

  private static String[] instanceNames() {
    return java.util.stream.IntStream.rangeClosed(1, TestStack.INSTANCES)
        .mapToObj(i -> "zairyu-" + i)
        .toArray(String[]::new);
  }

  private static void log(String format, Object... args) {
    System.out.printf("[rolling-redeploy] " + format + "%n", args);
  }
}
