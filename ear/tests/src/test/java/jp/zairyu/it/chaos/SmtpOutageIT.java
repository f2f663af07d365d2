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
 * The mail server goes away under load: the notifications back off and are retried; once it is back
 * every receipt mail arrives, once.
 */
@ExtendWith(ArquillianExtension.class)
class SmtpOutageIT {

  static final int SUBMISSIONS = Integer.getInteger("smtp-outage.submissions", 100);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests(LoadDriver.class);
  }

  @Test
  void everyMailArrivesOnceAfterTheMailServerComesBack() throws Exception {
    RunningStack stack = TestStack.running();
    List<Receipt> receipts;
    try (RunningStack.Outage outage = stack.mailOutage();
        Load load = new Load(Fixtures.uniqueName("SMTP"), SUBMISSIONS, 4, Duration.ofMinutes(5))) {
      receipts = load.await();
      // failing and backing off meanwhile: for 8 seconds, not one mail goes out
      Ledger.Counts during =
          org.awaitility.Awaitility.await()
              .during(Duration.ofSeconds(8))
              .atMost(Duration.ofSeconds(20))
              .pollInterval(Duration.ofSeconds(1))
              .until(
                  () -> Ledger.count(receipts, stack.greenMail()),
                  counts -> counts.mailedNever() == SUBMISSIONS);
      ChaosIT.log("SMTP down: %s", during);
      assertThat(during.mailedNever()).isEqualTo(SUBMISSIONS);
    }
    long back = System.nanoTime();
    Ledger.awaitSettled(receipts, stack.greenMail(), Duration.ofMinutes(4), Duration.ofSeconds(1));
    ChaosIT.log("all mails within %d s of SMTP coming back", ChaosIT.seconds(back));
    Ledger.Counts counts = Ledger.awaitNoLateDuplicate(receipts, stack.greenMail());
    ChaosIT.log("after the outage: %s", counts);
    assertThat(receipts).hasSize(SUBMISSIONS);
    assertThat(counts.problems()).as(counts.toString()).isZero();
  }
}
