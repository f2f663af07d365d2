package jp.zairyu.devstack;

import static jp.zairyu.devstack.StackSettings.APPLICATION_NAME;
import static jp.zairyu.devstack.StackSettings.DOMAIN_NAME;
import static jp.zairyu.devstack.StackSettings.RESOURCE_ADAPTER_NAME;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Payara Server (full profile) with a domain of its own in the state directory: unzipped and
 * created on the first start, configured by {@link DomainConfiguration} before every start, then
 * the resource adapter and the application deployed when they changed.
 *
 * <p>Layout: {@code <state>/payara/payara6} (installation), {@code <state>/payara/domains/zairyu}
 * (domain; server log in {@code logs/server.log}), {@code <state>/logs/asadmin.log}.
 */
final class PayaraServer implements Stoppable {

  private static final Logger LOG = LoggerFactory.getLogger(PayaraServer.class);
  private static final Duration STOP_TIMEOUT = Duration.ofMinutes(1);
  private static final String DOMAIN_MARKER = "devstack-domain.txt";
  private static final String ALIASES_MARKER = "devstack-password-aliases.txt";

  private final StackSettings settings;
  private final Path domainsDir;
  private final Path domainDir;
  private final Asadmin asadmin;
  private final Deployments deployments;
  private final StackSecrets secrets;
  private final DeploymentGroup group;

  PayaraServer(StackSettings settings) {
    this.settings = settings;
    this.domainsDir = settings.payaraDir().resolve("domains");
    this.domainDir = domainsDir.resolve(DOMAIN_NAME);
    this.secrets = StackSecrets.of(settings);
    this.asadmin =
        new Asadmin(
            settings.payaraDir().resolve("payara6"),
            settings.adminPort(),
            settings.logDir().resolve("asadmin.log"),
            secrets.passwordFile());
    this.deployments = new Deployments(domainDir);
    this.group = new DeploymentGroup(settings, asadmin, domainDir, secrets::applicationEnvironment);
  }

  /** The instances, when the stack is clustered. */
  DeploymentGroup group() {
    return group;
  }

  Path serverLog() {
    return domainDir.resolve("logs/server.log");
  }

  /** Provisions and starts the domain, then deploys what changed; returns when all is deployed. */
  void start() {
    secrets.generateMissing();
    Path home = PayaraInstallation.unpack(settings.payaraZip(), settings.payaraDir());
    createDomainIfNeeded(home);

    // where they are deployed is part of what they are: one server, or the deployment group
    String adapterFingerprint =
        Deployments.fingerprint(settings.resourceAdapter(), "target=" + target());
    String applicationFingerprint =
        settings.deploysApplication()
            ? Deployments.fingerprint(settings.application(), adapterFingerprint)
            : null;
    boolean redeployApplication =
        settings.deploysApplication()
            && !deployments.isCurrent(APPLICATION_NAME, applicationFingerprint);
    boolean redeployAdapter = !deployments.isCurrent(RESOURCE_ADAPTER_NAME, adapterFingerprint);
    var replaced = new java.util.TreeSet<String>();
    if (redeployApplication || (redeployAdapter && deployments.isDeployed(APPLICATION_NAME))) {
      replaced.add(APPLICATION_NAME); // its connection factories and MDBs hold on to the adapter
    }
    if (redeployAdapter) {
      replaced.add(RESOURCE_ADAPTER_NAME);
    }
    installJdbcDriver();
    configure(replaced);
    replaced.forEach(this::deleteDeployedFiles);

    startDomain();
    if (settings.clustered() && group.createIfNeeded()) {
      // the new instances' configurations and server entries get what the DAS's have
      stopDomain();
      configure(Set.of());
      startDomain();
    }
    createPasswordAliasesIfNeeded();

    if (redeployAdapter) {
      deploy(RESOURCE_ADAPTER_NAME, settings.resourceAdapter(), adapterFingerprint);
    }
    if (settings.deploysApplication()) {
      if (replaced.contains(APPLICATION_NAME)) {
        deploy(APPLICATION_NAME, settings.application(), applicationFingerprint);
      } else {
        LOG.info("Application {} unchanged since the last start", APPLICATION_NAME);
      }
    }
    if (settings.clustered()) {
      group.start();
    }
  }

