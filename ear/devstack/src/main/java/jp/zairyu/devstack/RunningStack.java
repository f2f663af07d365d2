package jp.zairyu.devstack;

import com.icegreen.greenmail.util.GreenMail;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A started stack. {@link #close()} stops its parts in reverse start order (Payara, GreenMail,
 * Artemis, PostgreSQL) and is idempotent; a JVM shutdown hook calls it too, so Ctrl-C or the end of
 * a test JVM never leaves a server behind.
 */
public final class RunningStack implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(RunningStack.class);

  private final StackSettings settings;
  private final Deque<Part> parts = new ArrayDeque<>();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final Thread shutdownHook = new Thread(this::close, "devstack-shutdown");
  private boolean closing;
  private StateDirectory stateDirectory;
  private MailCatcher mail;
  private MessageBroker broker;
  private MessageBroker brokerBackup;
  private PostgresServer database;
  private PayaraServer payara;

  RunningStack(StackSettings settings) {
    this.settings = settings;
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /**
   * Registers a part before it starts, so that an interrupted start is cleaned up as well; fails
   * once the stack is closing, which aborts a start in progress.
   */
  synchronized <T extends Stoppable> T add(String name, T part) {
    if (closing) {
      throw new StackException("The stack is shutting down");
    }
    parts.push(new Part(name, part));
    return part;
  }

  /** The claim on the state directory, released after everything else has stopped. */
  synchronized void claimed(StateDirectory stateDirectory) {
    this.stateDirectory = stateDirectory;
  }

  void mailCatcher(MailCatcher mail) {
    this.mail = mail;
  }

  void broker(MessageBroker broker) {
    this.broker = broker;
  }

  void brokerBackup(MessageBroker backup) {
    this.brokerBackup = backup;
  }

  void payara(PayaraServer payara) {
    this.payara = payara;
  }

  void database(PostgresServer database) {
    this.database = database;
  }

  /**
   * Stops the broker until the returned outage is ended, then starts it again on the same journal:
   * for tests of what the application does while the broker is away.
   */
  public Outage brokerOutage() {
    if (brokerBackup != null) {
      brokerBackup.stop();
    }
    broker.stop();
    return () -> {
      broker.start();
      if (brokerBackup != null) {
        brokerBackup.start();
      }
    };
  }

  /**
   * SIGKILLs the broker and starts it again on the same journal (chaos tests); of a pair, the
   * primary: the backup serves in between, and gives the journal back when the primary is up.
   */
  public void killAndRestartBroker() {
    broker.kill();
    broker.start();
  }

  /**
   * SIGKILLs the primary of the broker pair (a crash): the backup takes the journal over and the
   * clients fail over to it. Returns once the primary's JVM is gone.
   */
  public void killBrokerPrimary() {
    if (brokerBackup == null) {
      throw new IllegalStateException("The stack runs no backup broker (devstack.broker.backup)");
    }
    broker.kill();
  }

  /**
   * Starts the pair's primary again (after {@link #killBrokerPrimary()}): it takes the journal back
   * from the backup (fail-back), which waits again; returns once the primary serves.
   */
  public void restartBrokerPrimary() {
    broker.start();
  }

  /** Stops the mail server until the returned outage is ended (SMTP outage tests). */
  public Outage mailOutage() {
    mail.stopServer();
    return mail::startServer;
  }

  /**
   * SIGKILLs Payara Server and starts it again: the deployed applications start with it, and the
   * transaction service recovers what was in doubt (chaos tests).
   */
  public void killAndRestartApplicationServer() {
    payara.kill();
    payara.start();
  }

  /**
   * The operating-system processes of the stack by role, for measuring their memory: this launcher
   * (with GreenMail), Artemis, the PostgreSQL postmaster (its backends are its children), the DAS,
   * each instance and HAProxy, those that run.
   */
  public java.util.Map<String, ProcessHandle> processes() {
    var processes = new java.util.LinkedHashMap<String, ProcessHandle>();
    processes.put("launcher + GreenMail", ProcessHandle.current());
    broker.process().ifPresent(p -> processes.put(broker.role().title(), p));
    if (brokerBackup != null) {
      brokerBackup.process().ifPresent(p -> processes.put(brokerBackup.role().title(), p));
    }
    Processes.fromPidFile(
            settings.postgresDataDir().resolve("postmaster.pid"),
            commandLine -> commandLine.contains("postgres"))
        .ifPresent(p -> processes.put("PostgreSQL", p));
    payara.runningJvm().ifPresent(p -> processes.put(settings.clustered() ? "DAS" : "Payara", p));
    for (int i = 1; i <= settings.instances() && settings.clustered(); i++) {
      int instance = i;
      payara.group().jvm(i).ifPresent(p -> processes.put(StackSettings.instanceName(instance), p));
    }
    Processes.fromPidFile(
            settings.stateDir().resolve("haproxy/haproxy.pid"),
            commandLine -> commandLine.contains("haproxy"))
        .ifPresent(p -> processes.put("HAProxy", p));
    return processes;
  }

  /**
   * Deploys {@code archive} as version {@code version} of the application on a clustered stack, one
   * instance at a time, each out of the balancer's rotation while it switches; returns once every
   * instance runs it, with how long each was out of the rotation, by instance ({@link
   * RollingRedeploy}).
   */
  public java.util.Map<String, java.time.Duration> rollingRedeploy(Path archive, String version) {
    return payara.rollingRedeploy(archive, version);
  }

  /**
   * The version of the application each instance of a clustered stack runs, by instance: {@code
   * zairyu}, or {@code zairyu:<version>} after a rolling redeploy.
   */
  public java.util.Map<String, String> deployedVersions() {
    return payara.deployedVersions();
  }

  /** SIGKILLs instance {@code i} (1..N) of a clustered stack: a crash; the others go on. */
  public void killInstance(int i) {
    payara.group().kill(i);
  }

  /** Starts instance {@code i} again (after {@link #killInstance}); returns once it has started. */
  public void startInstance(int i) {
    payara.group().start(i);
  }

  /** Instance {@code i}'s {@code server.log} (kept after it was killed). */
  public java.nio.file.Path instanceServerLog(int i) {
    return payara.group().serverLog(i);
  }

  /** The process id of instance {@code i}'s JVM, if it runs. */
  public java.util.OptionalLong instancePid(int i) {
    return payara
        .group()
        .jvm(i)
        .map(ProcessHandle::pid)
        .map(java.util.OptionalLong::of)
        .orElse(java.util.OptionalLong.empty());
  }

  /**
   * SIGKILLs PostgreSQL (the postmaster and every backend, no shutdown checkpoint) and starts it
   * again on the same data: crash recovery, prepared transactions survive (chaos tests).
   */
  public void killAndRestartDatabase() {
    database.kill();
    database.start();
  }

  /**
   * Stops PostgreSQL until the returned outage is ended, then starts it again on the same data: for
   * tests of what the application does while its database is away.
   */
  public Outage databaseOutage() {
    database.stop();
    return database::start;
  }

  /** A part of the stack taken away for a while; {@link #close()} brings it back. */
  @FunctionalInterface
  public interface Outage extends AutoCloseable {
    @Override
    void close();
  }

  public StackSettings settings() {
    return settings;
  }

  /** JDBC URL of the application database; user and password are both {@code zairyu}. */
  public String jdbcUrl() {
    return settings.jdbcUrl();
  }

  public int httpPort() {
    return settings.httpPort();
  }

  public int adminPort() {
    return settings.adminPort();
  }

  /** The user of Payara's admin port (console, REST, asadmin). */
  public String adminUser() {
    return StackSecrets.ADMIN_USER;
  }

  /** The generated password of {@link #adminUser()}, kept in the state directory. */
  public String adminPassword() {
    return StackSecrets.of(settings)
        .adminPassword()
        .orElseThrow(() -> new IllegalStateException("The stack has no admin password yet"));
  }

  /** {@code http://127.0.0.1:<httpPort>/} */
  public URI baseUrl() {
    return settings.baseUrl();
  }

  /** Directory with one {@code .eml} file per mail the application sent. */
  public Path mailFolder() {
    return settings.mailDir();
  }

  /**
   * The mail catcher itself, e.g. for {@code waitForIncomingEmail} and {@code getReceivedMessages}.
   */
  public GreenMail greenMail() {
    return mail.greenMail();
  }

  /** Blocks until the stack has been closed (by another thread or the shutdown hook). */
  public void awaitClose() throws InterruptedException {
    stopped.await();
  }

  @Override
  public void close() {
    boolean first;
    synchronized (this) {
      first = !closing;
      closing = true;
    }
    if (!first) {
      awaitStopped();
      return;
    }
    var timing = Timing.start();
    LOG.info("Stopping the stack in {}", settings.stateDir());
    while (!parts.isEmpty()) {
      Part part = parts.pop();
      var partTiming = Timing.start();
      try {
        part.stoppable().stop();
        LOG.info("{} stopped ({})", part.name(), partTiming);
      } catch (RuntimeException e) {
        LOG.warn("Stopping {} failed: {}", part.name(), e.toString());
      }
    }
    if (stateDirectory != null) {
      stateDirectory.stop();
    }
    LOG.info("Stack stopped ({})", timing);
    stopped.countDown();
    if (Thread.currentThread() != shutdownHook) {
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException e) {
        // the JVM is already shutting down
      }
    }
  }

  private void awaitStopped() {
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private record Part(String name, Stoppable stoppable) {}
}
