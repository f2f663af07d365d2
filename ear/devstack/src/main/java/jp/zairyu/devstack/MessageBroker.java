package jp.zairyu.devstack;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The launcher's handle on an ActiveMQ Artemis broker in a JVM of its own ({@link BrokerJvm}, so
 * that it can be killed like a real one, for the chaos tests): starts it, waits until it serves,
 * stops or kills it, and stops one a killed launcher left behind.
 *
 * <p>A broker plays one {@link Role}: alone, or as the primary or the backup of a <em>shared-store
 * pair</em> (what a cluster runs, {@link StackSettings#hasBrokerBackup()}). Both members of a pair
 * use the same journal directory; the one holding the journal's file lock is live and opens its
 * acceptor, the other waits for the lock. When the primary dies (its lock goes with the process),
 * the backup loads the journal and becomes live on its own port; clients, told of the backup by the
 * pair's cluster connection, fail over to it (the resource adapter's {@code HA=true}). Started
 * again, the primary takes over once more (fail-back) and the backup waits again.
 */
final class MessageBroker implements Stoppable {

  private static final Logger LOG = LoggerFactory.getLogger(MessageBroker.class);

  private static final Duration START_TIMEOUT = Duration.ofMinutes(1);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

  /** What a broker process is: the only one, or a member of a shared-store pair. */
  enum Role {
    SINGLE("artemis", "Artemis"),
    PRIMARY("artemis", "Artemis primary"),
    BACKUP("artemis-backup", "Artemis backup");

    private final String fileName;
    private final String title;

    Role(String fileName, String title) {
      this.fileName = fileName;
      this.title = title;
    }

    /** How the stack's logs and process lists name it. */
    String title() {
      return title;
    }
  }

  /** The log line of a backup that the primary has registered (Artemis message AMQ221031). */
  static final String BACKUP_ANNOUNCED = "AMQ221031";

  /** The log line of a primary that holds the journal and serves (AMQ221007). */
  static final String PRIMARY_ACTIVE = "AMQ221007";

  private final StackSettings settings;
  private final Role role;
  private Process process;

  MessageBroker(StackSettings settings) {
    this(settings, settings.hasBrokerBackup() ? Role.PRIMARY : Role.SINGLE);
  }

  MessageBroker(StackSettings settings, Role role) {
    this.settings = settings;
    this.role = role;
  }

  Role role() {
    return role;
  }

  private int port() {
    return role == Role.BACKUP ? settings.brokerBackupPort() : settings.brokerPort();
  }

  private int peerPort() {
    return role == Role.BACKUP ? settings.brokerPort() : settings.brokerBackupPort();
  }

  private Path logFile() {
    return settings.logDir().resolve(role.fileName + ".log");
  }

  /**
   * Starts the broker JVM and returns once it serves: accepts connections (alone or as the primary,
   * which may first have to take the journal back from a live backup) or, as a backup, once the
   * primary has registered it.
   */
  void start() {
    var timing = Timing.start();
    stopLeftover(settings.brokerDir(), role);
    long logOffset;
    try {
      Files.createDirectories(settings.brokerDir());
      Files.createDirectories(settings.logDir());
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xmx256m");
      command.add(
          "-D"
              + BrokerJvm.NOTIFICATION_MAX_DELAY_PROPERTY
              + "="
              + BrokerJvm.notificationMaxDelay().toMillis());
      if (role != Role.SINGLE) {
        // a pair's failovers and fail-backs are worth their lines in the log (AMQ221031 & co.)
        command.add("-Dorg.slf4j.simpleLogger.log.org.apache.activemq.artemis.core.server=info");
      }
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add(BrokerJvm.class.getName());
      command.add(settings.brokerDir().toString());
      command.add(Integer.toString(port()));
      command.add(role.name());
      command.add(Integer.toString(peerPort()));
      logOffset = Files.exists(logFile()) ? Files.size(logFile()) : 0;
      var log = ProcessBuilder.Redirect.appendTo(logFile().toFile());
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log)
              .redirectInput(ProcessBuilder.Redirect.PIPE)
              .start();
      Files.writeString(pidFile(settings.brokerDir(), role), Long.toString(process.pid()));
    } catch (IOException e) {
      throw new StackException(role.title() + " did not start", e);
    }
    if (role == Role.BACKUP) {
      awaitLogLine(logOffset, BACKUP_ANNOUNCED);
      LOG.info(
          "{} (pid {}) registered with the primary, waiting for the journal ({})",
          role.title(),
          process.pid(),
          timing);
    } else {
      if (role == Role.PRIMARY) {
        // its port is no sign: the primary may first wait for the journal's lock (fail-back)
        awaitLogLine(logOffset, PRIMARY_ACTIVE);
      }
      awaitPort();
      LOG.info(
          "{} ready at tcp://{}:{} (pid {}), queues {} with DLQ.<queue> ({})",
          role.title(),
          StackSettings.HOST,
          port(),
          process.pid(),
          BrokerJvm.FACT_QUEUES,
          timing);
    }
  }

  private void awaitPort() {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      requireAlive();
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(StackSettings.HOST, port()), 500);
        return;
      } catch (IOException notYet) {
        sleep(100);
      }
    }
    throw new StackException(role.title() + " did not open port " + port());
  }

  /** Waits until the broker's log, past {@code offset}, holds {@code code}. */
  private void awaitLogLine(long offset, String code) {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      requireAlive();
      // only what this start wrote: the log is appended to across restarts
      try (var log = Files.newInputStream(logFile())) {
        log.skipNBytes(offset);
        if (new String(log.readAllBytes(), UTF_8).contains(code)) {
          return;
        }
      } catch (IOException notYet) {
        // not written yet
      }
      sleep(200);
    }
    throw new StackException(role.title() + " did not log " + code + "; see " + logFile());
  }

  private void requireAlive() {
    if (!process.isAlive()) {
      throw new StackException(role.title() + " exited at start; see " + logFile());
    }
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
              LOG.info("Killing {} (pid {}) with SIGKILL", role.title(), p.pid());
              p.destroyForcibly();
              Processes.awaitExit(p, STOP_TIMEOUT);
            });
  }

  @Override
  public void stop() {
    if (process != null && process.isAlive()) {
      process.destroy(); // SIGTERM: the broker's shutdown hook stops it cleanly
      if (!Processes.awaitExitOrKill(process.toHandle(), STOP_TIMEOUT)) {
        LOG.warn("{} (pid {}) did not stop and was killed", role.title(), process.pid());
      }
    }
    stopLeftover(settings.brokerDir(), role);
  }

  /** Stops the brokers (either role) a killed launcher left running on {@code brokerDir}. */
  static void stopLeftover(Path brokerDir) {
    stopLeftover(brokerDir, Role.BACKUP);
    stopLeftover(brokerDir, Role.SINGLE);
  }

  private static void stopLeftover(Path brokerDir, Role role) {
    Processes.fromPidFile(
            pidFile(brokerDir, role),
            commandLine -> commandLine.contains(BrokerJvm.class.getName()))
        .ifPresent(
            leftover -> {
              LOG.info("Stopping the {} (pid {}) left running", role.title(), leftover.pid());
              leftover.destroy();
              Processes.awaitExitOrKill(leftover, STOP_TIMEOUT);
            });
  }

  private static Path pidFile(Path brokerDir, Role role) {
    return brokerDir.resolve(role == Role.BACKUP ? "broker-backup.pid" : "broker.pid");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StackException("Interrupted while waiting for the broker");
    }
  }
}
