package jp.zairyu.it.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import jp.zairyu.devstack.RunningStack;
import jp.zairyu.it.load.LoadClient.Receipt;
import jp.zairyu.it.load.LoadDriver;
import jp.zairyu.it.support.Deployments;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.TestStack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Chaos: submissions in flight while the broker (the primary of the test stack's pair: the backup
 * takes over, then hands back when the primary is up), then Payara Server, then PostgreSQL are
 * killed with SIGKILL, one at a time, and started again. Afterwards every submission the client
 * holds a receipt for exists once, was routed once and mailed once; no receipt number was issued
 * twice; no transaction is left in doubt. {@code -Dchaos.submissions} (default 300 in the test
 * suite; {@code bench/chaos.sh} runs 10,000).
 */
@ExtendWith(ArquillianExtension.class)
class ChaosIT {

  static final int SUBMISSIONS = Integer.getInteger("chaos.submissions", 300);
  static final int THREADS = Integer.getInteger("chaos.threads", 8);
  static final Duration DEADLINE = Duration.ofSeconds(Long.getLong("chaos.deadline-seconds", 1800));
  static final Duration SETTLE = Duration.ofSeconds(Long.getLong("chaos.settle-seconds", 240));

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests(LoadDriver.class);
  }

  @Test
  void nothingIsLostOrDoneTwiceWhileBrokerServerAndDatabaseAreKilled() throws Exception {
    RunningStack stack = TestStack.running();
    long start = System.nanoTime();
    List<Receipt> receipts;
    int failedAttempts;
    try (Load load = new Load(Fixtures.uniqueName("CHAOS"), SUBMISSIONS, THREADS, DEADLINE)) {
      load.awaitAtLeast(SUBMISSIONS * 15 / 100, DEADLINE);
      log("killing the broker at %d receipts", load.received());
      stack.killAndRestartBroker();
      load.awaitAtLeast(SUBMISSIONS * 40 / 100, DEADLINE);
      log("killing Payara Server at %d receipts", load.received());
      stack.killAndRestartApplicationServer();
      load.awaitAtLeast(SUBMISSIONS * 65 / 100, DEADLINE);
      log("killing PostgreSQL at %d receipts", load.received());
      stack.killAndRestartDatabase();
      receipts = load.await();
      failedAttempts = load.failedAttempts();
    }
    log(
        "%d receipts, %d failed attempts retried, in %d s; waiting for routing and mail",
        receipts.size(), failedAttempts, seconds(start));
    long settleStart = System.nanoTime();
    Ledger.Counts counts = Ledger.settle(receipts, stack.greenMail(), SETTLE);
    log("settled in %d s: %s", seconds(settleStart), counts);

    assertThat(receipts).as("receipts held by the client").hasSize(SUBMISSIONS);
    assertThat(counts.problems()).as(counts.toString()).isZero();
  }

  static long seconds(long since) {
    return Duration.ofNanos(System.nanoTime() - since).toSeconds();
  }

  static void log(String format, Object... args) {
    System.out.printf("[chaos] " + format + "%n", args);
  }
}
