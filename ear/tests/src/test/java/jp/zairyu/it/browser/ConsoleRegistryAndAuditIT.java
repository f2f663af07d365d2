package jp.zairyu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Objects;
import jp.zairyu.devstack.StackSettings;
import jp.zairyu.domain.model.audit.AuditEntry;
import jp.zairyu.it.browser.pages.AuditTrailPage;
import jp.zairyu.it.browser.pages.IntakePage;
import jp.zairyu.it.browser.pages.LoginPage;
import jp.zairyu.it.browser.pages.RegistryImportPage;
import jp.zairyu.it.support.ConsoleFixtures;
import jp.zairyu.it.support.Deployments;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.TestPorts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The ADMIN's agent registry import (a valid file, a file with bad lines, a file that is not UTF-8)
 * and audit trail check, in a real browser, with axe-core on each state.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleRegistryAndAuditIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  private static final String HEADER = "certificate_number,full_name,expiry_date,unit_association";

  private final String base = TestPorts.baseUrl();
  private WebDriver browser;
  @TempDir Path files;

  @BeforeEach
  void openBrowserAsAdmin() {
    browser = Browser.start();
    LoginPage.console(browser, base).logIn(ConsoleFixtures.ADMIN, Fixtures.DEMO_PASSWORD);
    new IntakePage(browser);
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  private void assertAccessible(String state) {
    assertThat(Accessibility.scan(browser, state)).hasNoViolations();
  }

  private Path csv(String name, Charset charset, String... lines) throws IOException {
    return Files.write(
        files.resolve(name), String.join("\n", lines).concat("\n").getBytes(charset));
  }

  @Test
  void aValidFileIsImportedAndCounted() throws IOException {
    browser.findElement(By.id("navRegistry")).click();
    RegistryImportPage page = new RegistryImportPage(browser);
    long before = page.entries();
    assertAccessible("registry import, empty");

    Path valid =
        csv(
            "registry.csv",
            StandardCharsets.UTF_8,
            HEADER,
            ConsoleFixtures.uniqueCertificateNumber() + ",取込 一郎,2030-03-31,東京弁護士会",
            ConsoleFixtures.uniqueCertificateNumber() + ",取込 二郎,2029-12-31,");
    RegistryImportPage imported = page.upload(valid);

    assertThat(imported.messages()).anyMatch(m -> m.contains("2件を取り込みました"));
    assertThat(imported.entries()).isEqualTo(before + 2);
    assertAccessible("registry import, just imported");
  }

  @Test
  void aFileWithBadLinesIsRefusedWholeWithTheLineNumbers() throws IOException {
    RegistryImportPage page = RegistryImportPage.open(browser, base);
    long before = page.entries();

    Path invalid =
        csv(
            "bad.csv",
            StandardCharsets.UTF_8,
            HEADER,
            ConsoleFixtures.uniqueCertificateNumber() + ",正しい 行,2030-03-31,東京弁護士会",
            "12345,短い 番号,2030-03-31,東京弁護士会",
            ConsoleFixtures.uniqueCertificateNumber() + ",日付 誤り,2030/03/31,東京弁護士会");
    RegistryImportPage refused = page.upload(invalid);

    assertThat(refused.messages())
        .anyMatch(m -> m.contains("何も") || m.contains("取り込みませんでした"))
        .anyMatch(m -> m.contains("3行目") && m.contains("12桁"))
        .anyMatch(m -> m.contains("4行目") && m.contains("YYYY-MM-DD"));
    assertThat(refused.entries()).isEqualTo(before);
    assertAccessible("registry import, refused with line errors");

    Path wrongHeader = csv("header.csv", StandardCharsets.UTF_8, "number,name", "1,2");
    assertThat(refused.upload(wrongHeader).messages()).anyMatch(m -> m.contains("1行目"));

    Path shiftJis =
        csv(
            "sjis.csv",
            Charset.forName("Shift_JIS"),
            HEADER,
            ConsoleFixtures.uniqueCertificateNumber() + ",取込 三郎,2030-03-31,大阪弁護士会");
    RegistryImportPage notUtf8 = RegistryImportPage.open(browser, base).upload(shiftJis);
    assertThat(notUtf8.messages()).anyMatch(m -> m.contains("UTF-8"));
    assertThat(notUtf8.entries()).isEqualTo(before);

    RegistryImportPage.open(browser, base);
    browser.findElement(By.id("upload:import")).click();
    assertThat(new RegistryImportPage(browser).messages())
        .anyMatch(m -> m.contains("CSVファイルを選んでください"));
  }

  @Test
  void theAuditTrailCheckReportsAnIntactChain() {
    browser.findElement(By.id("navAudit")).click();
    AuditTrailPage page = new AuditTrailPage(browser);
    assertAccessible("audit trail check, before checking");

    AuditTrailPage checked = page.verify();

    assertThat(checked.intact()).as(browser.findElement(By.id("outcome")).getText()).isTrue();
    assertThat(checked.entriesChecked()).isPositive();
    assertThat(checked.messages()).anyMatch(m -> m.contains("改ざんはありません"));
    assertAccessible("audit trail check, intact");
  }

  @Test
  void theAuditTrailCheckNamesAnEntryRewrittenInTheDatabase() throws SQLException {
    browser.findElement(By.id("navAudit")).click();
    AuditTrailPage page = new AuditTrailPage(browser);
    try (Connection db =
            DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + TestPorts.POSTGRES + "/zairyu",
                "zairyu",
                StackSettings.DATABASE_PASSWORD);
        PreparedStatement newest =
            db.prepareStatement(
                "select id, occurred_at, actor, action, subject, detail, prev_hash, hash"
                    + " from audit_log order by id desc limit 1");
        ResultSet row = newest.executeQuery()) {
      row.next();
      long id = row.getLong("id");
      String action = row.getString("action");
      String detail = row.getString("detail");
      String hash = row.getString("hash");
      // Someone with access to the database alone changes the entry and recomputes its hash the
      // only way they can: plain SHA-256, as entries were chained before V22.
      String canonical =
          String.join(
              "\u001f",
              row.getString("prev_hash"),
              row.getObject("occurred_at", OffsetDateTime.class).toInstant().toString(),
              row.getString("actor"),
              action,
              Objects.toString(row.getString("subject"), ""),
              "nothing happened");
      update(
          db,
          "update audit_log set detail = ?, hash = ? where id = ?",
          "nothing happened",
          AuditEntry.plainHash(canonical),
          id);
      try {
        AuditTrailPage checked = page.verify();

        assertThat(checked.intact()).isFalse();
        String outcome = browser.findElement(By.id("outcome")).getText();
        assertThat(outcome).contains("No. " + id).contains(action).contains("JST");
        assertThat(checked.messages())
            .anyMatch(m -> m.contains("改ざんされています") && m.contains("No. " + id));
      } finally {
        update(db, "update audit_log set detail = ?, hash = ? where id = ?", detail, hash, id);
      }
      assertThat(AuditTrailPage.open(browser, base).verify().intact()).isTrue();
    }
  }

  private static void update(Connection db, String sql, Object... params) throws SQLException {
    try (PreparedStatement s = db.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      s.executeUpdate();
    }
  }
}
