package jp.zairyu.infrastructure.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import jp.zairyu.application.NotificationKind;
import org.junit.jupiter.api.Test;

/** The rows the outbox holds carry exactly the bodies the consumers read, on the right queues. */
class OutboxMessageTest {

  @Test
  void applicationSubmittedCarriesTheIdOnItsQueue() {
    OutboxMessage m = OutboxMessage.applicationSubmitted(42);

    assertThat(m.queue()).isEqualTo("ApplicationSubmitted");
    assertThat(m.applicationId()).isEqualTo(42L);
    assertThat(m.body()).isEqualTo("{\"applicationId\":42}"); // as the JMS adapter always sent it
    assertThat(Messages.applicationId(m.body())).isEqualTo(42L);
  }

  @Test
  void decisionMadeCarriesTheIdOnItsQueue() {
    OutboxMessage m = OutboxMessage.decisionMade(7);

    assertThat(m.queue()).isEqualTo("DecisionMade");
    assertThat(m.body()).isEqualTo("{\"applicationId\":7}");
    assertThat(Messages.applicationId(m.body())).isEqualTo(7L);
  }

  @Test
  void aNotificationRequestCarriesTheIdAndTheKind() {
    for (NotificationKind kind : NotificationKind.values()) {
      OutboxMessage m = OutboxMessage.notificationRequested(9_000_000_001L, kind);

      assertThat(m.queue()).isEqualTo("NotificationRequested");
      assertThat(m.applicationId()).isEqualTo(9_000_000_001L);
      assertThat(m.body())
          .isEqualTo("{\"applicationId\":9000000001,\"kind\":\"" + kind.name() + "\"}");
      assertThat(Messages.applicationId(m.body())).isEqualTo(9_000_000_001L);
      assertThat(Messages.kind(m.body())).isEqualTo(kind);
      assertThat(Messages.accountMailId(m.body())).isEmpty();
    }
  }

  @Test
  void oneRequestForSeveralMailsCarriesTheKindsInOrder() {
    OutboxMessage m =
        OutboxMessage.notificationsRequested(
            11, List.of(NotificationKind.RECEIVED, NotificationKind.APPLICANT_RECEIVED));

    assertThat(m.queue()).isEqualTo("NotificationRequested");
    assertThat(m.applicationId()).isEqualTo(11L);
    assertThat(m.body())
        .isEqualTo("{\"applicationId\":11,\"kinds\":[\"RECEIVED\",\"APPLICANT_RECEIVED\"]}");
    Messages.NotificationRequest read = Messages.notificationRequest(m.body());
    assertThat(read.applicationId()).isEqualTo(11L);
    assertThat(read.kinds())
        .containsExactly(NotificationKind.RECEIVED, NotificationKind.APPLICANT_RECEIVED);
    assertThat(read.accountMailId()).isEmpty();
    assertThat(read.documentRequestId()).isEmpty();
    assertThatThrownBy(() -> OutboxMessage.notificationsRequested(11, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRequestForOneKindIsReadAsAListOfOne() {
    // bodies written before requests named several kinds, still in queues and outboxes
    Messages.NotificationRequest one =
        Messages.notificationRequest(
            OutboxMessage.notificationRequested(3, NotificationKind.DOCUMENTS_REQUESTED, 8).body());
    assertThat(one.kinds()).containsExactly(NotificationKind.DOCUMENTS_REQUESTED);
    assertThat(one.applicationId()).isEqualTo(3L);
    assertThat(one.documentRequestId()).hasValue(8L);

    Messages.NotificationRequest account =
        Messages.notificationRequest(OutboxMessage.accountMailRequested(5).body());
    assertThat(account.accountMailId()).hasValue(5L);
    assertThat(account.kinds()).isEmpty();
  }

  @Test
  void anAccountMailRequestIsAboutNoApplication() {
    OutboxMessage m = OutboxMessage.accountMailRequested(5);

    assertThat(m.queue()).isEqualTo("NotificationRequested");
    assertThat(m.applicationId()).isNull();
    assertThat(m.body()).isEqualTo("{\"accountMailId\":5}");
    assertThat(Messages.accountMailId(m.body())).hasValue(5L);
  }

  @Test
  void onlyFactQueuesAndNonEmptyBodies() {
    assertThatThrownBy(() -> new OutboxMessage("DLQ.ApplicationSubmitted", 1L, "{}"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OutboxMessage("ApplicationSubmitted", 1L, ""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theRelayClaimsOldestFirstSkipsLockedRowsAndOnlyKnownQueues() {
    assertThat(OutboxBatch.CLAIM)
        .startsWith("delete from outbox where id in (select id from outbox")
        .contains("queue in ('ApplicationSubmitted', 'DecisionMade', 'NotificationRequested')")
        .contains("order by id limit ? for update skip locked")
        .endsWith("returning id, queue, application_id, body");
  }
}
