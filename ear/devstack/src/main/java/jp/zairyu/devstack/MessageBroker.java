package jp.zairyu.devstack;

import java.nio.file.Path;
import java.util.List;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An ActiveMQ Artemis broker inside the launcher JVM: one CORE-protocol acceptor on the loopback
 * address, a persistent journal in the state directory, no security, and the application's queues
 * created up front. Undeliverable messages go to {@value #DEAD_LETTERS} after {@value
 * #MAX_DELIVERY_ATTEMPTS} attempts one second apart.
 */
final class MessageBroker implements Stoppable {

  private static final Logger LOG = LoggerFactory.getLogger(MessageBroker.class);

  static final String DEAD_LETTERS = "DLQ";
  static final String EXPIRED = "ExpiryQueue";
  static final int MAX_DELIVERY_ATTEMPTS = 10;

  /** Anycast (point-to-point) queues the application and the broker itself use. */
  static final List<String> QUEUES =
      List.of("ApplicationSubmitted", "NotificationRequested", DEAD_LETTERS, EXPIRED);

  private final StackSettings settings;
  private EmbeddedActiveMQ broker;

  MessageBroker(StackSettings settings) {
    this.settings = settings;
  }

  void start() {
    var timing = Timing.start();
    broker = new EmbeddedActiveMQ().setConfiguration(configuration());
    try {
      broker.start();
    } catch (Exception e) {
      throw new StackException("Artemis did not start", e);
    }
    LOG.info(
        "Artemis ready at tcp://{}:{}, queues {} ({})",
        StackSettings.HOST,
        settings.brokerPort(),
        QUEUES,
        timing);
  }

  private Configuration configuration() {
    Path dir = settings.brokerDir();
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
            .setMaxDiskUsage(-1) // a full laptop disk must not silently block every send
            .addAddressSetting(
                "#",
                new AddressSettings()
                    .setDeadLetterAddress(SimpleString.of(DEAD_LETTERS))
                    .setExpiryAddress(SimpleString.of(EXPIRED))
                    .setMaxDeliveryAttempts(MAX_DELIVERY_ATTEMPTS)
                    .setRedeliveryDelay(1000));
    try {
      config.addAcceptorConfiguration(
          "core", "tcp://" + StackSettings.HOST + ":" + settings.brokerPort() + "?protocols=CORE");
    } catch (Exception e) {
      throw new StackException("Invalid broker acceptor", e);
    }
    for (String queue : QUEUES) {
      config.addQueueConfiguration(
          QueueConfiguration.of(queue).setRoutingType(RoutingType.ANYCAST).setDurable(true));
    }
    return config;
  }

  @Override
  public void stop() {
    if (broker != null) {
      try {
        broker.stop();
      } catch (Exception e) {
        throw new StackException("Artemis did not stop cleanly", e);
      }
    }
  }
}
