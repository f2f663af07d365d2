package jp.zairyu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import jp.zairyu.it.browser.pages.ApplicationsPage;
import jp.zairyu.it.browser.pages.CasePage;
import jp.zairyu.it.browser.pages.DashboardPage;
import jp.zairyu.it.browser.pages.IntakePage;
import jp.zairyu.it.browser.pages.LoginPage;
import jp.zairyu.it.support.ConsoleFixtures;
import jp.zairyu.it.support.Database;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.TestPorts;
import jp.zairyu.it.support.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/**
 * The dashboard in a browser: an officer of a bureau sees its charts drawn, with the tables beside
 * them, and the backlog, today's arrivals and decisions and the processed count move as a case is
 * submitted in the portal and approved; an examiner cannot ask for another bureau, an ADMIN sees
 * all of them and chooses one; each table downloads as CSV. (Exact figures: {@code
 * dashboard.DashboardFiguresIT}.)
 */
class DashboardIT {

  private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
  private static final String BUREAU = "TAKAMATSU";
  private static final String PREFECTURE = "香川県";

  @RegisterExtension static final Browsers browsers = new Browsers();

  private final String base = TestPorts.baseUrl();

  /** An examiner of a bureau of their own, with the demo password (as an ADMIN would create). */
  private static String newExaminer(String bureau) {
    String login = (bureau.toLowerCase() + "." + ConsoleFixtures.uniqueToken());
    login = login.substring(0, Math.min(40, login.length()));
    Database.update(
        "insert into officer (login_id, password_hash, full_name, bureau_code, role)"
            + " select ?, password_hash, '高松 審査官', ?, 'EXAMINER' from officer"
            + " where login_id = ?",
        login,
        bureau,
        Fixtures.TOKYO_EXAMINER);
    return login;
  }

  @Test
  void anOfficerSeesTheBureausChartsAndTablesMoveAsACaseIsSubmittedAndApproved() {
    String examiner = newExaminer(BUREAU);
    WebDriver officer = browsers.of("officer");
    WebDriver lawyer = browsers.of("lawyer");
    LoginPage.console(officer, base).logIn(examiner, Fixtures.DEMO_PASSWORD);
    DashboardPage before = DashboardPage.open(officer, base, null);
    assertThat(before.shownBureau()).isEqualTo(BUREAU);
    assertThat(before.offersBureauChoice()).isFalse();
    assertThat(before.dailyRows()).isEqualTo(30);
    assertThat(before.backlogBureaus()).containsExactly(BUREAU);
    for (String chart : List.of("backlogChart", "dailyChart", "processingChart")) {
      assertThat(before.chartDrawn(chart)).as(chart).isTrue();
    }
    assertThat(Accessibility.scan(officer, "dashboard of a bureau")).hasNoViolations();
    String today = LocalDate.now(JAPAN).toString();
    long submitted = before.backlog(BUREAU, 0);
    long waitingIssuance = before.backlog(BUREAU, 3);
    long arrivals = before.arrivals(today);
    long decisions = before.decisions(today);
    long processed = before.processedCount();

    LoginPage.portal(lawyer, base).logIn(Fixtures.LAWYER_AUTH_ID, Fixtures.DEMO_PASSWORD);
    String receipt =
        new ApplicationsPage(lawyer)
            .startExtension()
            .name(Fixtures.uniqueName("DASHBOARD"))
            .nationality("フィリピン")
            .dateOfBirth("1992-02-02")
            .residenceCardNumber("PQ12345678RS")
            .prefecture(PREFECTURE)
            .address("高松市サンポート1-1")
            .resultByMail("dashboard-" + System.nanoTime() + "@example.jp")
            .restOfTheForm()
            .submitAndView()
            .receiptNumber();

    // Routing is asynchronous: the case reaches the bureau's backlog shortly.
    DashboardPage routed = awaitBacklog(officer, submitted + 1);
    assertThat(routed.arrivals(today)).isEqualTo(arrivals + 1);
    assertThat(routed.decisions(today)).isEqualTo(decisions);

    officer.get(base + "/console/index.xhtml");
    CasePage approved = new IntakePage(officer).awaitListing(receipt).open(receipt).approve();
    assertThat(approved.stateCode()).isEqualTo("APPROVED_AWAITING_ISSUANCE");

    DashboardPage after = DashboardPage.open(officer, base, null);
    assertThat(after.backlog(BUREAU, 0)).isEqualTo(submitted);
    assertThat(after.backlog(BUREAU, 3)).isEqualTo(waitingIssuance + 1);
    assertThat(after.arrivals(today)).isEqualTo(arrivals + 1);
    assertThat(after.decisions(today)).isEqualTo(decisions + 1);
    assertThat(after.processedCount()).isEqualTo(processed + 1);

    // Only an ADMIN chooses the bureau; an examiner asking for another one sees nothing.
    DashboardPage refused = DashboardPage.open(officer, base, "OSAKA");
    assertThat(refused.showsFigures()).isFalse();
    assertThat(refused.messages()).anyMatch(m -> m.contains("所属する局"));

    // Each table as CSV: BOM, header, the rows of the page.
    WebSession session = WebSession.console(examiner, Fixtures.DEMO_PASSWORD);
    HttpResponse<String> csv = session.get("/console/dashboard.csv?table=daily");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
    assertThat(csv.body()).startsWith("\uFEFF日付");
    assertThat(csv.body().split("\r\n")).hasSize(31);
    assertThat(csv.body()).contains(today + "," + (arrivals + 1) + "," + (decisions + 1));
    HttpResponse<String> backlogCsv = session.get("/console/dashboard.csv?table=backlog");
    assertThat(backlogCsv.body()).contains("\r\n" + BUREAU + ",");
    assertThat(session.get("/console/dashboard.csv?table=processing").statusCode()).isEqualTo(200);
    assertThat(session.get("/console/dashboard.csv?table=daily&bureau=OSAKA").statusCode())
        .isEqualTo(404);
  }

  private DashboardPage awaitBacklog(WebDriver officer, long submitted) {
    DashboardPage[] page = new DashboardPage[1];
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> {
              page[0] = DashboardPage.open(officer, base, null);
              return page[0].backlog(BUREAU, 0) == submitted;
            });
    return page[0];
  }

  @Test
  void anAdministratorSeesEveryBureauAndChoosesOne() {
    WebDriver admin = browsers.of("admin");
    LoginPage.console(admin, base).logIn(ConsoleFixtures.newAdmin(), Fixtures.DEMO_PASSWORD);
    DashboardPage all = DashboardPage.open(admin, base, null);
    assertThat(all.shownBureau()).isEmpty();
    assertThat(all.offersBureauChoice()).isTrue();
    assertThat(all.chartDrawn("backlogChart")).isTrue();
    assertThat(Accessibility.scan(admin, "dashboard of all bureaus")).hasNoViolations();

    DashboardPage tokyo = all.choose("TOKYO");
    assertThat(tokyo.shownBureau()).isEqualTo("TOKYO");
    assertThat(tokyo.backlogBureaus()).containsExactly("TOKYO");
    assertThat(tokyo.url()).contains("bureau=TOKYO");
  }
}
