package jp.zairyu.it.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.zairyu.application.ApplicationEvents;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.account.Officer;
import jp.zairyu.domain.model.account.OfficerRepository;
import jp.zairyu.domain.model.account.PractitionerRepository;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.ApplicationRepository;
import jp.zairyu.domain.model.bureau.BureauDirectory;
import jp.zairyu.infrastructure.messaging.DeadLetters;
import jp.zairyu.it.support.Deployments;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.Mailbox;
import jp.zairyu.it.support.TestPorts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server, on the real broker: the same message delivered twice acts once on every queue;
 * a message that keeps failing lands in its queue's dead-letter queue with the reason, and an
 * administrator's resend puts it back on its queue, once; the queue gauges are exported.
 */
@ExtendWith(ArquillianExtension.class)
class MessagingGuaranteesIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests(MessagingGuaranteesIT.class);
  }

  @Inject ApplicationRepository applications;
  @Inject PractitionerRepository practitioners;
  @Inject OfficerRepository officers;
  @Inject ApplicationEvents events;
  @Resource UserTransaction tx;
  @EJB AsAdministrator admin;

  @Inject
  @JMSConnectionFactory("java:app/jms/zairyu")
  JMSContext jms;

  private long application(String prefecture, boolean submit, boolean decide) throws Exception {
    tx.begin();
    long practitioner = practitioners.findByAuthId(Fixtures.LAWYER_AUTH_ID).orElseThrow().id();
    Application application =
        Fixtures.extensionDraft(
            practitioner, Fixtures.applicantIn(prefecture, Fixtures.uniqueName("MSG")));
    applications.add(application);
    if (submit) {
      application.submit(applications.nextReceiptNumber(2026), Instant.now());
    }
    if (decide) {
      Officer examiner = officers.findByLoginId(Fixtures.TOKYO_EXAMINER).orElseThrow();
      application.routeTo(application.competentBureau(BureauDirectory.standard()), Instant.now());
      application.startExamination(examiner, Instant.now());
      application.approve(examiner, Instant.now());
    }
    tx.commit();
    return application.id();
  }

  private void sendInItsOwnTransaction(String queue, String body) throws Exception {
    tx.begin();
    jms.createProducer().send(jms.createQueue(queue), body);
    tx.commit();
  }

  @Test
  void theSameApplicationSubmittedMessageTwiceRoutesOnce() throws Exception {
    long id = application("大阪府", true, false);
    String body = "{\"applicationId\":" + id + "}";

    sendInItsOwnTransaction("ApplicationSubmitted", body);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> applications.find(id).flatMap(Application::bureauCode).isPresent());
    Instant routed = applications.find(id).orElseThrow().updatedAt();

    sendInItsOwnTransaction("ApplicationSubmitted", body);
    await()
        .during(Duration.ofSeconds(4))
        .atMost(Duration.ofSeconds(10))
        .until(() -> applications.find(id).orElseThrow().updatedAt().equals(routed));
    assertThat(applications.find(id).orElseThrow().bureauCode()).contains("OSAKA");
    assertThat(admin.deadLetters()).noneMatch(letter -> letter.body().equals(body));
  }

  @Test
  void theSameDecisionTwiceMailsOnce() throws Exception {
    long id = application("東京都", true, true);
    String approvalMail = "<application-" + id + "-approved@zairyu.example.jp>";

    tx.begin();
    events.decisionMade(id);
    tx.commit();
    sendInItsOwnTransaction("DecisionMade", "{\"applicationId\":" + id + "}");

    Mailbox mailbox = Mailbox.of(Fixtures.LAWYER_EMAIL);
    Mailbox.Mail mail = mailbox.awaitMessage(approvalMail);
    assertThat(mail.subject()).contains("審査結果").contains("Decision");
    await()
        .during(Duration.ofSeconds(4))
        .atMost(Duration.ofSeconds(15))
        .until(() -> mailbox.matching(m -> approvalMail.equals(m.messageId())).size() == 1);
  }

  @Test
  void aFailingMessageIsDeadLetteredWithItsReasonAndResentOnceByAnAdministrator() throws Exception {
    long id = application("東京都", false, false); // a draft cannot be routed
    String body = "{\"applicationId\":" + id + "}";
    Instant before = Instant.now();
    sendInItsOwnTransaction("ApplicationSubmitted", body);

    DeadLetters.DeadLetter letter =
        await()
            .atMost(Duration.ofSeconds(90))
            .pollInterval(Duration.ofSeconds(1))
            .until(() -> letterWith(body), Optional::isPresent)
            .orElseThrow();
    assertThat(letter.queue()).isEqualTo("ApplicationSubmitted");
    assertThat(letter.firstFailedAt()).hasValueSatisfying(t -> assertThat(t).isAfter(before));
    assertThat(letter.deliveries()).isEqualTo(10);
    assertThat(letter.reason()).hasValueSatisfying(r -> assertThat(r).contains("RuleViolation"));
    assertThat(applications.find(id).orElseThrow().bureauCode()).isEmpty();

    // the cause is removed (here: the draft is submitted), then the administrator resends
    tx.begin();
    applications.find(id).orElseThrow().submit(applications.nextReceiptNumber(2026), Instant.now());
    tx.commit();
    admin.resend(letter.queue(), letter.messageId());

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> applications.find(id).flatMap(Application::bureauCode).isPresent());
    assertThat(letterWith(body)).isEmpty();
    assertThatThrownBy(() -> admin.resend(letter.queue(), letter.messageId()))
        .isInstanceOf(RuleViolation.class);
  }

  @Test
  void queueDepthsAndDeadLettersAreGauges() {
    HttpClient http = HttpClient.newHttpClient();
    String metrics =
        await()
            .atMost(Duration.ofSeconds(40))
            .pollInterval(Duration.ofSeconds(2))
            .until(
                () ->
                    http.send(
                            HttpRequest.newBuilder(
                                    URI.create(TestPorts.baseUrl() + "/metrics?scope=application"))
                                .build(),
                            HttpResponse.BodyHandlers.ofString())
                        .body(),
                body ->
                    body.matches(
                        "(?s).*zairyu_dead_letters\\{[^}]*queue=\"NotificationRequested\"[^}]*}"
                            + " [0-9].*"));
    for (String queue : List.of("ApplicationSubmitted", "DecisionMade", "NotificationRequested")) {
      assertThat(metrics)
          .containsPattern("zairyu_queue_messages\\{[^}]*queue=\"" + queue + "\"[^}]*} [0-9]")
          .containsPattern("zairyu_dead_letters\\{[^}]*queue=\"" + queue + "\"[^}]*} [0-9]");
    }
  }

  private Optional<DeadLetters.DeadLetter> letterWith(String body) {
    return admin.deadLetters().stream().filter(l -> l.body().equals(body)).findFirst();
  }
}
