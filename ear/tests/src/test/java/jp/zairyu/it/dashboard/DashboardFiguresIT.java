package jp.zairyu.it.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import jp.zairyu.domain.model.account.Officer;
import jp.zairyu.domain.model.account.OfficerRepository;
import jp.zairyu.domain.model.account.PractitionerRepository;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.ApplicationRepository;
import jp.zairyu.domain.model.application.ApplicationState;
import jp.zairyu.domain.model.application.Procedure;
import jp.zairyu.domain.model.bureau.BureauDirectory;
import jp.zairyu.domain.model.statistics.BacklogCount;
import jp.zairyu.domain.model.statistics.CaseStatistics;
import jp.zairyu.domain.model.statistics.DailyCount;
import jp.zairyu.domain.model.statistics.Period;
import jp.zairyu.domain.model.statistics.ProcessingTime;
import jp.zairyu.it.support.Database;
import jp.zairyu.it.support.Deployments;
import jp.zairyu.it.support.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard's figures move with the cases: applications created, submitted, routed and decided
 * through the aggregate in a bureau and a run of days nobody else uses give exactly the arrivals,
 * decisions and processing days (count, mean, median, p90) they imply, days cut in Japan time; the
 * backlog and today's figures move by what the test adds. (The page itself: {@code
 * browser.DashboardIT}.)
 */
@ExtendWith(ArquillianExtension.class)
class DashboardFiguresIT {

