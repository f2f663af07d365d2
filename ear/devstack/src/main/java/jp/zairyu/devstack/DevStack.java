package jp.zairyu.devstack;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local system launcher.
 *
 * <ul>
 *   <li>{@code DevStack run} (what {@code mvn -P run} does): {@link #start} with the development
 *       settings, print where everything is, run until Ctrl-C.
 *   <li>{@code DevStack stop}: stop what a killed launcher left running on the state directory
 *       ({@code mvn -pl ear/devstack exec:exec@stop}); asks a live launcher to stop instead.
 *   <li>{@link #start(StackSettings)}: the Java API, e.g. for a JUnit {@code
 *       LauncherSessionListener} with {@link StackSettings#integrationTest}.
 * </ul>
 *
 * <p>Settings come from {@link StackSettings#development()} overridden by {@code devstack.*} system
 * properties.
 */
public final class DevStack {

  private static final Logger LOG = LoggerFactory.getLogger(DevStack.class);

  private DevStack() {}

  public static void main(String[] args) {
    String command = args.length == 0 ? "run" : args[0];
    StackSettings settings = StackSettings.development().overriddenBySystemProperties();
    try {
      switch (command) {
        case "run" -> run(settings);
        case "stop" -> stop(settings);
        default -> {
          System.err.println("Usage: DevStack [run|stop]");
          System.exit(2);
        }
      }
    } catch (StackException e) {
      LOG.error("{}", e.getMessage(), e.getCause());
      System.exit(1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Starts PostgreSQL (and migrates it), Artemis, GreenMail and Payara Server with the resource
   * adapter and, if the settings name one, the application; returns once everything is deployed
   * and, with an application, its {@code /health/ready} answers 200. On failure everything started
   * so far is stopped again.
   *
   * @throws StackException if something does not start; the message says what and why
   */
  public static RunningStack start(StackSettings settings) {
    requireArchives(settings);
    LOG.info("Starting the stack in {}", settings.stateDir());
    var stack = new RunningStack(settings);
    try {
      StateDirectory state = StateDirectory.claim(settings.stateDir());
      stack.claimed(state);
      stopLeftovers(settings);
      if (settings.wipeStateOnStart()) {
        state.wipe();
      }
      Ports.requireFree(settings);

      PostgresServer database = stack.add("PostgreSQL", new PostgresServer(settings));
      stack.database(database);
      database.start();
      Migrations.run(settings);
      MessageBroker broker = new MessageBroker(settings);
      stack.broker(stack.add(broker.role().title(), broker));
      broker.start();
      if (settings.hasBrokerBackup()) {
        var backup = new MessageBroker(settings, MessageBroker.Role.BACKUP);
        stack.brokerBackup(stack.add(backup.role().title(), backup));
        backup.start();
      }
      MailCatcher mail = stack.add("GreenMail", new MailCatcher(settings));
      stack.mailCatcher(mail);
      mail.start();
      PayaraServer payara = stack.add("Payara Server", new PayaraServer(settings));
      stack.payara(payara);
      payara.start();
      if (settings.clustered()) {
        stack.add("HAProxy", new LoadBalancer(settings)).start();
      }

      if (settings.deploysApplication()) {
        var timing = Timing.start();
        if (settings.clustered()) {
          for (int i = 1; i <= settings.instances(); i++) {
            URI instance = settings.instanceBaseUrl(i);
            HttpProbe.awaitOk(instance.resolve("health/ready"), settings.readyTimeout());
            HttpProbe.awaitOk(instance.resolve("portal/login.xhtml"), settings.readyTimeout());
          }
        }
        HttpProbe.awaitOk(settings.healthUrl(), settings.readyTimeout());
        // /health answers UP even when no application runs: also wait for the portal itself.
        HttpProbe.awaitOk(settings.portalUrl().resolve("login.xhtml"), settings.readyTimeout());
        LOG.info("Application ready: {} answers 200 ({})", settings.healthUrl(), timing);
      }
      return stack;
    } catch (RuntimeException | Error e) {
      stack.close();
      throw e;
    }
  }

  /** Starts the stack, prints the banner and blocks until Ctrl-C (or {@code DevStack stop}). */
  static void run(StackSettings settings) throws InterruptedException {
    var timing = Timing.start();
    RunningStack stack = start(settings);
    System.out.println(Banner.text(settings, new PayaraServer(settings).serverLog(), timing));
    stack.awaitClose();
  }

  /**
   * Stops the stack on the settings' state directory: asks the launcher holding it to stop, or, if
   * none does, stops the Payara domain and the PostgreSQL server it left behind.
   */
  static void stop(StackSettings settings) {
    if (!Files.isDirectory(settings.stateDir())) {
      LOG.info("Nothing to stop: {} does not exist", settings.stateDir());
      return;
    }
    Optional<ProcessHandle> launcher = StateDirectory.holder(settings.stateDir());
    if (launcher.isPresent()) {
      LOG.info("Asking the launcher (pid {}) to stop the stack", launcher.get().pid());
      launcher.get().destroy(); // SIGTERM: its shutdown hook stops everything in order
      if (!Processes.awaitExit(launcher.get(), Duration.ofMinutes(3))) {
        throw new StackException("The launcher (pid " + launcher.get().pid() + ") did not stop");
      }
      return;
    }
    StateDirectory state = StateDirectory.claim(settings.stateDir());
    try {
      stopLeftovers(settings);
    } finally {
      state.stop();
    }
    LOG.info("Nothing of the stack runs on {} any more", settings.stateDir());
  }

  /**
   * HAProxy, Payara (DAS and instances) and PostgreSQL outlive a killed launcher (GreenMail dies
   * with it, the broker JVM notices its standard input closing).
   */
  private static void stopLeftovers(StackSettings settings) {
    LoadBalancer.stopLeftover(settings);
    new PayaraServer(settings).stop();
    MessageBroker.stopLeftover(settings.brokerDir());
    PostgresServer.stopLeftover(settings.postgresDataDir());
  }

  private static void requireArchives(StackSettings settings) {
    requireFile(settings.payaraZip(), "Payara Server zip", "devstack.payara.zip");
    requireFile(settings.resourceAdapter(), "Artemis resource adapter", "devstack.rar");
    if (settings.deploysApplication()) {
      requireFile(settings.application(), "application EAR", "devstack.ear");
    }
  }

  private static void requireFile(Path file, String what, String property) {
    if (file == null || !Files.isRegularFile(file)) {
      throw new StackException(
          "The "
              + what
              + " is missing ("
              + file
              + "); set "
              + property
              + " (mvn -P run from the repository root does)");
    }
  }
}
