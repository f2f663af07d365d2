package jp.zairyu.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jp.zairyu.devstack.RunningStack;
import jp.zairyu.it.chaos.Ledger;
import jp.zairyu.it.chaos.Load;
import jp.zairyu.it.load.LoadClient.Receipt;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The chaos driver against the cluster (issue 18), in two rounds of submissions through the load
 * balancer: during the first, instance 1 is killed with SIGKILL and started again (it completes
 * what it had in doubt; the other instance serves meanwhile); during the second, the primary of the
 * broker pair is killed and stays dead (the backup serves). Afterwards every submission the client
 * holds a receipt for exists once, was routed once and mailed once; no receipt number was issued
 * twice; no transaction is left in doubt. The stack's EAR carries the load driver's module ({@code
 * Deployments.earWithLoadDriver}).
 */
@EnabledIf("clustered")
class ClusterChaosIT {

  static final int SUBMISSIONS = Integer.getInteger("cluster-chaos.submissions", 300);
  static final int THREADS = 8;
  static final Duration DEADLINE = Duration.ofMinutes(15);
  static final Duration SETTLE = Duration.ofMinutes(4);

  static boolean clustered() {
    return TestStack.INSTANCES >= 2;
  }

  @Test
  void nothingIsLostOrDoneTwiceWhileAnInstanceAndThenTheBrokerPrimaryAreKilled() throws Exception {
    RunningStack stack = TestStack.running();
    for (int i = 1; i <= TestStack.INSTANCES; i++) {
      if (stack.instancePid(i).isEmpty()) { // left dead by another test of the run
        stack.startInstance(i);
      }
    }
    long start = System.nanoTime();
    List<Receipt> receipts = new ArrayList<>();
    int failedAttempts;
    // first half: instance 1 killed, then started again while the submissions go on
    try (Load load = new Load(Fixtures.uniqueName("CLUSTER"), SUBMISSIONS, THREADS, DEADLINE)) {
      load.awaitAtLeast(SUBMISSIONS * 15 / 100, DEADLINE);
      log("killing instance 1 at %d receipts", load.received());
      stack.killInstance(1);
      load.awaitAtLeast(SUBMISSIONS * 35 / 100, DEADLINE);
      log("starting instance 1 again at %d receipts", load.received());
      long restart = System.nanoTime();
      stack.startInstance(1);
      log("instance 1 started in %d s, at %d receipts", seconds(restart), load.received());
      receipts.addAll(load.await());
      failedAttempts = load.failedAttempts();
    }
    // second half, both instances up: the broker primary killed for good under the submissions
    try (Load load = new Load(Fixtures.uniqueName("CLUSTER"), SUBMISSIONS, THREADS, DEADLINE)) {
      load.awaitAtLeast(SUBMISSIONS * 30 / 100, DEADLINE);
      log("killing the broker primary at %d receipts; the backup goes on", load.received());
      stack.killBrokerPrimary();
      receipts.addAll(load.await());
      failedAttempts += load.failedAttempts();
    }
    log(
        "%d receipts, %d failed attempts retried, in %d s; waiting for routing and mail",
        receipts.size(), failedAttempts, seconds(start));
    long settleStart = System.nanoTime();
    Ledger.Counts counts = Ledger.settle(receipts, stack.greenMail(), SETTLE);
    log("settled in %d s: %s", seconds(settleStart), counts);

    assertThat(receipts).as("receipts held by the client").hasSize(2 * SUBMISSIONS);
    assertThat(counts.problems()).as(counts.toString()).isZero();
  }

  private static long seconds(long since) {
    return Duration.ofNanos(System.nanoTime() - since).toSeconds();
  }

  private static void log(String format, Object... args) {
    System.out.printf("[cluster-chaos] " + format + "%n", args);
  }
}
