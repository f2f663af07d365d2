package jp.zairyu.it.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
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
import jp.zairyu.application.DocumentReminders;
import jp.zairyu.domain.model.account.Officer;
import jp.zairyu.domain.model.account.OfficerRepository;
import jp.zairyu.domain.model.account.PractitionerRepository;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.ApplicationRepository;
import jp.zairyu.domain.model.application.ReceiptNumber;
import jp.zairyu.domain.model.bureau.BureauDirectory;
import jp.zairyu.it.support.Deployments;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.Mailbox;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deadline reminders of requests for additional documents (追完): sent once per request before the
 * deadline, even when two servers run the job at the same moment; none for a request answered or
 * far from its deadline.
 */
@ExtendWith(ArquillianExtension.class)
class DocumentRemindersIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests(DocumentRemindersIT.class);
  }

  @Inject DocumentReminders reminders;
  @Inject ApplicationRepository applications;
  @Inject OfficerRepository officers;
  @Inject PractitionerRepository practitioners;
  @Resource UserTransaction tx;

  private String waitingFor(int daysToDeadline) throws Exception {
    String name = Fixtures.uniqueName("期限" + daysToDeadline);
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    tx.begin();
    long lawyer = practitioners.findByAuthId(Fixtures.LAWYER_AUTH_ID).orElseThrow().id();
    Officer examiner = officers.findByLoginId(Fixtures.TOKYO_EXAMINER).orElseThrow();
    Application a = Fixtures.extensionDraft(lawyer, Fixtures.applicantIn("東京都", name));
    applications.add(a);
    a.submit(applications.nextReceiptNumber("TOKYO", 2026), Instant.now());
    a.routeTo(a.routing().competentBureau(BureauDirectory.standard()), Instant.now());
    a.startExamination(examiner, Instant.now());
    a.requestDocuments(
        examiner,
        "住民票 / certificate of residence",
        today.plusDays(daysToDeadline),
        today,
        Instant.now());
    tx.commit();
    return a.receiptNumber().map(ReceiptNumber::value).orElseThrow();
  }

  private static List<Mailbox.Mail> remindersAbout(String receipt) {
    return Mailbox.of(Fixtures.LAWYER_EMAIL)
        .matching(m -> m.subject().contains(receipt) && m.subject().contains("提出期限"));
  }

  @Test
  void aRequestDueSoonIsRemindedOnceEvenWhenTwoServersRunTheJob() throws Exception {
    String dueTomorrow = waitingFor(1);
    String dueInTwoWeeks = waitingFor(14);

    var pool = Executors.newFixedThreadPool(2);
    try {
      Callable<Integer> job = () -> reminders.sendDueReminders();
      for (Future<Integer> run : pool.invokeAll(List.of(job, job))) {
        run.get();
      }
    } finally {
      pool.shutdown();
    }
    reminders.sendDueReminders(); // the next morning's run finds nothing new for it

    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> remindersAbout(dueTomorrow).size() == 1);
    // nothing more arrives
    org.awaitility.Awaitility.await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(10))
        .until(() -> remindersAbout(dueTomorrow).size() == 1);
    assertThat(remindersAbout(dueTomorrow).get(0).body())
        .contains("住民票")
        .contains(LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(1).toString());
    assertThat(remindersAbout(dueInTwoWeeks)).isEmpty();
  }
}
