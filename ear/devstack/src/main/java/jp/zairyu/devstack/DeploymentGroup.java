package jp.zairyu.devstack;

import static jp.zairyu.devstack.StackSettings.DEPLOYMENT_GROUP;
import static jp.zairyu.devstack.StackSettings.DOMAIN_NAME;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The instances of a clustered stack ({@link StackSettings#clustered()}): a Payara Server
 * deployment group ({@value StackSettings#DEPLOYMENT_GROUP}) of N standalone instances ({@code
 * zairyu-1} …) on the DAS's own CONFIG node ({@code localhost-zairyu}), each with a configuration
 * of its own copied from {@code default-config} (which {@link DomainConfiguration} prepares like
 * the DAS's: loopback, Artemis, recovery, settings) and the port block {@link
 * StackSettings#instancePortBase(int)}. The resource adapter and the application are deployed to
 * the group; the instances join the DAS's Domain Data Grid (Hazelcast, loopback), which holds the
 * replicated HTTP sessions.
 *
 * <p>Instances live in {@code <state>/payara/payara6/glassfish/nodes/localhost-zairyu/zairyu-N}
 * (server log {@code logs/server.log}). They are started with {@code start-local-instance} in a
 * session of their own, with the application's secrets in their environment, like the DAS.
 */
final class DeploymentGroup {

  private static final Logger LOG = LoggerFactory.getLogger(DeploymentGroup.class);
  private static final Duration STOP_TIMEOUT = Duration.ofMinutes(1);
  private static final String MARKER = "devstack-instances.txt";

  private final StackSettings settings;
  private final Asadmin asadmin;
  private final Path domainDir;
  private final Path nodeDir;

  /** Read when an instance starts: the keys are generated after this object is made. */
  private final java.util.function.Supplier<Map<String, String>> environment;

  DeploymentGroup(
      StackSettings settings,
      Asadmin asadmin,
      Path domainDir,
      java.util.function.Supplier<Map<String, String>> environment) {
    this.settings = settings;
    this.asadmin = asadmin;
    this.domainDir = domainDir;
    this.nodeDir = settings.payaraDir().resolve("payara6/glassfish/nodes").resolve(nodeName());
    this.environment = environment;
  }

  /** The DAS's own node, which create-domain makes: instances on this host, no SSH. */
  static String nodeName() {
    return "localhost-" + DOMAIN_NAME;
  }

  private String identity() {
    return "instances=" + settings.instances() + " portbase=" + settings.payaraPortBase();
  }

  /**
   * Creates the group and its instances on the running DAS unless they exist as the settings want
   * them (instances of other settings are deleted first); returns whether it created them, in which
   * case the domain must be configured again (the new instances' configurations and server entries)
   * before they start.
   */
  boolean createIfNeeded() {
    Path marker = domainDir.resolve(MARKER);
    try {
      if (Files.isRegularFile(marker) && Files.readString(marker).equals(identity())) {
        return false;
      }
      deleteExisting();
      // the DAS creates an instance's files by running this script, which the unzipped
      // distribution leaves without its executable bit ("nadmin is not executable")
      Path nadmin = settings.payaraDir().resolve("payara6/glassfish/lib/nadmin");
      if (Files.isRegularFile(nadmin) && !nadmin.toFile().setExecutable(true, false)) {
        throw new StackException("Cannot make " + nadmin + " executable");
      }
      var timing = Timing.start();
      asadmin.remote(Duration.ofMinutes(1), "create-deployment-group", DEPLOYMENT_GROUP);
      for (int i = 1; i <= settings.instances(); i++) {
        String name = StackSettings.instanceName(i);
        String created =
            asadmin.remote(
                Duration.ofMinutes(2),
                "create-instance",
                "--node",
                nodeName(),
                "--systemproperties",
                portProperties(i),
                name);
        if (!Files.isDirectory(nodeDir.resolve(name))) {
          throw new StackException(
              "create-instance " + name + " made no instance files:\n" + created);
        }
        asadmin.remote(
            Duration.ofMinutes(1),
            "add-instance-to-deployment-group",
            "--instance",
            name,
            "--deploymentgroup",
            DEPLOYMENT_GROUP);
      }
      Files.writeString(marker, identity());
      LOG.info(
          "Deployment group {} with {} instances created ({})",
          DEPLOYMENT_GROUP,
          settings.instances(),
          timing);
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every port of instance {@code i}'s block, as create-instance takes them. */
  String portProperties(int i) {
    int base = settings.instancePortBase(i);
    return String.join(
        ":",
        "ASADMIN_LISTENER_PORT=" + (base + 48),
        "HTTP_LISTENER_PORT=" + settings.instanceHttpPort(i),
        "HTTP_SSL_LISTENER_PORT=" + (base + 81),
        "IIOP_LISTENER_PORT=" + (base + 37),
        "IIOP_SSL_LISTENER_PORT=" + (base + 38),
        "IIOP_SSL_MUTUALAUTH_PORT=" + (base + 39),
        "JMX_SYSTEM_CONNECTOR_PORT=" + (base + 86),
        "JMS_PROVIDER_PORT=" + (base + 76),
        "OSGI_SHELL_TELNET_PORT=" + (base + 66),
        "JAVA_DEBUGGER_PORT=" + (base + 9),
        "HZ_LISTENER_PORT=" + settings.instanceHazelcastPort(i));
  }

  /** Instances and the group left by other settings (another number of instances). */
  private void deleteExisting() {
    DomainXml xml = DomainXml.open(domainDir.resolve("config/domain.xml"));
    List<String> instances =
        xml.find("/domain/servers/server").stream()
            .map(server -> server.getAttribute("name"))
            .filter(name -> !name.equals("server"))
            .toList();
    for (String name : instances) {
      jvmOf(name).ifPresent(jvm -> stopJvm(name, jvm));
      asadmin.remote(Duration.ofMinutes(2), "delete-instance", name);
    }
    if (!xml.find("/domain/deployment-groups/deployment-group[@name='" + DEPLOYMENT_GROUP + "']")
        .isEmpty()) {
      asadmin.remote(Duration.ofMinutes(1), "delete-deployment-group", DEPLOYMENT_GROUP);
    }
  }

  /**
   * The instances reach the DAS (to synchronise at start) where it listens: 127.0.0.1, not the host
   * name create-instance wrote into the node's {@code das.properties}.
   */
  private void reachDasOnLoopback() {
    Path das = nodeDir.resolve("agent/config/das.properties");
    if (!Files.isRegularFile(das)) {
      return;
    }
    try {
      var properties = new java.util.Properties();
      try (var in = Files.newInputStream(das)) {
        properties.load(in);
      }
      if (!StackSettings.HOST.equals(properties.getProperty("agent.das.host"))) {
        properties.setProperty("agent.das.host", StackSettings.HOST);
        try (var out = Files.newOutputStream(das)) {
          properties.store(out, "agent.das.host set to loopback by the devstack launcher");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts every instance at once; returns when all have started (their applications too). */
  void start() {
    reachDasOnLoopback();
    var timing = Timing.start();
    // a thread each (the common pool has one thread on two cores)
    var threads = java.util.concurrent.Executors.newCachedThreadPool();
    try {
      List<CompletableFuture<Void>> starts = new ArrayList<>();
      for (int i = 1; i <= settings.instances(); i++) {
        int instance = i;
        starts.add(CompletableFuture.runAsync(() -> start(instance), threads));
      }
      CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).join();
    } catch (java.util.concurrent.CompletionException e) {
      throw e.getCause() instanceof StackException s ? s : e;
    } finally {
      threads.shutdown();
    }
    LOG.info("{} instances started ({})", settings.instances(), timing);
  }

  /** Starts instance {@code i} (1..N) if it does not run; returns once it has started. */
  void start(int i) {
    String name = StackSettings.instanceName(i);
    if (jvmOf(name).isPresent()) {
      return;
    }
    reachDasOnLoopback();
    var timing = Timing.start();
    asadmin.localInOwnSession(
        settings.readyTimeout(),
        environment.get(),
        "start-local-instance",
        "--node",
        nodeName(),
        "--sync",
        "normal",
        name);
    LOG.info(
        "Instance {} started, http://{}:{}/ ({})",
        name,
        StackSettings.HOST,
        settings.instanceHttpPort(i),
        timing);
  }

  /** Stops every instance that runs (also those a killed launcher left behind). */
  void stop() {
    var threads = java.util.concurrent.Executors.newCachedThreadPool();
    try {
      List<CompletableFuture<Void>> stops = new ArrayList<>();
      for (String name : instanceNames()) {
        jvmOf(name)
            .ifPresent(
                jvm -> stops.add(CompletableFuture.runAsync(() -> stopJvm(name, jvm), threads)));
      }
      CompletableFuture.allOf(stops.toArray(CompletableFuture[]::new)).join();
    } finally {
      threads.shutdown();
    }
  }

  private void stopJvm(String name, ProcessHandle jvm) {
    LOG.info("Stopping instance {} (pid {})", name, jvm.pid());
    try {
      asadmin.local(STOP_TIMEOUT, "stop-local-instance", "--node", nodeName(), name);
    } catch (StackException e) {
      LOG.debug("stop-local-instance {} failed", name, e);
    }
    if (!Processes.awaitExitOrKill(jvm, STOP_TIMEOUT)) {
      LOG.warn("Instance {} (pid {}) did not stop and was killed", name, jvm.pid());
    }
  }

  /** SIGKILL instance {@code i} (a crash); returns once its JVM is gone. */
  void kill(int i) {
    String name = StackSettings.instanceName(i);
    jvmOf(name)
        .ifPresent(
            jvm -> {
              LOG.info("Killing instance {} (pid {}) with SIGKILL", name, jvm.pid());
              jvm.destroyForcibly();
              Processes.awaitExit(jvm, STOP_TIMEOUT);
            });
  }

  /** The JVM of instance {@code i}, if it runs. */
  Optional<ProcessHandle> jvm(int i) {
    return jvmOf(StackSettings.instanceName(i));
  }

  Path serverLog(int i) {
    return nodeDir.resolve(StackSettings.instanceName(i)).resolve("logs/server.log");
  }

  private List<String> instanceNames() {
    if (!Files.isDirectory(nodeDir)) {
      return List.of();
    }
    try (var dirs = Files.list(nodeDir)) {
      return dirs.filter(Files::isDirectory)
          .map(dir -> dir.getFileName().toString())
          .filter(name -> name.startsWith("zairyu-"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Optional<ProcessHandle> jvmOf(String name) {
    Path instanceDir = nodeDir.resolve(name);
    return Processes.fromPidFile(
        instanceDir.resolve("config/pid"),
        commandLine -> commandLine.contains(instanceDir.toString()));
  }

  /** Instance numbers 1..N, for the banner. */
  IntStream numbers() {
    return IntStream.rangeClosed(1, settings.instances());
  }
}
