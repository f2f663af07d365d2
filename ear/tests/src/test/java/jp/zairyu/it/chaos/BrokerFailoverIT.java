package jp.zairyu.it.chaos;

import static jp.zairyu.it.chaos.ChaosIT.log;
import static jp.zairyu.it.chaos.ChaosIT.seconds;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
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
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The broker pair (issue 18): submissions in flight while the primary broker is killed with SIGKILL
 * and stays dead. The backup takes the journal over, the application's clients (the outbox relay's
 * sends, the consumers) fail over to it, and the rest of the submissions are relayed, routed and
 * mailed through the backup alone; then the primary comes back and takes over again (fail-back) and
 * a second batch goes through it. Afterwards, for both batches: nothing lost, nothing done twice,
 * no receipt number twice, no transaction left in doubt.
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIf("pair")
class BrokerFailoverIT {

  static final int SUBMISSIONS = Integer.getInteger("broker-failover.submissions", 200);
  static final int THREADS = 8;
  static final Duration DEADLINE = Duration.ofMinutes(10);
  static final Duration SETTLE = Duration.ofMinutes(4);

  static boolean pair() {
    return TestStack.running().settings().hasBrokerBackup();
  }

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests(LoadDriver.class);
  }

  @Test
  void theBackupCarriesOnWhenThePrimaryDiesAndHandsBackWhenItReturns() throws Exception {
    RunningStack stack = TestStack.running();
    List<Receipt> receipts = new ArrayList<>();
    long start = System.nanoTime();
    int receivedAtKill;
    try (Load load = new Load(Fixtures.uniqueName("FAILOVER"), SUBMISSIONS, THREADS, DEADLINE)) {
      load.awaitAtLeast(SUBMISSIONS / 5, DEADLINE);
      receivedAtKill = load.received();
      log("killing the broker primary at %d receipts; the backup goes on alone", receivedAtKill);
      stack.killBrokerPrimary();
      receipts.addAll(load.await());
      log(
          "%d receipts (%d failed attempts retried) in %d s, the last %d through the backup",
          receipts.size(), load.failedAttempts(), seconds(start), receipts.size() - receivedAtKill);
    }
    assertThat(receipts).as("receipts held by the client").hasSize(SUBMISSIONS);
    Ledger.Counts onBackup = Ledger.settle(receipts, stack.greenMail(), SETTLE);
    log("settled on the backup alone: %s", onBackup);
    assertThat(stack.processes()).as("the primary stays dead").doesNotContainKey("Artemis primary");
    assertThat(onBackup.problems()).as(onBackup.toString()).isZero();

    long failBack = System.nanoTime();
    stack.restartBrokerPrimary();
    log("the primary serves again %d s after its start (fail-back)", seconds(failBack));
    List<Receipt> after;
    try (Load load =
        new Load(Fixtures.uniqueName("FAILBACK"), SUBMISSIONS / 4, THREADS, DEADLINE)) {
      after = load.await();
    }
    assertThat(after).as("receipts after the fail-back").hasSize(SUBMISSIONS / 4);
    List<Receipt> all = new ArrayList<>(receipts);
    all.addAll(after);
    Ledger.Counts counts = Ledger.settle(all, stack.greenMail(), SETTLE);
    log("settled after the fail-back: %s", counts);
    assertThat(counts.problems()).as(counts.toString()).isZero();
  }
}