  /** Where the adapter and the application are deployed: the DAS, or the deployment group. */
  private String target() {
    return settings.clustered() ? StackSettings.DEPLOYMENT_GROUP : "server";
  }

  private void configure(Set<String> applicationsToReplace) {
    DomainConfiguration.apply(
        domainDir.resolve("config/domain.xml"), settings, applicationsToReplace);
  }

  private void startDomain() {
    var timing = Timing.start();
    asadmin.localInOwnSession(
        settings.readyTimeout(),
        secrets.applicationEnvironment(),
        "start-domain",
        "--domaindir",
        domainsDir.toString(),
        DOMAIN_NAME);
    LOG.info("Payara Server started, admin console {} ({})", settings.adminConsoleUrl(), timing);
  }

  /**
   * Deletes what a deployment left in the domain (its exploded archive and generated code), once
   * domain.xml no longer names it: a launcher killed while deploying leaves them half-written.
   */
  private void deleteDeployedFiles(String name) {
    try {
      // a version (name:2) lives in name~2
      for (Path dir : deployedDirs(domainDir.resolve("applications"), name)) {
        PayaraInstallation.deleteRecursively(dir);
      }
      Path generated = domainDir.resolve("generated");
      if (Files.isDirectory(generated)) {
        try (var kinds = Files.list(generated)) {
          for (Path kind : kinds.toList()) {
            for (Path dir : deployedDirs(kind, name)) {
              PayaraInstallation.deleteRecursively(dir);
            }
          }
        }
      }
      deployments.forget(name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The directories of {@code parent} holding application {@code name} or a version of it. */
  private static java.util.List<Path> deployedDirs(Path parent, String name) throws IOException {
    if (!Files.isDirectory(parent)) {
      return java.util.List.of();
    }
    try (var dirs = Files.list(parent)) {
      return dirs.filter(
              dir -> {
                String file = dir.getFileName().toString();
                return file.equals(name) || file.startsWith(name + "~");
              })
          .toList();
    }
  }

  /**
   * The PostgreSQL driver in the domain's {@code lib/}, for the transaction service's recovery pool
   * (the application brings its own copy in the EAR).
   */
  private void installJdbcDriver() {
    try {
      Path driver =
          Path.of(
              org.postgresql.Driver.class
                  .getProtectionDomain()
                  .getCodeSource()
                  .getLocation()
                  .toURI());
      Path target = domainDir.resolve("lib").resolve(driver.getFileName());
      if (!Files.isRegularFile(target)) {
        Files.createDirectories(target.getParent());
        Files.copy(driver, target);
      }
    } catch (IOException | java.net.URISyntaxException e) {
      throw new StackException("Cannot install the PostgreSQL driver into the domain", e);
    }
  }

  /**
   * The database password in the domain's password alias store (encrypted with the master
   * password), for the recovery pool's {@code ${ALIAS=...}}: nothing of domain.xml, the admin
   * console or the REST interface shows it. Once per domain; the alias outlives restarts.
   */
  private void createPasswordAliasesIfNeeded() {
    Path marker = domainDir.resolve(ALIASES_MARKER);
    if (Files.isRegularFile(marker)) {
      return;
    }
    asadmin.remote(
        Duration.ofMinutes(1), "create-password-alias", StackSecrets.DATABASE_PASSWORD_ALIAS);
    try {
      Files.writeString(marker, StackSecrets.DATABASE_PASSWORD_ALIAS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void createDomainIfNeeded(Path home) {
    // everything a domain cannot change after create-domain (an older launcher created domains
    // whose admin had no password)
    String identity =
        "distribution="
            + settings.payaraZip().getFileName()
            + " portbase="
            + settings.payaraPortBase()
            + " admin=password";
    Path marker = domainDir.resolve(DOMAIN_MARKER);
    try {
      if (Files.isRegularFile(marker) && Files.readString(marker).equals(identity)) {
        return;
      }
      if (Files.exists(domainDir)) {
        LOG.info("Re-creating the Payara domain: {} changed", identity);
        PayaraInstallation.deleteRecursively(domainDir);
      }
      var timing = Timing.start();
      LOG.info("Creating Payara domain {} in {} (once)", DOMAIN_NAME, domainsDir);
      asadmin.local(
          Duration.ofMinutes(3),
          "create-domain",
          // the admin user and its generated password come from the password file
          "--nopassword=false",
          "--portbase",
          Integer.toString(settings.payaraPortBase()),
          "--domaindir",
          domainsDir.toString(),
          DOMAIN_NAME);
      Files.writeString(marker, identity);
      LOG.info("Payara domain created from {} ({})", home, timing);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void deploy(String name, Path archive, String fingerprint) {
    var timing = Timing.start();
    LOG.info("Deploying {} as {}", archive.getFileName(), name);
    // --force and --enabled: harmless on a fresh deployment (DomainConfiguration undeploys a
    // replaced application offline), and they keep a redeployment by hand enabled.
    var command =
        new java.util.ArrayList<>(
            java.util.List.of(
                "deploy", "--name", name, "--force=true", "--enabled=true", "--target", target()));
    if (settings.clustered()) {
      // sessions of the distributable WARs are replicated in the Data Grid (web-method, session)
      command.add("--availabilityenabled=true");
    }
    command.add(archive.toString());
    asadmin.remote(settings.readyTimeout(), command.toArray(String[]::new));
    deployments.record(name, fingerprint);
    LOG.info("Deployed {} ({})", name, timing);
  }

  /** A new version of the application, one instance after the other ({@link RollingRedeploy}). */
  java.util.Map<String, Duration> rollingRedeploy(Path archive, String version) {
    var steps = new RollingRedeploy(settings, asadmin, domainDir).run(archive, version);
    // the next start deploys the application afresh under its own name
    deployments.forget(APPLICATION_NAME);
    return steps;
  }

  /** The version of the application each instance runs, by instance. */
  java.util.Map<String, String> deployedVersions() {
    return RollingRedeploy.enabledVersions(settings, domainDir);
  }

  /**
   * Stops the instances and the domain if they run (also those a killed launcher left behind) and
   * waits for their JVMs.
   */
  @Override
  public void stop() {
    group.stop();
    stopDomain();
  }

  private void stopDomain() {
    Optional<ProcessHandle> jvm = runningJvm();
    if (jvm.isEmpty()) {
      return;
    }
    LOG.info("Stopping Payara Server (pid {})", jvm.get().pid());
    try {
      asadmin.local(STOP_TIMEOUT, "stop-domain", "--domaindir", domainsDir.toString(), DOMAIN_NAME);
    } catch (StackException e) {
      // without setsid, Ctrl-C reaches Payara's JVM too and it may already be on its way down
      LOG.debug("stop-domain failed", e);
    }
    if (!Processes.awaitExitOrKill(jvm.get(), STOP_TIMEOUT)) {
      LOG.warn(
          "Payara Server (pid {}) did not stop within {} and was killed",
          jvm.get().pid(),
          STOP_TIMEOUT);
    }
  }

  /** SIGKILL, no shutdown (a crash); returns once the JVM is gone. */
  void kill() {
    runningJvm()
        .ifPresent(
            jvm -> {
              LOG.info("Killing Payara Server (pid {}) with SIGKILL", jvm.pid());
              jvm.destroyForcibly();
              Processes.awaitExit(jvm, STOP_TIMEOUT);
            });
  }

  /** The domain's JVM, identified by its pid file and its instance root on the command line. */
  Optional<ProcessHandle> runningJvm() {
    return Processes.fromPidFile(
        domainDir.resolve("config/pid"), commandLine -> commandLine.contains(domainDir.toString()));
  }
}
