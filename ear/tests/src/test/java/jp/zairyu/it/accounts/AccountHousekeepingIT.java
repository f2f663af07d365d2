package jp.zairyu.it.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import jp.zairyu.application.AccountMaintenance;
import jp.zairyu.application.AuditTrail;
import jp.zairyu.domain.model.account.PractitionerRepository;
import jp.zairyu.domain.model.account.Totp;
import jp.zairyu.infrastructure.persistence.KeysAtStartup;
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
  @Inject PractitionerRepository practitioners;
  @Inject KeysAtStartup keysAtStartup;
  @Resource UserTransaction tx;

  /** The application's data source (its persistence unit is private to the EJB module). */
  @Resource(lookup = "jdbc/zairyu")
  DataSource db;

  private int sql(String statement, Object... params) throws Exception {
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement(statement)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      return s.executeUpdate();
    }
  }

  private String string(String query, Object... params) throws Exception {
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement(query)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private String practitionerWithPasswordAge(Duration age) throws Exception {
    String authId = "X" + String.format("%09d", Math.floorMod(System.nanoTime(), 1_000_000_000L));
    sql(
        "insert into practitioner (auth_id, password_hash, user_kind, full_name, email,"
            + " password_changed_at) values (?, 'x', 'LAWYER_SCRIVENER', '期限 太郎', ?, ?)",
        authId,
        authId.toLowerCase() + "@example.jp",
        Timestamp.from(Instant.now().minus(age)));
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
    // nothing more arrives
    org.awaitility.Awaitility.await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(10))
        .until(() -> reminders(thirtyDays).size() == 1 && reminders(sevenDays).size() == 1);
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

    long id;
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select max(id) from audit_log where detail = 'one' and action = 'TEST_EVENT'");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      id = rs.getLong(1);
    }
    sql("update audit_log set detail = 'edited' where id = ?", id);
    try {
      AuditTrail.Verification broken = audit.verify();
      assertThat(broken.firstBrokenEntry()).hasValue(id);
      assertThat(broken.broken().orElseThrow().action()).isEqualTo("TEST_EVENT");
    } finally {
      sql("update audit_log set detail = 'one' where id = ?", id);
    }
    assertThat(audit.verify().intact()).isTrue();
  }

  @Test
  void aTotpSecretStoredInClearStillReadsAndIsEncryptedAtTheNextStart() throws Exception {
    String authId = practitionerWithPasswordAge(Duration.ZERO);
    String secret = Totp.newSecret();
    // as before V22: the Base32 secret in clear
    sql(
        "update practitioner set totp_secret = ?, totp_enabled_at = now() where auth_id = ?",
        secret,
        authId);
    assertThat(storedSecret(authId)).isEqualTo(secret);

    Instant now = Instant.now();
    assertThat(readsAs(authId, secret, now)).isTrue();

    // what KeysAtStartup does at every start
    assertThat(keysAtStartup.sealTotpSecrets()).isPositive();
    assertThat(storedSecret(authId)).startsWith("enc:v1:").doesNotContain(secret);
    assertThat(readsAs(authId, secret, now.plusSeconds(60))).isTrue();
    assertThat(keysAtStartup.sealTotpSecrets()).isZero();
  }

  private String storedSecret(String authId) throws Exception {
    return string("select totp_secret from practitioner where auth_id = ?", authId);
  }

  /** Whether the account, as JPA reads it, takes the code of {@code secret} at {@code at}. */
  private boolean readsAs(String authId, String secret, Instant at) throws Exception {
    tx.begin();
    try {
      return practitioners
          .findByAuthId(authId)
          .orElseThrow()
          .acceptTotp(Totp.code(secret, Totp.step(at)), at);
    } finally {
      tx.commit();
    }
  }
}
