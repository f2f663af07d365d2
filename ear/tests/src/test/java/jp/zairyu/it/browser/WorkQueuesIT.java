package jp.zairyu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jp.zairyu.it.browser.pages.ApplicationsPage;
import jp.zairyu.it.browser.pages.CasePage;
import jp.zairyu.it.browser.pages.IntakePage;
import jp.zairyu.it.browser.pages.LoginPage;
import jp.zairyu.it.support.Accounts;
import jp.zairyu.it.support.Database;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.TestPorts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The bureau's work queues: a supervisor assigns a new case to an examiner, who finds it among
 * their own cases; an officer of another bureau never sees it; an examiner takes the next case.
 */
class WorkQueuesIT {

  @RegisterExtension static final Browsers browsers = new Browsers();

  private final String base = TestPorts.baseUrl();
  private WebDriver lawyer;
  private WebDriver officer;

  @BeforeEach
  void openBrowsers() {
    lawyer = browsers.of("lawyer");
    officer = browsers.of("officer");
  }

  private String submitInTokyo(String marker) {
    return new ApplicationsPage(lawyer)
        .startExtension()
        .name(Fixtures.uniqueName(marker))
        .nationality("タイ")
        .dateOfBirth("1993-03-03")
        .residenceCardNumber("MN12345678OP")
        .prefecture("千葉県")
        .address("千葉市中央区市場町1-1")
        .restOfTheForm()
        .submitAndView()
        .receiptNumber();
  }

  @Test
  void aSupervisorAssignsACaseTheExaminerFindsItAndOsakaNeverSeesIt() {
    LoginPage.portal(lawyer, base).logIn(Accounts.newLawyer(), Fixtures.DEMO_PASSWORD);
    new ApplicationsPage(lawyer);
    String receipt = submitInTokyo("割当");

    LoginPage.console(officer, base).logIn(Fixtures.TOKYO_SUPERVISOR, Fixtures.DEMO_PASSWORD);
    IntakePage intake = new IntakePage(officer).awaitListing(receipt);
    assertThat(Accessibility.scan(officer, "work queue with assignment")).hasNoViolations();
    IntakePage assigned = intake.assign(receipt, Fixtures.TOKYO_EXAMINER);
    assertThat(assigned.messages()).anyMatch(m -> m.contains("割り当てました"));
    assertThat(assigned.show("INTAKE", receipt).lists(receipt)).isFalse();
    assertThat(assigned.show("EXAMINATION", receipt).lists(receipt)).isTrue();
    // The same list as CSV for a spreadsheet (UTF-8 with a byte-order mark).
    var csv =
        jp.zairyu.it.support.WebSession.console(Fixtures.TOKYO_SUPERVISOR, Fixtures.DEMO_PASSWORD)
            .get("/console/cases/queue.csv?queue=EXAMINATION&receipt=" + receipt);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(csv.body()).startsWith("\uFEFF受付番号,申請の種類,申請人");
    assertThat(csv.body().lines().filter(l -> l.startsWith(receipt + ",")).count()).isEqualTo(1);
    officer.findElement(By.id("logoutForm:logout")).click();

    LoginPage.console(officer, base).logIn(Fixtures.TOKYO_EXAMINER, Fixtures.DEMO_PASSWORD);
    IntakePage mine = new IntakePage(officer).show("MINE", receipt);
    assertThat(mine.lists(receipt)).isTrue();
    assertThat(mine.open(receipt).stateCode()).isEqualTo("UNDER_REVIEW");
    // Every view of a case and every action on it is in the audit trail, by whom.
    String subject =
        "application "
            + Database.string("select id from application where receipt_number = ?", receipt);
    assertThat(
            Database.string(
                "select count(*) from audit_log where action = 'CASE_ASSIGNED' and subject = ?"
                    + " and actor = 'tokyo.supervisor'",
                subject))
        .isEqualTo("1");
    assertThat(
            Database.string(
                "select count(*) > 0 from audit_log where action = 'CASE_VIEWED' and subject = ?"
                    + " and actor = 'tokyo.examiner'",
                subject))
        .isEqualTo("t");
    officer.findElement(By.id("logoutForm:logout")).click();

    LoginPage.console(officer, base).logIn(Fixtures.OSAKA_EXAMINER, Fixtures.DEMO_PASSWORD);
    for (String queue : new String[] {"INTAKE", "MINE", "EXAMINATION"}) {
      assertThat(new IntakePage(officer).show(queue, receipt).lists(receipt)).as(queue).isFalse();
    }
  }

  @Test
  void anExaminerTakesTheNextNewCase() {
    LoginPage.portal(lawyer, base).logIn(Accounts.newLawyer(), Fixtures.DEMO_PASSWORD);
    new ApplicationsPage(lawyer);
    String receipt = submitInTokyo("次");

    LoginPage.console(officer, base).logIn(Fixtures.TOKYO_EXAMINER, Fixtures.DEMO_PASSWORD);
    new IntakePage(officer).awaitListing(receipt);
    CasePage taken = new IntakePage(officer).show("INTAKE", "").takeNext();
    assertThat(taken.stateCode()).isEqualTo("UNDER_REVIEW");
    assertThat(taken.messages()).anyMatch(m -> m.contains("審査を開始しました"));
  }

  @Test
  void aQueueLongerThanAPageIsReadPageByPage() {
    String series =
        "P"
            + Long.toString(System.nanoTime() % 1_000_000_000L, 36)
                .toUpperCase()
                .replaceAll("[0-9]", "Q");
    Database.update(
        "insert into application (practitioner_id, procedure_code, state, applicant_name,"
            + " nationality, date_of_birth, residence_card_number, prefecture, address_line,"
            + " receipt_number, bureau_code, created_at, updated_at, submitted_at, routed_at,"
            + " current_status, result_receipt, applicant_email)"
            + " select p.id, 'EXTENSION', 'SUBMITTED', 'PAGE ' || g, 'ベトナム', date '1990-01-01',"
            + " 'AB12345678CD', '東京都', '新宿区1-1', ? || '-2026-' || lpad(g::text, 7, '0'),"
            + " 'TOKYO', now(), now(), now() - g * interval '1 minute', now(),"
            + " 'ENGINEER_HUMANITIES', 'MAIL', 'page@example.jp'"
            + " from generate_series(1, 55) g, practitioner p where p.auth_id = ?",
        series,
        Fixtures.LAWYER_AUTH_ID);

    LoginPage.console(officer, base).logIn(Fixtures.TOKYO_EXAMINER, Fixtures.DEMO_PASSWORD);
    new IntakePage(officer).show("INTAKE", series);
    java.util.List<String> first = receipts(series);
    assertThat(first).hasSize(50);
    assertThat(officer.findElements(By.id("firstPage"))).isEmpty();
    officer.findElement(By.id("nextPage")).click();
    new org.openqa.selenium.support.ui.WebDriverWait(officer, java.time.Duration.ofSeconds(30))
        .until(d -> !d.findElements(By.id("firstPage")).isEmpty());
    java.util.List<String> second = receipts(series);
    assertThat(second).hasSize(5).doesNotContainAnyElementsOf(first);
    assertThat(officer.findElements(By.id("nextPage"))).isEmpty();
    assertThat(Accessibility.scan(officer, "work queue, second page")).hasNoViolations();
  }

  private java.util.List<String> receipts(String series) {
    return officer.findElements(By.cssSelector("#intakeTable a, [id$='intakeTable'] a")).stream()
        .map(org.openqa.selenium.WebElement::getText)
        .filter(t -> t.startsWith(series))
        .distinct()
        .toList();
  }
}
