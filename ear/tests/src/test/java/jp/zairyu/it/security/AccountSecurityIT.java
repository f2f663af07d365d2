package jp.zairyu.it.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jp.zairyu.application.AccountAuthentication;
import jp.zairyu.application.AccountAuthentication.SessionState;
import jp.zairyu.application.CallerAddress;
import jp.zairyu.application.LoginResult;
import jp.zairyu.application.LoginResult.Outcome;
import jp.zairyu.application.PasswordHashes;
import jp.zairyu.application.PasswordService;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.access.IpAddress;
import jp.zairyu.domain.model.account.PractitionerRepository;
import jp.zairyu.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server, against the real database: what an attacker with a list of 認証IDs can and
 * cannot do at the login — lockout under a burst of parallel guesses, the time a wrong password
 * takes for a known and an unknown ID, hashes upgraded at login, throttling per client address,
 * 認証IDs that say nothing about each other, sessions that end however active they are.
 */
@ExtendWith(ArquillianExtension.class)
class AccountSecurityIT {

  private static final Logger LOG = Logger.getLogger(AccountSecurityIT.class.getName());
  private static final String PASSWORD = "Zairyu#2026demo";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests(AccountSecurityIT.class);
  }

  @Inject AccountAuthentication accounts;
  @Inject PasswordHashes hashes;
  @Inject PasswordService passwords;
  @Inject CallerAddress caller;
  @Inject PractitionerRepository practitioners;

  @Resource(lookup = "jdbc/zairyu")
  DataSource db;

  /** A practitioner of this test with {@link #PASSWORD} hashed as given. */
  private String practitioner(String passwordHash) throws Exception {
    String authId = "S" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
    sql(
        "insert into practitioner (auth_id, password_hash, user_kind, full_name, email)"
            + " values (?, ?, 'LAWYER_SCRIVENER', '安全 太郎', ?)",
        authId,
        passwordHash,
        authId.toLowerCase() + "@example.jp");
    return authId;
  }

  @Test
  void thirtyParallelWrongPasswordsHaveNoMoreThanTheLimitChecked() throws Exception {
    String known = practitioner(hashes.hash(PASSWORD.toCharArray()));
    String unknown = "Z9" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    for (String name : List.of(known, unknown)) {
      List<Callable<LoginResult>> guesses = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        char[] guess = ("Wrong#pass" + i).toCharArray();
        guesses.add(() -> accounts.practitioner(name, guess, null));
      }
      ExecutorService pool = Executors.newFixedThreadPool(30);
      List<Outcome> outcomes = new ArrayList<>();
      try {
        for (Future<LoginResult> f : pool.invokeAll(guesses)) {
          outcomes.add(f.get().outcome());
        }
      } finally {
        pool.shutdown();
      }
      assertThat(count("LOGIN_FAILED", name)).as("passwords checked for " + name).isEqualTo(5);
      assertThat(count("LOCKED_OUT", name)).isEqualTo(1);
      assertThat(outcomes).filteredOn(o -> o == Outcome.INVALID).hasSize(4);
      assertThat(outcomes).filteredOn(o -> o == Outcome.LOCKED).hasSize(26);
    }
    // the right password is refused too while the name is locked
    assertThat(accounts.practitioner(known, PASSWORD.toCharArray(), null).outcome())
        .isEqualTo(Outcome.LOCKED);
  }

  @Test
  void aWrongPasswordTakesTheSameTimeForAKnownAndAnUnknownId() throws Exception {
    List<String> known = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      known.add(practitioner(hashes.hash(PASSWORD.toCharArray())));
    }
    // measured in pairs, one right after the other, so that the machine's drift cancels
    List<Long> knownNanos = new ArrayList<>();
    List<Long> unknownNanos = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    for (int round = 0; round < 2; round++) { // 2 wrong passwords per name: below the lockout
      for (String name : known) {
        long k = timeOf(name);
        long u = timeOf("Z8" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
        knownNanos.add(k);
        unknownNanos.add(u);
        ratios.add((double) k / u);
      }
    }
    long knownMedian = median(knownNanos);
    long unknownMedian = median(unknownNanos);
    double ratio = ratios.stream().sorted().toList().get(ratios.size() / 2);
    LOG.info(
        () ->
            String.format(
                "Failed login, median of %d: known 認証ID %.1f ms, unknown %.1f ms, median ratio %.2f",
                knownNanos.size(), knownMedian / 1e6, unknownMedian / 1e6, ratio));
    assertThat(ratio)
        .as("known %d ns vs unknown %d ns (medians)", knownMedian, unknownMedian)
        .isBetween(0.8, 1.2);
  }

  private long timeOf(String name) {
    long start = System.nanoTime();
    LoginResult result = accounts.practitioner(name, "Wrong#pass1".toCharArray(), null);
    long took = System.nanoTime() - start;
    assertThat(result.outcome()).isEqualTo(Outcome.INVALID);
    return took;
  }

  private static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  @Test
  void aHashWithFewerIterationsIsReplacedAtTheNextSuccessfulLoginOnly() throws Exception {
    String old = "PBKDF2WithHmacSHA256:2048:" + weakHashParts();
    String authId = practitioner(old);
    assertThat(accounts.practitioner(authId, "Wrong#pass1".toCharArray(), null).outcome())
        .isEqualTo(Outcome.INVALID);
    assertThat(hashOf(authId)).isEqualTo(old);

    LoginResult ok = accounts.practitioner(authId, PASSWORD.toCharArray(), null);
    assertThat(ok.outcome()).isEqualTo(Outcome.SUCCESS);
    assertThat(hashOf(authId)).startsWith("PBKDF2WithHmacSHA256:600000:");
    assertThat(hashes.verify(PASSWORD.toCharArray(), hashOf(authId))).isTrue();
    // the password did not change: the session just opened goes on
    assertThat(accounts.practitionerSession(authId, ok.credentialsVersion(), Instant.now()))
        .isEqualTo(SessionState.VALID);
    assertThat(new String(hashes.hash("x".toCharArray())))
        .startsWith("PBKDF2WithHmacSHA256:600000:");
  }

  /** Salt and key of {@link #PASSWORD} with 2,048 iterations (Soteria's default before). */
  private static String weakHashParts() throws Exception {
    byte[] salt = new byte[32];
    ThreadLocalRandom.current().nextBytes(salt);
    var spec = new javax.crypto.spec.PBEKeySpec(PASSWORD.toCharArray(), salt, 2048, 256);
    byte[] key =
        javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
            .generateSecret(spec)
            .getEncoded();
    var b64 = java.util.Base64.getEncoder();
    return b64.encodeToString(salt) + ":" + b64.encodeToString(key);
  }

  @Test
  void oneClientAddressGetsNoMoreLoginsOrResetRequestsThanItsLimit() throws Exception {
    caller.resolved(IpAddress.of("133.11." + randomOctet() + "." + randomOctet()));
    String name = "Z7" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    List<Outcome> outcomes = new ArrayList<>();
    for (int i = 0; i < 62; i++) { // the limit is 60 per 10 minutes
      outcomes.add(accounts.practitioner(name, "Wrong#pass1".toCharArray(), null).outcome());
    }
    assertThat(outcomes.subList(0, 60)).doesNotContain(Outcome.THROTTLED);
    assertThat(outcomes.subList(60, 62)).containsOnly(Outcome.THROTTLED);
    assertThat(count("LOGIN_THROTTLED", name)).isEqualTo(2);

    for (int i = 0; i < 10; i++) {
      passwords.requestReset(name, "nobody@example.jp");
    }
    assertThatThrownBy(() -> passwords.requestReset(name, "nobody@example.jp"))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("Too many requests");

    caller.resolved(IpAddress.of("133.12." + randomOctet() + "." + randomOctet()));
    assertThat(accounts.practitioner(name, "Wrong#pass1".toCharArray(), null).outcome())
        .as("another client is not throttled")
        .isEqualTo(Outcome.LOCKED);
  }

  private static int randomOctet() {
    return ThreadLocalRandom.current().nextInt(1, 255);
  }

  @Test
  void authenticationIdsAreDrawnAtRandomNotInSequence() {
    Set<String> ids = new HashSet<>();
    List<Long> numbers = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String id = practitioners.nextAuthId();
      assertThat(id).matches("Z\\d{9}");
      ids.add(id);
      numbers.add(Long.parseLong(id.substring(1)));
    }
    assertThat(ids).hasSize(50);
    List<Long> sorted = numbers.stream().sorted().toList();
    long adjacent = 0;
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i) - sorted.get(i - 1) < 1000) {
        adjacent++;
      }
    }
    assertThat(adjacent).as("ids within 1,000 of another").isLessThanOrEqualTo(1);
  }

  @Test
  void aSessionEndsAfterItsAbsoluteLifetimeHoweverActiveItWas() throws Exception {
    String authId = practitioner(hashes.hash(PASSWORD.toCharArray()));
    LoginResult ok = accounts.practitioner(authId, PASSWORD.toCharArray(), null);
    int version = ok.credentialsVersion();
    Instant now = Instant.now();
    assertThat(accounts.practitionerSession(authId, version, now.minus(Duration.ofHours(11))))
        .isEqualTo(SessionState.VALID);
    assertThat(accounts.practitionerSession(authId, version, now.minus(Duration.ofHours(12))))
        .isEqualTo(SessionState.EXPIRED);
    assertThat(accounts.practitionerSession(authId, null, now)).isEqualTo(SessionState.ENDED);
    sql("update practitioner set status = 'SUSPENDED' where auth_id = ?", authId);
    assertThat(accounts.practitionerSession(authId, version, now)).isEqualTo(SessionState.ENDED);
    assertThat(accounts.officerSession("tokyo.examiner", 0, now.minus(Duration.ofHours(13))))
        .isEqualTo(SessionState.EXPIRED);
  }

  private String hashOf(String authId) throws Exception {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement("select password_hash from practitioner where auth_id = ?")) {
      s.setString(1, authId);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getString(1);
      }
    }
  }

  private int count(String action, String actor) throws Exception {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement("select count(*) from audit_log where action = ? and actor = ?")) {
      s.setString(1, action);
      s.setString(2, actor);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  private void sql(String statement, Object... params) throws Exception {
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement(statement)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      s.executeUpdate();
    }
  }
}