  private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
  private static final String BUREAU = "TAKAMATSU";
  private static final String PREFECTURE = "香川県";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests(DashboardFiguresIT.class);
  }

  @Inject CaseStatistics statistics;
  @Inject ApplicationRepository applications;
  @Inject OfficerRepository officers;
  @Inject PractitionerRepository practitioners;
  @Resource UserTransaction tx;

  /** One case the test makes: submitted at, decided at (or null: still waiting). */
  private record Made(long id, String status) {}

  /**
   * An extension in {@link #BUREAU} for a holder of the status, submitted and routed now, approved
   * now when {@code decide} (by mail: then waiting for issuance).
   */
  private Made make(String status, boolean decide) throws Exception {
    tx.begin();
    long lawyer = practitioners.findByAuthId(Fixtures.LAWYER_AUTH_ID).orElseThrow().id();
    Officer examiner = officers.findByLoginId(Fixtures.TOKYO_EXAMINER).orElseThrow();
    Application a =
        Fixtures.extensionDraft(
            lawyer, Fixtures.applicantIn(PREFECTURE, Fixtures.uniqueName("統計")), status);
    applications.add(a);
    a.submit(applications.nextReceiptNumber(BUREAU, 2026), Instant.now());
    a.routeTo(a.routing().competentBureau(BureauDirectory.standard()), Instant.now());
    if (decide) {
      // The case is worked by an officer of its bureau: a Takamatsu examiner is lent for it.
      Officer takamatsu = takamatsuExaminer(examiner);
      a.startExamination(takamatsu, Instant.now());
      a.approve(takamatsu, Instant.now());
    }
    tx.commit();
    return new Made(a.id(), status);
  }

  private Officer takamatsuExaminer(Officer template) {
    String login = "takamatsu.stat";
    if (officers.findByLoginId(login).isEmpty()) {
      officers.add(
          new Officer(
              login,
              template.passwordHash(),
              "統計 審査官",
              BUREAU,
              jp.zairyu.domain.model.account.OfficerRole.EXAMINER));
    }
    return officers.findByLoginId(login).orElseThrow();
  }

  /** Moves a case's submission and decision to the given times (as if it had been then). */
  private static void backdate(Made made, OffsetDateTime submitted, OffsetDateTime decided) {
    Database.update(
        "update application set submitted_at = ?, decided_at = ? where id = ?",
        submitted,
        decided,
        made.id());
  }

  private static OffsetDateTime at(LocalDate day, int hour, int minute) {
    return day.atTime(LocalTime.of(hour, minute)).atZone(JAPAN).toOffsetDateTime();
  }

  /** PostgreSQL's percentile_cont: linear interpolation between the closest ranks. */
  private static double percentile(double fraction, int... values) {
    int[] sorted = values.clone();
    Arrays.sort(sorted);
    double rank = fraction * (sorted.length - 1);
    int lower = (int) Math.floor(rank);
    int upper = (int) Math.ceil(rank);
    return sorted[lower] + (rank - lower) * (sorted[upper] - sorted[lower]);
  }

  private Map<ApplicationState, Long> backlog() {
    Map<ApplicationState, Long> counts = new HashMap<>();
    for (BacklogCount c : statistics.backlog(List.of(BUREAU))) {
      counts.merge(c.state(), c.count(), Long::sum);
    }
    return counts;
  }

  private long[] totals(Period period) {
    long[] sums = new long[2];
    for (DailyCount d : statistics.daily(List.of(BUREAU), period)) {
      sums[0] += d.arrivals();
      sums[1] += d.decisions();
    }
    return sums;
  }

  @Test
  void theFiguresAreExactlyWhatTheCasesMadeImply() throws Exception {
    // A run of days long ago that no other test touches.
    LocalDate d = LocalDate.of(2003, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
    Period period = new Period(d.minusDays(25), d.plusDays(2));
    assertThat(statistics.processing(List.of(BUREAU), period)).isEmpty();

    Map<ApplicationState, Long> backlogBefore = backlog();
    LocalDate today = LocalDate.now(JAPAN);
    Period aroundToday = new Period(today.minusDays(1), today.plusDays(1));
    long[] todayBefore = totals(aroundToday);

    // Engineers decided on day d after 2, 5, 9 and 20 days; a student submitted on d-2 and
    // decided at 00:30 in Japan on d+1 (still d in UTC): 3 days, counted on d+1.
    int[] engineerDays = {20, 2, 9, 5};
    List<Made> engineers = new ArrayList<>();
    for (int days : engineerDays) {
      Made m = make("ENGINEER_HUMANITIES", true);
      backdate(m, at(d.minusDays(days), 10, 0), at(d, 15, 0));
      engineers.add(m);
    }
    Made student = make("STUDENT", true);
    backdate(student, at(d.minusDays(2), 23, 50), at(d.plusDays(1), 0, 30));
    // One submitted on d at 08:59 in Japan (23:59 on d-1 in UTC), not decided.
    Made waiting = make("ENGINEER_HUMANITIES", false);
    backdate(waiting, at(d, 8, 59), null);
    // And one submitted and decided today, as they are.
    make("ENGINEER_HUMANITIES", true);

    List<ProcessingTime> processing = statistics.processing(List.of(BUREAU), period);
    assertThat(processing)
        .extracting(ProcessingTime::procedureCode, ProcessingTime::statusCode)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Procedure.EXTENSION, "ENGINEER_HUMANITIES"),
            org.assertj.core.groups.Tuple.tuple(Procedure.EXTENSION, "STUDENT"));
    ProcessingTime engineer = processing.get(0);
    assertThat(engineer.count()).isEqualTo(engineerDays.length);
    assertThat(engineer.mean())
        .isCloseTo(Arrays.stream(engineerDays).average().orElseThrow(), within(1e-9));
    assertThat(engineer.median()).isCloseTo(percentile(0.5, engineerDays), within(1e-9));
    assertThat(engineer.p90()).isCloseTo(percentile(0.9, engineerDays), within(1e-9));
    ProcessingTime studentFigures = processing.get(1);
    assertThat(studentFigures.count()).isEqualTo(1);
    assertThat(studentFigures.mean()).isEqualTo(3.0);
    assertThat(studentFigures.median()).isEqualTo(3.0);
    assertThat(studentFigures.p90()).isEqualTo(3.0);

    Map<LocalDate, long[]> expected = new HashMap<>();
    for (int days : engineerDays) {
      expected.computeIfAbsent(d.minusDays(days), k -> new long[2])[0]++;
    }
    expected.computeIfAbsent(d.minusDays(2), k -> new long[2])[0]++; // the student
    expected.computeIfAbsent(d, k -> new long[2])[0]++; // the one waiting
    expected.computeIfAbsent(d, k -> new long[2])[1] += engineerDays.length;
    expected.computeIfAbsent(d.plusDays(1), k -> new long[2])[1]++; // the student
    List<DailyCount> daily = statistics.daily(List.of(BUREAU), period);
    assertThat(daily).hasSize(period.days().size());
    for (DailyCount c : daily) {
      long[] e = expected.getOrDefault(c.day(), new long[2]);
      assertThat(new long[] {c.arrivals(), c.decisions()}).as("day %s", c.day()).containsExactly(e);
    }

    // The backlog now: one more new case; every approved case waits for issuance (by mail).
    Map<ApplicationState, Long> backlogAfter = backlog();
    assertThat(backlogAfter.getOrDefault(ApplicationState.SUBMITTED, 0L))
        .isEqualTo(backlogBefore.getOrDefault(ApplicationState.SUBMITTED, 0L) + 1);
    assertThat(backlogAfter.getOrDefault(ApplicationState.APPROVED_AWAITING_ISSUANCE, 0L))
        .isEqualTo(
            backlogBefore.getOrDefault(ApplicationState.APPROVED_AWAITING_ISSUANCE, 0L)
                + engineerDays.length
                + 2);
    assertThat(backlogAfter.getOrDefault(ApplicationState.UNDER_REVIEW, 0L))
        .isEqualTo(backlogBefore.getOrDefault(ApplicationState.UNDER_REVIEW, 0L));

    // Around today: one more arrival and one more decision (the case made as it is).
    long[] todayAfter = totals(aroundToday);
    assertThat(todayAfter[0]).isEqualTo(todayBefore[0] + 1);
    assertThat(todayAfter[1]).isEqualTo(todayBefore[1] + 1);

    // Another bureau's figures do not move.
    assertThat(statistics.processing(List.of("SAPPORO"), period)).isEmpty();
  }
}
