package jp.zairyu.devstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
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
 * An ActiveMQ Artemis broker in a JVM of its own (so that it can be killed like a real one, for the
 * chaos test): one CORE-protocol acceptor on the loopback address, a persistent journal in the
 * state directory, no security, and the application's queues created up front, each fact queue with
 * its own dead-letter queue {@code DLQ.<queue>} and its own redelivery policy:
 *
 * <ul>
 *   <li>{@code ApplicationSubmitted}, {@code DecisionMade}: {@value #MAX_DELIVERY_ATTEMPTS}
 *       deliveries, 1 s apart (what fails there is a bug or the database, both worth a fast look);
 *   <li>{@code NotificationRequested}: {@value #NOTIFICATION_DELIVERY_ATTEMPTS} deliveries with
 *       exponential backoff from 2 s, doubling up to {@link #notificationMaxDelay()} (5 minutes by
 *       default; about an hour of SMTP outage is ridden out before a mail is dead-lettered).
 * </ul>
 *
 * Anything else the broker dead-letters goes to {@value #DEAD_LETTERS}.
 */
final class MessageBroker implements Stoppable {

  private static final Logger LOG = LoggerFactory.getLogger(MessageBroker.class);

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

  private static final Duration START_TIMEOUT = Duration.ofMinutes(1);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

  private final StackSettings settings;
  private Process process;

  MessageBroker(StackSettings settings) {
    this.settings = settings;
  }

  /** Starts the broker JVM and returns once it accepts connections. */
  void start() {
    var timing = Timing.start();
    stopLeftover(settings.brokerDir());
    try {
      Files.createDirectories(settings.brokerDir());
      Files.createDirectories(settings.logDir());
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xmx256m");
      command.add("-D" + NOTIFICATION_MAX_DELAY_PROPERTY + "=" + notificationMaxDelay().toMillis());
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add(Main.class.getName());
      command.add(settings.brokerDir().toString());
      command.add(Integer.toString(settings.brokerPort()));
      var log = ProcessBuilder.Redirect.appendTo(settings.logDir().resolve("artemis.log").toFile());
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log)
              .redirectInput(ProcessBuilder.Redirect.PIPE)
              .start();
      Files.writeString(pidFile(settings.brokerDir()), Long.toString(process.pid()));
    } catch (IOException e) {
      throw new StackException("Artemis did not start", e);
    }
    awaitPort();
    LOG.info(
        "Artemis ready at tcp://{}:{} (pid {}), queues {} with DLQ.<queue> ({})",
        StackSettings.HOST,
        settings.brokerPort(),
        process.pid(),
        FACT_QUEUES,
        timing);
  }

  private void awaitPort() {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new StackException(
            "Artemis exited at start; see " + settings.logDir().resolve("artemis.log"));
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(StackSettings.HOST, settings.brokerPort()), 500);
        return;
      } catch (IOException notYet) {
        sleep(100);
      }
    }
    throw new StackException("Artemis did not open port " + settings.brokerPort());
  }

  /** The broker's process, while it runs. */
  Optional<ProcessHandle> process() {
    return Optional.ofNullable(process).filter(Process::isAlive).map(Process::toHandle);
  }

  /** SIGKILL, no shutdown: what a crash or the OOM killer does. Returns once the JVM is gone. */
  void kill() {
    process()
        .ifPresent(
            p -> {
              LOG.info("Killing Artemis (pid {}) with SIGKILL", p.pid());
              p.destroyForcibly();
              Processes.awaitExit(p, STOP_TIMEOUT);
            });
  }

  @Override
  public void stop() {
    if (process != null && process.isAlive()) {
      process.destroy(); // SIGTERM: the broker's shutdown hook stops it cleanly
      if (!Processes.awaitExitOrKill(process.toHandle(), STOP_TIMEOUT)) {
        LOG.warn("Artemis (pid {}) did not stop and was killed", process.pid());
      }
    }
    stopLeftover(settings.brokerDir());
  }

  /** Stops a broker a killed launcher left running on {@code brokerDir}. */
  static void stopLeftover(Path brokerDir) {
    Processes.fromPidFile(
            pidFile(brokerDir), commandLine -> commandLine.contains(Main.class.getName()))
        .ifPresent(
            leftover -> {
              LOG.info("Stopping the Artemis (pid {}) left running", leftover.pid());
              leftover.destroy();
              Processes.awaitExitOrKill(leftover, STOP_TIMEOUT);
            });
  }

  private static Path pidFile(Path brokerDir) {
    return brokerDir.resolve("broker.pid");
  }

  static Duration notificationMaxDelay() {
    return Duration.ofMillis(Long.getLong(NOTIFICATION_MAX_DELAY_PROPERTY, 300_000L));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StackException("Interrupted while waiting for Artemis");
    }
  }

  static Configuration configuration(Path dir, int port, Duration notificationMaxDelay) {
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

  /**
   * The broker JVM: {@code Main <dir> <port>}. Stops cleanly on SIGTERM (or when its launcher's
   * standard input closes, so it never outlives a launcher that was killed).
   */
  public static final class Main {

    private Main() {}

    public static void main(String[] args) throws Exception {
      Path dir = Path.of(args[0]);
      int port = Integer.parseInt(args[1]);
      var broker =
          new EmbeddedActiveMQ().setConfiguration(configuration(dir, port, notificationMaxDelay()));
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
}
