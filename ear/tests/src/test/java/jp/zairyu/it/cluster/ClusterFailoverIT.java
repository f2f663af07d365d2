package jp.zairyu.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import jp.zairyu.it.support.Accounts;
import jp.zairyu.it.support.CaseRows;
import jp.zairyu.it.support.Database;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.JsfForm;
import jp.zairyu.it.support.TestStack;
import jp.zairyu.it.support.WebSession;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The clustered stack (issue 18): a deployment group of two instances behind HAProxy on the usual
 * HTTP port, sessions replicated in the Data Grid. Runs in failsafe's execution {@code cluster}, on
 * a stack of its own ({@code zairyu.test.instances=2}), through HTTP as a browser would (login
 * form, JSF view state, the balancer's cookie).
 *
 * <ul>
 *   <li>A case changed through one instance reads as changed through the other at once (no shared
 *       cache keeps entities; {@code SharedCacheTest}).
 *   <li>A practitioner half-way through a draft and an officer with a case open, both served by one
 *       instance: it is killed with SIGKILL; their next clicks (the forms posted with the view
 *       state the dead instance rendered) work on the other instance without logging in again, and
 *       what they typed (the applicant's name, a note on the case) is stored. The time from the
 *       kill to each answer is printed.
 * </ul>
 */
@EnabledIf("clustered")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFailoverIT {

  private static final String NODE_COOKIE = "ZAIRYU_NODE";

  static boolean clustered() {
    return TestStack.INSTANCES >= 2;
  }

  private static String edit(long draft) {
    return "/portal/applications/edit.xhtml?id=" + draft + "&step=2";
  }

  private static String storedName(long draft) {
    return Database.string("select applicant_name from application where id = ?", draft);
  }

  /** Types {@code name} into the draft's applicant step and presses 一時保存 (Save draft). */
  private static HttpResponse<String> save(
      WebSession s, long draft, HttpResponse<String> page, String name) {
    JsfForm form = JsfForm.of(page.body(), "draft").set("draft:fullName", name);
    return s.postEncoded(edit(draft), form.body("draft:save"));
  }

  private static void assertSaved(HttpResponse<String> saved) {
    String body = saved.body().replaceAll("\\s+", " ");
    int from = Math.max(0, body.indexOf("<body"));
    assertThat(saved.statusCode())
        .as(
            "saved: Post/Redirect/Get; the answer: %s",
            body.substring(from, Math.min(body.length(), from + 3000)))
        .isIn(302, 303);
    assertThat(WebSession.location(saved)).doesNotContain("login.xhtml").doesNotContain("expired");
  }

  /** Resident memory of a process and its descendants (PostgreSQL's backends), in MB. */
  private static long rssMegabytes(ProcessHandle process) {
    long kb = 0;
    for (ProcessHandle p :
        java.util.stream.Stream.concat(java.util.stream.Stream.of(process), process.descendants())
            .toList()) {
      try {
        for (String line :
            java.nio.file.Files.readAllLines(
                java.nio.file.Path.of("/proc/" + p.pid() + "/status"))) {
          if (line.startsWith("VmRSS:")) {
            kb += Long.parseLong(line.replaceAll("[^0-9]", ""));
          }
        }
      } catch (java.io.IOException e) {
        // ended meanwhile
      }
    }
    return kb / 1024;
  }

  @Test
  @Order(0)
  void everyPartRunsAndItsMemoryIsReported() {
    var processes = TestStack.running().processes();
    assertThat(processes).containsKeys("DAS", "zairyu-1", "zairyu-2", "HAProxy", "PostgreSQL");
    var report = new StringBuilder("ClusterFailoverIT: RSS");
    processes.forEach(
        (role, process) ->
            report.append(
                String.format(" | %s (pid %d) %d MB", role, process.pid(), rssMegabytes(process))));
    System.out.println(report);
  }

  @Test
  @Order(1)
  void aCaseChangedThroughOneInstanceReadsAsChangedThroughTheOtherAtOnce() {
    String lawyer = Accounts.newLawyer();
    long draft = CaseRows.draft(lawyer);
    WebSession onFirst =
        WebSession.portalOn(NODE_COOKIE, "zairyu-1", lawyer, Fixtures.DEMO_PASSWORD);
    WebSession onSecond =
        WebSession.portalOn(NODE_COOKIE, "zairyu-2", lawyer, Fixtures.DEMO_PASSWORD);

    for (int round = 0; round < 3; round++) {
      WebSession writer = round % 2 == 0 ? onFirst : onSecond;
      WebSession reader = round % 2 == 0 ? onSecond : onFirst;
      HttpResponse<String> before = reader.get(edit(draft)); // read: what a cache would keep
      assertThat(before.statusCode()).isEqualTo(200);

      String name = Fixtures.uniqueName("CHANGED");
      assertSaved(save(writer, draft, writer.get(edit(draft)), name));

      HttpResponse<String> after = reader.get(edit(draft));
      assertThat(after.statusCode()).isEqualTo(200);
      assertThat(after.body()).as("round " + round).contains(name);
    }
    assertThat(onFirst.cookie(NODE_COOKIE)).contains("zairyu-1");
    assertThat(onSecond.cookie(NODE_COOKIE)).contains("zairyu-2");
  }

  @Test
  @Order(2)
  void aPractitionerAndAnOfficerWhoseInstanceDiesGoOnOnTheOtherWithoutLoggingInAgain() {
    String lawyer = Accounts.newLawyer();
    long draft = CaseRows.draft(lawyer);
    long underReview = CaseRows.submitted(lawyer, "UNDER_REVIEW", "TOKYO", Fixtures.TOKYO_EXAMINER);
    WebSession portal = WebSession.portal(lawyer, Fixtures.DEMO_PASSWORD);
    String serving = portal.cookie(NODE_COOKIE).orElseThrow();
    // the officer on the same instance, the case open
    WebSession console =
        WebSession.consoleOn(NODE_COOKIE, serving, Fixtures.TOKYO_EXAMINER, Fixtures.DEMO_PASSWORD);
    assertThat(console.cookie(NODE_COOKIE)).contains(serving);
    HttpResponse<String> caseOpen = console.get(caseView(underReview));
    assertThat(caseOpen.statusCode()).isEqualTo(200);
    assertThat(caseOpen.body()).contains("noteForm");
    // the practitioner half-way through the draft: one step saved, the next one on the screen
    assertSaved(save(portal, draft, portal.get(edit(draft)), Fixtures.uniqueName("FIRST")));
    HttpResponse<String> halfWay = portal.get(edit(draft)); // rendered by the instance about to die
    assertThat(halfWay.statusCode()).isEqualTo(200);

    int instance = Integer.parseInt(serving.substring(serving.lastIndexOf('-') + 1));
    long killed = System.nanoTime();
    TestStack.running().killInstance(instance);
    long afterKill = System.nanoTime();

    String typed = Fixtures.uniqueName("TYPED");
    HttpResponse<String> next = save(portal, draft, halfWay, typed); // the practitioner's click
    long practitionerAnswered = System.nanoTime();
    String note = "NOTE " + Fixtures.uniqueName("FAILOVER");
    HttpResponse<String> noted =
        console.postEncoded(
            caseView(underReview),
            JsfForm.of(caseOpen.body(), "noteForm")
                .set("noteForm:noteText", note)
                .body("noteForm:addNote")); // the officer's click
    long officerAnswered = System.nanoTime();

    assertSaved(next);
    assertThat(storedName(draft)).isEqualTo(typed);
    HttpResponse<String> shown = portal.get(edit(draft));
    assertThat(shown.statusCode()).isEqualTo(200);
    assertThat(shown.body()).contains(typed);
    assertThat(portal.cookie(NODE_COOKIE)).isPresent().get().isNotEqualTo(serving);

    assertSaved(noted);
    assertThat(
            Database.string(
                "select string_agg(body, '|') from case_note where application_id = ?",
                underReview))
        .isEqualTo(note);
    HttpResponse<String> caseAgain = console.get(caseView(underReview));
    assertThat(caseAgain.statusCode()).isEqualTo(200);
    assertThat(caseAgain.body()).contains(note);
    assertThat(console.cookie(NODE_COOKIE)).isPresent().get().isNotEqualTo(serving);

    System.out.printf(
        "ClusterFailoverIT: %s killed (SIGKILL, JVM gone after %d ms); the practitioner's next"
            + " click was answered by %s %d ms after the kill (%d ms after the JVM was gone), the"
            + " officer's %d ms after the kill (a request of its own: %d ms)%n",
        serving,
        TimeUnit.NANOSECONDS.toMillis(afterKill - killed),
        portal.cookie(NODE_COOKIE).orElse("?"),
        TimeUnit.NANOSECONDS.toMillis(practitionerAnswered - killed),
        TimeUnit.NANOSECONDS.toMillis(practitionerAnswered - afterKill),
        TimeUnit.NANOSECONDS.toMillis(officerAnswered - killed),
        TimeUnit.NANOSECONDS.toMillis(officerAnswered - practitionerAnswered));
  }

  /**
   * Payara copies a session attribute whole or not at all: when one value in it cannot be
   * serialized it logs so and leaves the attribute out of the copy, and the other instance goes on
   * without it (Mojarra's {@code activeViewMaps}: every {@code @ViewScoped} bean of the session).
   * Whatever the tests above did was copied in full.
   */
  @Test
  @Order(3)
  void everySessionAttributeWasCopiedWhole() throws java.io.IOException {
    for (int i = 1; i <= TestStack.INSTANCES; i++) {
      java.nio.file.Path log = TestStack.running().instanceServerLog(i);
      assertThat(log).exists();
      assertThat(
              java.nio.file.Files.readAllLines(log).stream()
                  .filter(line -> line.contains("Cannot serialize session attribute"))
                  .toList())
          .as("instance %d (%s)", i, log)
          .isEmpty();
    }
  }

  private static String caseView(long id) {
    return "/console/cases/view.xhtml?id=" + id;
  }
}
