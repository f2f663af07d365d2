package jp.zairyu.it.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.QueueBrowser;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.zairyu.application.ApplicationEvents;
import jp.zairyu.domain.model.account.Officer;
import jp.zairyu.domain.model.account.OfficerRepository;
import jp.zairyu.domain.model.account.PractitionerRepository;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.ApplicationRepository;
import jp.zairyu.domain.model.bureau.BureauDirectory;
import jp.zairyu.it.support.Deployments;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.Mailbox;
import jp.zairyu.it.support.TestPorts;
import jp.zairyu.it.support.WebSession;
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
      application.submit(applications.nextReceiptNumber("TOKYO", 2026), Instant.now());
    }
    if (decide) {
      Officer examiner = officers.findByLoginId(Fixtures.TOKYO_EXAMINER).orElseThrow();
      application.routeTo(
          application.routing().competentBureau(BureauDirectory.standard()), Instant.now());
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
  void theSameApplicationSubmittedMessageTwiceRoutesOnceAndAsksForTheReceiptMailOnce()
      throws Exception {
    long id = application("大阪府", true, false);
    String body = "{\"applicationId\":" + id + "}";
    String receiptMail = "<application-" + id + "-received@zairyu.example.jp>";
    Mailbox mailbox = Mailbox.of(Fixtures.LAWYER_EMAIL);

    sendInItsOwnTransaction("ApplicationSubmitted", body);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> applications.find(id).flatMap(a -> a.routing().bureauCode()).isPresent());
    Instant routed = applications.find(id).orElseThrow().updatedAt();
    mailbox.awaitMessage(receiptMail); // asked for by the routing

    sendInItsOwnTransaction("ApplicationSubmitted", body);
    await()
        .during(Duration.ofSeconds(4))
        .atMost(Duration.ofSeconds(10))
        .until(() -> applications.find(id).orElseThrow().updatedAt().equals(routed));
    assertThat(applications.find(id).orElseThrow().routing().bureauCode()).contains("OSAKA");
    assertThat(deadLettersOf("ApplicationSubmitted")).doesNotContain(body);
    assertThat(mailbox.matching(m -> receiptMail.equals(m.messageId())))
        .as("the second delivery routes nothing, so it asks for no receipt mail")
        .hasSize(1);
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
  void aFailingMessageIsDeadLetteredWithItsReasonAndResentOnceFromTheConsole() throws Exception {
    long id = application("東京都", false, false); // a draft cannot be routed
    String body = "{\"applicationId\":" + id + "}";
    sendInItsOwnTransaction("ApplicationSubmitted", body);

    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> deadLettersOf("ApplicationSubmitted").contains(body));
    assertThat(applications.find(id).orElseThrow().routing().bureauCode()).isEmpty();

    WebSession admin = WebSession.console("admin", Fixtures.DEMO_PASSWORD);
    HttpResponse<String> page = admin.get(PAGE);
    assertThat(page.statusCode()).isEqualTo(200);
    String row = rowOf(page.body(), body);
    assertThat(row)
        .as("the row of %s on the page:%n%s", body, page.body())
        .contains("ApplicationSubmitted")
        .contains("RuleViolation") // the reason the consumer recorded
        .containsPattern(">\\s*10\\s*<") // attempts
        .containsPattern("20[0-9]{2}/[0-9]{2}/[0-9]{2} [0-9]{2}:[0-9]{2}"); // first failure

    // the cause is removed (here: the draft is submitted), then the administrator resends
    tx.begin();
    applications
        .find(id)
        .orElseThrow()
        .submit(applications.nextReceiptNumber("TOKYO", 2026), Instant.now());
    tx.commit();
    HttpResponse<String> resent = clickResend(admin, page, body);
    assertThat(resent.statusCode()).isEqualTo(200);
    assertThat(resent.body()).contains("再送しました");

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> applications.find(id).flatMap(a -> a.routing().bureauCode()).isPresent());
    assertThat(deadLettersOf("ApplicationSubmitted")).doesNotContain(body);
    assertThat(rowOf(admin.get(PAGE).body(), body)).isEmpty();

    // a second click on the stale page finds nothing to resend, and says so
    HttpResponse<String> again = clickResend(admin, page, body);
    assertThat(again.body()).contains("既に再送");
  }

  @Test
  void theDeadLetterPageIsForAdministratorsOnly() {
    HttpResponse<String> examiner =
        WebSession.console(Fixtures.TOKYO_EXAMINER, Fixtures.DEMO_PASSWORD).get(PAGE);
    assertThat(examiner.statusCode()).isEqualTo(403);
  }

  private static final String PAGE = "/console/admin/dead-letters.xhtml";
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern RESEND =
      Pattern.compile("name=\"(deadLetters:letters:\\d+:resend)\"");

  /** The table row showing this body, or "" if none does. */
  private static String rowOf(String html, String body) {
    int at = html.indexOf(body); // text content: quotes are not escaped
    if (at < 0) {
      at = html.indexOf(body.replace("\"", "&quot;"));
    }
    if (at < 0) {
      return "";
    }
    int start = html.lastIndexOf("<tr", at);
    int end = html.indexOf("</tr>", at);
    return html.substring(start, end);
  }

  /** The resend button of the row on {@code page}, as that page's script posts it (its nonce). */
  private static HttpResponse<String> clickResend(
      WebSession session, HttpResponse<String> page, String body) {
    String html = page.body();
    Matcher button = RESEND.matcher(rowOf(html, body));
    Matcher viewState = VIEW_STATE.matcher(html);
    assertThat(button.find()).isTrue();
    assertThat(viewState.find()).isTrue();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("deadLetters", "deadLetters");
    form.put(button.group(1), "再送 / Resend");
    form.put("jakarta.faces.ViewState", viewState.group(1));
    WebSession.nonce(page).ifPresent(nonce -> form.put(WebSession.NONCE_PARAM, nonce));
    return session.post(PAGE, form);
  }

  private List<String> deadLettersOf(String queue) throws Exception {
    tx.begin(); // the injected JMSContext needs a transaction (or a request)
    try (QueueBrowser browser = jms.createBrowser(jms.createQueue("DLQ." + queue))) {
      List<String> bodies = new ArrayList<>();
      for (Object m : Collections.list(browser.getEnumeration())) {
        bodies.add(((jakarta.jms.Message) m).getBody(String.class));
      }
      return bodies;
    } finally {
      tx.commit();
    }
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
}
