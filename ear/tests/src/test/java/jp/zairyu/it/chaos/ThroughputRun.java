package jp.zairyu.it.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import jp.zairyu.devstack.RunningStack;
import jp.zairyu.it.load.LoadClient;
import jp.zairyu.it.load.LoadClient.Receipt;
import jp.zairyu.it.support.Fixtures;

/**
 * How {@link SubmissionThroughputIT} (one server) and {@code ClusterThroughputIT} (the cluster)
 * measure: end-to-end submission throughput (submitted over HTTP → committed with its outbox rows →
 * relayed to the queues → routed by the MDB) against a floor measured in the same run through the
 * same HTTP path: a bare EJB doing one insert and one persistent send in one XA transaction.
 * Reports both; asserts that every submission was routed and both its receipt mails (practitioner,
 * foreign national) were sent ({@code bench/throughput.sh} runs it with more submissions). Also the
 * processor time each process of the stack spent per submission ({@link ProcessCpu}).
 */
public final class ThroughputRun {

  static final int SUBMISSIONS = Integer.getInteger("throughput.submissions", 500);
  static final int THREADS = Integer.getInteger("throughput.threads", 8);

  /**
   * Submissions (and as many floor requests) before anything is measured: until the JIT compiler
   * has done its work (measured: with 100 of each, the C2 compiler threads took more of Payara's
   * CPU than any request thread during the measurement).
   */
  static final int WARM_UP = Integer.getInteger("throughput.warmup", 100);

  private ThroughputRun() {}

  /**
   * Warms up, measures the floor, then the submissions; prints and returns the report (also kept in
   * {@code target/throughput<suffix>.txt}) and asserts that every submission was routed and mailed.
   * {@code stack} serves the load driver's module on its HTTP port (one server, or the cluster's
   * load balancer).
   */
  public static String measure(RunningStack stack, String suffix) throws Exception {
    warmUp();

    double floor = floorPerSecond();
    PgCounters before = PgCounters.now();
    ProcessCpu cpuBefore = ProcessCpu.now(stack.processes());
    long start = System.nanoTime();
    List<Receipt> receipts;
    try (Load load =
        new Load(Fixtures.uniqueName("TPUT"), SUBMISSIONS, THREADS, Duration.ofMinutes(20))) {
      receipts = load.await();
    }
    double submitted = SUBMISSIONS / seconds(start);
    awaitUntil(
        Duration.ofSeconds(600).minusNanos(System.nanoTime() - start),
        20,
        () -> Ledger.unrouted(receipts) == 0);
    double routed = SUBMISSIONS / seconds(start);
    String database = PgCounters.now().perSubmissionSince(before, SUBMISSIONS);
    String cpu = ProcessCpu.now(stack.processes()).perSubmissionSince(cpuBefore, SUBMISSIONS);
    // Not part of the figure: wait for both receipt mails of every submission, so that the next
    // test class is not deployed while the consumers are still busy with this one's backlog.
    int expectedMails = 2 * SUBMISSIONS;
    awaitUntil(
        Duration.ofSeconds(900).minusNanos(System.nanoTime() - start),
        200,
        () -> Ledger.receiptMailsRecorded(receipts) >= expectedMails);
    double mailed = SUBMISSIONS / seconds(start);
    String report =
        String.format(
            "throughput: %d submissions, %d client threads, %d cores | floor (insert + persistent"
                + " send) %.0f/s | submitted (committed with messages) %.0f/s | submit→routed %.0f/s"
                + " = %.2f× floor | submit→both receipt mails sent %.0f/s",
            SUBMISSIONS,
            THREADS,
            Runtime.getRuntime().availableProcessors(),
            floor,
            submitted,
            routed,
            routed / floor,
            mailed);
    ChaosIT.log("%s", report);
    ChaosIT.log("PostgreSQL from the first measured submission to the last routed, %s", database);
    ChaosIT.log("processor from the first measured submission to the last routed: %s", cpu);
    Files.writeString(
        Path.of("target", "throughput" + suffix + ".txt"),
        report + "\n" + database + "\n" + cpu + "\n");
    assertThat(Ledger.count(receipts, stack.greenMail()).unrouted()).isZero();
    assertThat(Ledger.receiptMailsRecorded(receipts)).isEqualTo(expectedMails);
    return report;
  }

  /**
   * Warms both paths up, then waits until the warm-up's submissions are routed and mailed: their
   * backlog would otherwise run during the floor's measurement and the submissions'.
   */
  private static void warmUp() throws Exception {
    LoadClient client = new LoadClient();
    for (int i = 0; i < WARM_UP; i++) {
      client.floor("warm-up");
    }
    List<Receipt> receipts;
    try (Load load =
        new Load(Fixtures.uniqueName("WARM"), WARM_UP, THREADS, Duration.ofMinutes(10))) {
      receipts = load.await();
    }
    awaitUntil(
        Duration.ofSeconds(600),
        500,
        () ->
            Ledger.unrouted(receipts) == 0
                && Ledger.receiptMailsRecorded(receipts) >= 2 * receipts.size());
  }

  /**
   * Polls {@code condition} every {@code pollMillis} until it holds, for at most {@code atMost}.
   */
  private static void awaitUntil(
      Duration atMost, long pollMillis, java.util.concurrent.Callable<Boolean> condition) {
    org.awaitility.Awaitility.await()
        .atMost(atMost)
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(pollMillis))
        .until(condition);
  }

  private static double floorPerSecond() throws Exception {
    var pool = java.util.concurrent.Executors.newFixedThreadPool(THREADS);
    var next = new java.util.concurrent.atomic.AtomicInteger();
    long start = System.nanoTime();
    try {
      var futures =
          java.util.stream.IntStream.range(0, THREADS)
              .mapToObj(
                  t ->
                      pool.submit(
                          () -> {
                            LoadClient client = new LoadClient();
                            while (next.getAndIncrement() < SUBMISSIONS) {
                              if (!client.floor("floor")) {
                                throw new IllegalStateException("floor request failed");
                              }
                            }
                            return null;
                          }))
              .toList();
      for (var f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return SUBMISSIONS / seconds(start);
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
