package jp.zairyu.it.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import jp.zairyu.application.AccountAuthentication;
import jp.zairyu.application.LoginResult;
import jp.zairyu.application.PractitionerStandings;
import jp.zairyu.application.RegistrationService;
import jp.zairyu.domain.model.account.Registrant;
import jp.zairyu.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server, issue 15's identity rules without a browser: the certificate's details with a
 * foreign mailbox go to review and no password link goes there; the agent's own mailbox is approved
 * and takes over the certificate from the foreign claim; unfinished registrations expire and never
 * block; an account is still a duplicate; a lapsed agent or organisation's staff is refused at
 * login and the office administrator is told once, even when two servers run the job at once.
 */
@ExtendWith(ArquillianExtension.class)
class IdentityAndStandingIT {

  private static final String PASSWORD = "Zairyu#2026demo";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests(IdentityAndStandingIT.class);
  }

  @Inject RegistrationService registrations;
  @Inject AccountAuthentication authentication;
  @Inject PractitionerStandings standings;

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

  private List<String> rows(String query, Object... params) throws Exception {
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement(query)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      List<String> out = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    }
  }

  private static String unique() {
    return Long.toString(System.nanoTime(), 36);
  }

  private static String certificate() {
    return String.format("8%011d", Math.floorMod(System.nanoTime(), 100_000_000_000L));
  }

  private static Registrant.Form lawyer(String name, String email, String certificate) {
    return new Registrant.Form(
        name,
        "ベンゴ タロウ",
        email,
        "03-1234-5678",
        "100-0013",
        "東京都千代田区霞が関1-1-1",
        certificate,
        LocalDate.of(2029, 3, 31),
        "第一東京弁護士会",
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** The kinds of account mail sent to an address, oldest first. */
  private List<String> mailsTo(String email) throws Exception {
    return rows("select kind from account_mail where recipient = ? order by id", email);
  }

  private String stateOf(String email) throws Exception {
    return String.join(
        ",", rows("select state from registration where email = ? order by id", email));
  }

  @Test
  void theCertificatesDetailsWithAForeignMailboxAreReviewedAndTheAgentsOwnMailboxTakesOver()
      throws Exception {
    String certificate = certificate();
    String name = "名簿 " + unique();
    String agent = "agent-" + unique() + "@bar.example.jp";
    sql(
        "insert into agent_registry (certificate_number, full_name, expiry_date, unit_association,"
            + " email) values (?, ?, date '2029-03-31', '第一東京弁護士会', ?)",
        certificate,
        name,
        agent);

    // Whoever has a copy of the certificate types its number, name and expiry, and any mailbox.
    String attacker = "attacker-" + unique() + "@evil.example.com";
    registrations.register("LAWYER_SCRIVENER", lawyer(name, attacker, certificate), true, null);
    assertThat(stateOf(attacker)).isEqualTo("IN_REVIEW");
    assertThat(rows("select review_reason_en from registration where email = ?", attacker))
        .singleElement()
        .asString()
        .contains("mail address");
    assertThat(mailsTo(attacker)).containsExactly("REGISTRATION_IN_REVIEW");
    assertThat(
            rows(
                "select count(*) from account_token t join registration r"
                    + " on r.id = t.registration_id where r.email = ?",
                attacker))
        .containsExactly("0");

    // The agent registers with the mailbox of record (the domain in capitals): approved at once,
    // although the foreign claim holds the same certificate number; the claim gives way.
    String typed = agent.replace("@bar.example.jp", "@BAR.Example.JP");
    registrations.register("LAWYER_SCRIVENER", lawyer(name, typed, certificate), true, null);
    assertThat(stateOf(agent)).isEqualTo("APPROVED");
    assertThat(mailsTo(agent)).containsExactly("REGISTRATION_APPROVED");
    assertThat(stateOf(attacker)).isEqualTo("SUPERSEDED");
    assertThat(mailsTo(attacker)).containsExactly("REGISTRATION_IN_REVIEW");
  }

  @Test
  void anUnfinishedRegistrationExpiresAndNeverBlocksButAnAccountStillDoes() throws Exception {
    String certificate = certificate();
    String name = "期限 " + unique();
    String agent = "late-" + unique() + "@example.jp";
    sql(
        "insert into agent_registry (certificate_number, full_name, expiry_date, unit_association,"
            + " email) values (?, ?, date '2029-03-31', '第一東京弁護士会', ?)",
        certificate,
        name,
        agent);
    registrations.register("LAWYER_SCRIVENER", lawyer(name, agent, certificate), true, null);
    assertThat(stateOf(agent)).isEqualTo("APPROVED");

    // The link is not used within its validity (24 h): the registration expires.
    sql(
        "update registration set decided_at = ? where email = ?",
        Timestamp.from(Instant.now().minus(Duration.ofHours(25))),
        agent);
    assertThat(registrations.expireUnfinished()).isPositive();
    assertThat(stateOf(agent)).isEqualTo("EXPIRED");

    // Registering again works: a new link, no "already registered".
    registrations.register("LAWYER_SCRIVENER", lawyer(name, agent, certificate), true, null);
    assertThat(stateOf(agent)).isEqualTo("EXPIRED,APPROVED");
    assertThat(mailsTo(agent))
        .containsExactly("REGISTRATION_APPROVED", "REGISTRATION_APPROVED")
        .doesNotContain("REGISTRATION_DUPLICATE");

    // An account (a completed registration) with the certificate is still a duplicate.
    String holder = "X" + String.format("%09d", Math.floorMod(System.nanoTime(), 1_000_000_000L));
    String other = "other-" + unique() + "@example.jp";
    String taken = certificate();
    sql(
        "insert into practitioner (auth_id, password_hash, user_kind, full_name, email,"
            + " certificate_number, certificate_expiry) values (?, 'x', 'LAWYER_SCRIVENER', ?,"
            + " ?, ?, date '2029-03-31')",
        holder,
        name,
        holder.toLowerCase() + "@example.jp",
        taken);
    registrations.register("LAWYER_SCRIVENER", lawyer(name, other, taken), true, null);
    assertThat(stateOf(other)).isEmpty();
    assertThat(mailsTo(other)).containsExactly("REGISTRATION_DUPLICATE");
  }

  /** A practitioner with the demo password; returns the 認証ID. */
  private String practitioner(String kind, String extraColumns, Object... extraValues)
      throws Exception {
    String authId = "X" + String.format("%09d", Math.floorMod(System.nanoTime(), 1_000_000_000L));
    String hash =
        rows("select password_hash from practitioner where auth_id = 'Z000000001'").get(0);
    List<Object> params =
        new ArrayList<>(List.of(authId, hash, kind, authId.toLowerCase() + "@example.jp"));
    params.addAll(List.of(extraValues));
    sql(
        "insert into practitioner (auth_id, password_hash, user_kind, full_name, email"
            + (extraColumns.isEmpty() ? "" : ", " + extraColumns)
            + ") values (?, ?, ?, '資格 太郎', ?"
            + ", ?".repeat(extraValues.length)
            + ")",
        params.toArray());
    return authId;
  }

  private LoginResult.Outcome login(String authId) {
    return authentication.practitioner(authId, PASSWORD.toCharArray(), null).outcome();
  }

  @Test
  void aLapsedAgentCannotLogInAndTheOfficeAdministratorIsToldOnce() throws Exception {
    LocalDate yesterday = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).minusDays(1);
    LocalDate today = yesterday.plusDays(1);
    String office = "資格事務所 " + unique();
    sql("insert into office (name) values (?)", office);
    String admin = practitioner("LAWYER_SCRIVENER", "");
    String member =
        practitioner(
            "LAWYER_SCRIVENER", "certificate_number, certificate_expiry", certificate(), yesterday);
    String lastDay =
        practitioner(
            "LAWYER_SCRIVENER", "certificate_number, certificate_expiry", certificate(), today);
    String alone =
        practitioner("ORG_STAFF", "approval_date, approval_expiry", today.minusYears(3), yesterday);
    sql(
        "update practitioner set office_id = (select id from office where name = ?),"
            + " office_role = case when auth_id = ? then 'ADMIN' else 'STAFF' end"
            + " where auth_id in (?, ?)",
        office,
        admin,
        admin,
        member);

    assertThat(login(member)).isEqualTo(LoginResult.Outcome.STANDING_LAPSED);
    assertThat(login(alone)).isEqualTo(LoginResult.Outcome.STANDING_LAPSED);
    assertThat(login(lastDay)).isEqualTo(LoginResult.Outcome.SUCCESS);
    assertThat(login(admin)).isEqualTo(LoginResult.Outcome.SUCCESS);

    var pool = Executors.newFixedThreadPool(2);
    try {
      Callable<Integer> job = () -> standings.tellLapses();
      for (Future<Integer> run : pool.invokeAll(List.of(job, job))) {
        run.get();
      }
    } finally {
      pool.shutdown();
    }
    standings.tellLapses();

    String adminMail = admin.toLowerCase() + "@example.jp";
    assertThat(mailsTo(adminMail)).containsExactly("STANDING_LAPSED");
    assertThat(
            rows(
                "select parameters from account_mail where recipient = ? and kind ="
                    + " 'STANDING_LAPSED'",
                adminMail))
        .singleElement()
        .asString()
        .contains(member)
        .contains("届出済証明書");
    assertThat(mailsTo(member.toLowerCase() + "@example.jp")).isEmpty();
    // Without an office, the practitioner is told.
    assertThat(mailsTo(alone.toLowerCase() + "@example.jp")).containsExactly("STANDING_LAPSED");
    assertThat(mailsTo(lastDay.toLowerCase() + "@example.jp")).isEmpty();
    // Nothing of theirs is deleted: the account stays, only the login and filing stop.
    assertThat(rows("select status from practitioner where auth_id = ?", member))
        .containsExactly("ACTIVE");
  }
}
