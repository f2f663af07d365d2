package jp.zairyu.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import jp.zairyu.application.DocumentReminders;
import jp.zairyu.application.ScheduledRuns;
import jp.zairyu.it.support.Database;
import jp.zairyu.it.support.Deployments;
import jp.zairyu.it.support.Fixtures;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Daily jobs run once per cluster (issue 18): every server's timer fires, and the first to claim
 * the day's run ({@link ScheduledRuns}, a row of {@code scheduled_run}) does the work. A second
 * server claiming while the first's run is open waits for it: it skips once that run committed, and
 * takes the run over when it rolled back (the run failed, or its server died). Two servers are two
 * transactions here, the second on a thread of its own.
 */
@ExtendWith(ArquillianExtension.class)
class OncePerClusterIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests(OncePerClusterIT.class);
  }

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

  @Inject ScheduledRuns runs;
  @Inject DocumentReminders reminders;
  @Resource UserTransaction tx;
  @Resource ManagedExecutorService executor;

  /** The other server: claims in a transaction of its own, on another thread. */
  private Future<Boolean> otherServerClaims(String job) {
    return executor.submit(
        () -> {
          UserTransaction own =
              (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
          own.begin();
          try {
            boolean claimed = runs.claim(job, TODAY, Instant.now());
            own.commit();
            return claimed;
          } catch (RuntimeException e) {
            own.rollback();
            throw e;
          }
        });
  }

  private static void awaitWaiting(Future<Boolean> other) {
    Awaitility.await()
        .during(Duration.ofSeconds(1))
        .atMost(Duration.ofSeconds(10))
        .until(() -> !other.isDone());
  }

  @Test
  void aServerClaimingWhileAnothersRunIsOpenWaitsAndSkipsOnceItCommitted() throws Exception {
    String job = Fixtures.uniqueName("job");
    tx.begin();
    assertThat(runs.claim(job, TODAY, Instant.now())).isTrue();
    Future<Boolean> other = otherServerClaims(job);
    awaitWaiting(other); // it waits for this run's transaction
    tx.commit();

    assertThat(other.get(30, TimeUnit.SECONDS)).isFalse();
    assertThat(Database.string("select count(*) from scheduled_run where job = ?", job))
        .isEqualTo("1");
  }

  @Test
  void aRunThatRolledBackIsTakenOverByTheServerWaitingForIt() throws Exception {
    String job = Fixtures.uniqueName("job");
    tx.begin();
    assertThat(runs.claim(job, TODAY, Instant.now())).isTrue();
    Future<Boolean> other = otherServerClaims(job);
    awaitWaiting(other);
    tx.rollback(); // this server's run failed (or the server died: its connection is closed)

    assertThat(other.get(30, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void theNextDayIsANewRun() throws Exception {
    String job = Fixtures.uniqueName("job");
    tx.begin();
    assertThat(runs.claim(job, TODAY, Instant.now())).isTrue();
    assertThat(runs.claim(job, TODAY.plusDays(1), Instant.now())).isTrue();
    assertThat(runs.claim(job, TODAY, Instant.now())).isFalse();
    tx.commit();
  }

  @Test
  void twoServersFiringTheDailyTimerAtOnceRunTheJobOnce() throws Exception {
    var pool = Executors.newFixedThreadPool(2);
    try {
      Callable<Void> timer =
          () -> {
            reminders.daily();
            return null;
          };
      for (Future<Void> run : pool.invokeAll(List.of(timer, timer))) {
        run.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(
            Database.string(
                "select count(*) from scheduled_run where job = ? and run_day = ?",
                DocumentReminders.JOB,
                TODAY))
        .isEqualTo("1");
  }
}
