package jp.zairyu.devstack;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import jp.zairyu.devstack.MessageBroker.Role;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.ClusterConnectionConfiguration;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.ha.SharedStoreBackupPolicyConfiguration;
import org.apache.activemq.artemis.core.config.ha.SharedStorePrimaryPolicyConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * What runs in a broker's JVM ({@link MessageBroker} starts it as {@code BrokerJvm <dir> <port>
 * [<role> <peer port>]}): an embedded ActiveMQ Artemis with one CORE-protocol acceptor on the
 * loopback address, a persistent journal in the state directory, no security, and the application's
 * queues created up front, each fact queue with its own dead-letter queue {@code DLQ.<queue>} and
 * its own redelivery policy:
 *
 * <ul>
 *   <li>{@code ApplicationSubmitted}, {@code DecisionMade}: {@value #MAX_DELIVERY_ATTEMPTS}
 *       deliveries, 1 s apart (what fails there is a bug or the database, both worth a fast look);
 *   <li>{@code NotificationRequested}: {@value #NOTIFICATION_DELIVERY_ATTEMPTS} deliveries with
 *       exponential backoff from 2 s, doubling up to {@link #notificationMaxDelay()} (5 minutes by
 *       default; about an hour of SMTP outage is ridden out before a mail is dead-lettered).
 * </ul>
 *
 * Anything else the broker dead-letters goes to {@value #DEAD_LETTERS}. It stops cleanly on SIGTERM
 * (or when its launcher's standard input closes, so it never outlives a launcher that was killed).
 */
public final class BrokerJvm {

  static final String DEAD_LETTERS = "DLQ";
  static final String DEAD_LETTER_PREFIX = "DLQ.";
  static final String EXPIRED = "ExpiryQueue";
  static final int MAX_DELIVERY_ATTEMPTS = 10;
  static final int NOTIFICATION_DELIVERY_ATTEMPTS = 20;
  static final String NOTIFICATION_MAX_DELAY_PROPERTY = "devstack.broker.notification-max-delay";

  /** The queues of facts the application publishes. */
  static final List<String> FACT_QUEUES =
      List.of("ApplicationSubmitted", "DecisionMade", "NotificationRequested");

  static final String NOTIFICATIONS = "NotificationRequested";

  private BrokerJvm() {}

  static Duration notificationMaxDelay() {
    return Duration.ofMillis(Long.getLong(NOTIFICATION_MAX_DELAY_PROPERTY, 300_000L));
  }

  /**
   * The broker's configuration; for a member of a pair also its HA policy (shared store: the
   * primary, or a backup that gives the journal back when the primary returns) and the cluster
   * connection to {@code peerPort} through which the backup registers with the primary and clients
   * learn where to fail over.
   */
  static Configuration configuration(
      Path dir, int port, Duration notificationMaxDelay, Role role, int peerPort) {
    var config =
        new ConfigurationImpl()
            .setName("zairyu-devstack")
            .setPersistenceEnabled(true)
            .setJournalType(JournalType.NIO) // no libaio needed
            .setJournalDirectory(dir.resolve("journal").toString())
            .setBindingsDirectory(dir.resolve("bindings").toString())
            .setPagingDirectory(dir.resolve("paging").toString())
            .setLargeMessagesDirectory(dir.resolve("large-messages").toString())
            .setSecurityEnabled(false)
            .setJMXManagementEnabled(false)
            .setMaxDiskUsage(-1); // a full laptop disk must not silently block every send
    config.addAddressSetting(
        "#",
        new AddressSettings()
            .setDeadLetterAddress(SimpleString.of(DEAD_LETTERS))
            .setExpiryAddress(SimpleString.of(EXPIRED))
            .setMaxDeliveryAttempts(MAX_DELIVERY_ATTEMPTS)
            .setRedeliveryDelay(1000));
    for (String queue : FACT_QUEUES) {
      var fast =
          new AddressSettings()
              .setDeadLetterAddress(SimpleString.of(DEAD_LETTER_PREFIX + queue))
              .setExpiryAddress(SimpleString.of(EXPIRED))
              .setMaxDeliveryAttempts(MAX_DELIVERY_ATTEMPTS)
              .setRedeliveryDelay(1000);
      if (queue.equals(NOTIFICATIONS)) {
        fast.setMaxDeliveryAttempts(NOTIFICATION_DELIVERY_ATTEMPTS)
            .setRedeliveryDelay(2000)
            .setRedeliveryMultiplier(2.0)
            .setMaxRedeliveryDelay(notificationMaxDelay.toMillis());
      }
      config.addAddressSetting(queue, fast);
    }
    try {
      config.addAcceptorConfiguration(
          "core", "tcp://" + StackSettings.HOST + ":" + port + "?protocols=CORE");
    } catch (Exception e) {
      throw new StackException("Invalid broker acceptor", e);
    }
    if (role != Role.SINGLE) {
      pair(config, role, port, peerPort);
    }
    List<String> queues = new ArrayList<>(List.of(DEAD_LETTERS, EXPIRED));
    for (String queue : FACT_QUEUES) {
      queues.add(queue);
      queues.add(DEAD_LETTER_PREFIX + queue);
    }
    for (String queue : queues) {
      config.addQueueConfiguration(
          QueueConfiguration.of(queue).setRoutingType(RoutingType.ANYCAST).setDurable(true));
    }
    return config;
  }

  private static void pair(Configuration config, Role role, int port, int peerPort) {
    config.setName("zairyu-devstack-" + role.name().toLowerCase(java.util.Locale.ROOT));
    try {
      config.addConnectorConfiguration("self", "tcp://" + StackSettings.HOST + ":" + port);
      config.addConnectorConfiguration("peer", "tcp://" + StackSettings.HOST + ":" + peerPort);
    } catch (Exception e) {
      throw new StackException("Invalid connector of the broker pair", e);
    }
    config.addClusterConfiguration(
        new ClusterConnectionConfiguration()
            .setName("zairyu-pair")
            .setConnectorName("self")
            .setStaticConnectors(List.of("peer"))
            .setRetryInterval(500)
            .setReconnectAttempts(-1));
    // the pair's own credentials on loopback (security is off for clients in the devstack)
    config.setClusterUser("zairyu-pair").setClusterPassword("zairyu-pair-devstack");
    config.setHAPolicyConfiguration(
        role == Role.PRIMARY
            ? new SharedStorePrimaryPolicyConfiguration().setFailoverOnServerShutdown(true)
            : new SharedStoreBackupPolicyConfiguration()
                .setAllowFailBack(true)
                .setFailoverOnServerShutdown(true)
                .setRestartBackup(true));
  }

  /** {@code BrokerJvm <journal dir> <port> [SINGLE|PRIMARY|BACKUP <peer port>]} */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int port = Integer.parseInt(args[1]);
    Role role = args.length > 2 ? Role.valueOf(args[2]) : Role.SINGLE;
    int peerPort = args.length > 3 ? Integer.parseInt(args[3]) : -1;
    var broker =
        new EmbeddedActiveMQ()
            .setConfiguration(configuration(dir, port, notificationMaxDelay(), role, peerPort));
    broker.start();
    var stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    broker.stop();
                  } catch (Exception e) {
                    e.printStackTrace();
                  }
                  stopped.countDown();
                },
                "artemis-shutdown"));
    // the launcher holds our standard input; end of input means it is gone
    var watcher =
        new Thread(
            () -> {
              try {
                while (System.in.read() >= 0) {
                  // nothing to read, only waiting for the end
                }
              } catch (IOException e) {
                // treated as the end
              }
              System.exit(0);
            },
            "launcher-watch");
    watcher.setDaemon(true);
    watcher.start();
    stopped.await();
  }
}
