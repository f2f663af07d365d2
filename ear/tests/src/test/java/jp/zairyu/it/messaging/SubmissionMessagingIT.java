package jp.zairyu.it.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import jp.zairyu.application.ApplicationEvents;
import jp.zairyu.application.NotificationKind;
import jp.zairyu.domain.model.account.PractitionerRepository;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.ApplicationRepository;
import jp.zairyu.domain.model.application.ReceiptNumber;
import jp.zairyu.it.support.Deployments;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.Mailbox;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server, on the real PostgreSQL and Artemis: a submission commits with its facts
 * (outbox rows, relayed to the queues after the commit), the MDBs route it and mail once; a
 * rollback leaves no row and sends nothing; a poison message is dead-lettered.
 */
@ExtendWith(ArquillianExtension.class)
class SubmissionMessagingIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests(SubmissionMessagingIT.class);
  }

  @Inject ApplicationRepository applications;
  @Inject PractitionerRepository practitioners;
  @Inject ApplicationEvents events;
  @Resource UserTransaction tx;

  @Resource(lookup = "java:app/jms/zairyu")
  ConnectionFactory connectionFactory;

  @Resource(lookup = "java:app/jms/ApplicationSubmitted")
  Queue applicationSubmitted;

  @Resource(lookup = "jdbc/zairyu")
  DataSource dataSource;

  /** Rows of this application still waiting in the outbox. */
  private int outboxRowsOf(long applicationId) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("select count(*) from outbox where application_id = ?")) {
      s.setLong(1, applicationId);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private long submitInOneTransaction(String prefecture, String name, boolean commit)
      throws Exception {
    tx.begin();
    long practitioner = practitioners.findByAuthId(Fixtures.LAWYER_AUTH_ID).orElseThrow().id();
    Application application =
        Fixtures.extensionDraft(practitioner, Fixtures.applicantIn(prefecture, name));
    applications.add(application);
    ReceiptNumber receipt = applications.nextReceiptNumber("TOKYO", 2026);
    application.submit(receipt, Instant.now());
    events.applicationSubmitted(application.id()); // the one fact, as DraftingService.submit
    if (commit) {
      tx.commit();
    } else {
      tx.rollback();
    }
    return application.id();
  }

  private static String receivedMessageId(long applicationId) {
    return "<application-" + applicationId + "-received@zairyu.example.jp>";
  }

  @Test
  void aCommittedSubmissionIsRoutedToItsBureauAndMailedOnce() throws Exception {
    long id = submitInOneTransaction("大阪府", Fixtures.uniqueName("ROUTE"), true);

    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> applications.find(id).flatMap(a -> a.routing().bureauCode()), b -> b.isPresent());
    assertThat(applications.find(id).orElseThrow().routing().bureauCode()).contains("OSAKA");

    Mailbox mailbox = Mailbox.of(Fixtures.LAWYER_EMAIL);
    Mailbox.Mail mail = mailbox.awaitMessage(receivedMessageId(id));
    assertThat(mail.subject()).contains("受付番号").contains("Application received");
    assertThat(mail.body())
        .contains(applications.find(id).orElseThrow().receiptNumber().orElseThrow().value());
    // the routing asked for both receipt mails (practitioner, foreign national): both recorded
    await().atMost(Duration.ofSeconds(30)).until(() -> receiptMailsRecordedOf(id) == 2);
    // the relay deleted the rows it sent, in the transaction that sent them
    await().atMost(Duration.ofSeconds(10)).until(() -> outboxRowsOf(id) == 0);
  }

  private int receiptMailsRecordedOf(long applicationId) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select count(*) from notification where application_id = ?"
                    + " and kind in ('RECEIVED', 'APPLICANT_RECEIVED')")) {
      s.setLong(1, applicationId);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  @Test
  void aRepeatedNotificationRequestSendsOneMail() throws Exception {
    long id = submitInOneTransaction("東京都", Fixtures.uniqueName("TWICE"), true);
    tx.begin();
    events.notificationRequested(id, NotificationKind.RECEIVED);
    tx.commit();

    Mailbox mailbox = Mailbox.of(Fixtures.LAWYER_EMAIL);
    mailbox.awaitMessage(receivedMessageId(id));
    await()
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> mailbox.matching(m -> receivedMessageId(id).equals(m.messageId())).size() == 1);
  }

  @Test
  void aRolledBackSubmissionLeavesNoTraceAndSendsNothing() throws Exception {
    long id = submitInOneTransaction("東京都", Fixtures.uniqueName("ROLLBACK"), false);

    assertThat(applications.find(id)).isEmpty();
    assertThat(outboxRowsOf(id)).as("no fact of a rolled-back submission is waiting").isZero();
    await()
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                Mailbox.of(Fixtures.LAWYER_EMAIL)
                    .matching(m -> receivedMessageId(id).equals(m.messageId()))
                    .isEmpty());
    assertThat(browse("DLQ.ApplicationSubmitted"))
        .noneMatch(body -> body.contains("\"applicationId\":" + id + "}"));
  }

  @Test
  void aPoisonMessageIsRedeliveredThenDeadLettered() throws Exception {
    String poison = "not json " + Fixtures.uniqueName("POISON");
    tx.begin();
    try (JMSContext context = connectionFactory.createContext()) {
      context.createProducer().send(applicationSubmitted, poison);
    }
    tx.commit();

    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> browse("DLQ.ApplicationSubmitted").contains(poison));
  }

  private List<String> browse(String queue) throws Exception {
    try (JMSContext context = connectionFactory.createContext();
        QueueBrowser browser = context.createBrowser(context.createQueue(queue))) {
      return Collections.list(browser.getEnumeration()).stream()
          .map(
              m -> {
                try {
                  return ((TextMessage) m).getText();
                } catch (Exception e) {
                  return "";
                }
              })
          .toList();
    }
  }
}
