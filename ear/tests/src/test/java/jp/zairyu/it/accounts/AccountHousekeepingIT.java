package jp.zairyu.it.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.zairyu.application.AccountMaintenance;
import jp.zairyu.application.AuditTrail;
import jp.zairyu.it.support.Deployments;
import jp.zairyu.it.support.Mailbox;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server: password-expiry reminders go out once, 30 and 7 days ahead, even when two
 * servers run the job at the same moment; the audit chain verifies and shows a tampered entry.
 */
@ExtendWith(ArquillianExtension.class)
class AccountHousekeepingIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests(AccountHousekeepingIT.class);
  }

  @Inject AccountMaintenance maintenance;
  @Inject AuditTrail audit;
  @Resource UserTransaction tx;

  @PersistenceContext(unitName = "zairyu")
  EntityManager em;

  private String practitionerWithPasswordAge(Duration age) throws Exception {
    String authId = "X" + String.format("%09d", Math.floorMod(System.nanoTime(), 1_000_000_000L));
    tx.begin();
    em.createNativeQuery(
            "insert into practitioner (auth_id, password_hash, user_kind, full_name, email,"
                + " password_changed_at) values (?1, 'x', 'LAWYER_SCRIVENER', '期限 太郎', ?2, ?3)")
        .setParameter(1, authId)
        .setParameter(2, authId.toLowerCase() + "@example.jp")
        .setParameter(3, Timestamp.from(Instant.now().minus(age)))
        .executeUpdate();
    tx.commit();
    return authId;
  }

  private static List<Mailbox.Mail> reminders(String authId) {
    return Mailbox.of(authId.toLowerCase() + "@example.jp")
        .matching(m -> m.subject().contains("有効期限が近づいています"));
  }

  @Test
  void remindersAreSentOnceAt30And7DaysEvenWhenTwoServersRunTheJob() throws Exception {
    String thirtyDays = practitionerWithPasswordAge(Duration.ofDays(340));
    String sevenDays = practitionerWithPasswordAge(Duration.ofDays(360));
    String fresh = practitionerWithPasswordAge(Duration.ofDays(10));

    var pool = Executors.newFixedThreadPool(2);
    try {
      Callable<Integer> job = () -> maintenance.sendExpiryReminders();
      List<Future<Integer>> runs = pool.invokeAll(List.of(job, job));
      for (Future<Integer> run : runs) {
        run.get();
      }
    } finally {
      pool.shutdown();
    }
    maintenance.sendExpiryReminders();

    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> reminders(thirtyDays).size() == 1 && reminders(sevenDays).size() == 1);
    Thread.sleep(2000); // nothing more arrives
    assertThat(reminders(thirtyDays)).hasSize(1);
    assertThat(reminders(thirtyDays).get(0).body()).contains("あと25日").contains(thirtyDays);
    assertThat(reminders(sevenDays)).hasSize(1);
    assertThat(reminders(sevenDays).get(0).body()).contains("あと5日");
    assertThat(reminders(fresh)).isEmpty();
  }

  @Test
  void theAuditChainVerifiesAndShowsATamperedEntry() throws Exception {
    tx.begin();
    audit.record("it", "TEST_EVENT", "chain", "one");
    audit.record("it", "TEST_EVENT", "chain", "two");
    tx.commit();
    AuditTrail.Verification ok = audit.verify();
    assertThat(ok.intact()).isTrue();
    assertThat(ok.entriesChecked()).isGreaterThanOrEqualTo(2);

    tx.begin();
    Number id =
        (Number)
            em.createNativeQuery(
                    "select id from audit_log where detail = 'one' and action = 'TEST_EVENT'"
                        + " order by id desc limit 1")
                .getSingleResult();
    em.createNativeQuery("update audit_log set detail = 'edited' where id = ?1")
        .setParameter(1, id.longValue())
        .executeUpdate();
    tx.commit();
    try {
      AuditTrail.Verification broken = audit.verify();
      assertThat(broken.firstBrokenEntry()).hasValue(id.longValue());
    } finally {
      tx.begin();
      em.createNativeQuery("update audit_log set detail = 'one' where id = ?1")
          .setParameter(1, id.longValue())
          .executeUpdate();
      tx.commit();
    }
    assertThat(audit.verify().intact()).isTrue();
  }
}
