package jp.zairyu.it.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import jp.zairyu.devstack.RunningStack;
import jp.zairyu.it.load.LoadClient;
import jp.zairyu.it.load.LoadDriver;
import jp.zairyu.it.support.Database;
import jp.zairyu.it.support.Deployments;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.TestPorts;
import jp.zairyu.it.support.TestStack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * XA crash recovery of the outbox relay: the server dies after PostgreSQL and Artemis prepared a
 * relay transaction (the submission's outbox rows deleted, their messages sent; here in the same
 * transaction as the submission itself) and the transaction manager decided to commit, before
 * either committed. On restart, automatic recovery commits both: nothing stays in {@code
 * pg_prepared_xacts}, the application exists, its outbox rows are gone and its messages are
 * delivered once (it is routed and its receipt mail arrives, once).
 */
@ExtendWith(ArquillianExtension.class)
class CrashRecoveryIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.earWithTests(LoadDriver.class);
  }

  @Test
  void aTransactionInDoubtAfterACrashIsCompletedOnRestart() throws Exception {
    RunningStack stack = TestStack.running();
    String name = Fixtures.uniqueName("CRASH");

    new LoadClient().crashWhileCommitting(name);
    try {
      await().atMost(Duration.ofSeconds(60)).until(() -> !listening(TestPorts.HTTP));
      int inDoubt = Integer.parseInt(Database.string("select count(*) from pg_prepared_xacts"));
      ChaosIT.log("server gone; %d prepared transaction(s) in PostgreSQL", inDoubt);
      assertThat(inDoubt).as("PostgreSQL holds the prepared transaction").isPositive();
      assertThat(Database.string("select count(*) from application where applicant_name = ?", name))
          .isEqualTo("0"); // prepared, not visible
    } finally {
      stack.killAndRestartApplicationServer(); // also when the assertions above fail
    }

    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofSeconds(2))
        .until(() -> Database.string("select count(*) from pg_prepared_xacts").equals("0"));
    assertThat(Database.string("select count(*) from application where applicant_name = ?", name))
        .isEqualTo("1");
    String id = Database.string("select id from application where applicant_name = ?", name);
    await()
        .atMost(Duration.ofMinutes(2))
        .until(
            () ->
                Database.string(
                        "select bureau_code from application where id = ?", Long.valueOf(id))
                    != null);
    String messageId = "<application-" + id + "-received@zairyu.example.jp>";
    await().atMost(Duration.ofMinutes(2)).until(() -> received(stack, messageId) >= 1);
    // and no second one for 3 seconds
    await()
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(10))
        .until(() -> received(stack, messageId) == 1);
    assertThat(
            Database.string(
                "select count(*) from outbox where application_id = ?", Long.valueOf(id)))
        .as("the relayed rows were deleted with the commit of the relay, not relayed again")
        .isEqualTo("0");
    // both receipt mails (practitioner, foreign national), each recorded once
    await()
        .atMost(Duration.ofMinutes(1))
        .until(
            () ->
                Database.string(
                        "select count(*) from notification where application_id = ?",
                        Long.valueOf(id))
                    .equals("2"));
  }

  private static long received(RunningStack stack, String messageId) {
    return java.util.Arrays.stream(stack.greenMail().getReceivedMessages())
        .filter(
            m -> {
              try {
                return messageId.equals(m.getMessageID());
              } catch (jakarta.mail.MessagingException e) {
                return false;
              }
            })
        .count();
  }

  private static boolean listening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(TestPorts.HOST, port), 500);
      return true;
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
