package jp.zairyu.devstack;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Everything a stack needs to know: where its state lives, its ports and what it deploys.
 * Immutable; start from {@link #development()} or {@link #integrationTest(Path)} and change single
 * values with the {@code withX} methods or {@link #overriddenBy(Map)} (system properties).
 *
 * <p>Payara takes a block of ports from {@link #payaraPortBase()}, like {@code asadmin
 * create-domain --portbase}: HTTP base+80, HTTPS base+81, admin base+48, IIOP base+37..39, JMX
 * base+86, Hazelcast base+49 and up. Two stacks with different bases never collide.
 *
 * <p>System property keys read by {@link #overriddenBy(Map)}:
 *
 * <pre>
 * devstack.state.dir         state directory (Payara, pgdata, broker journal, mail folder, logs)
 * devstack.wipe.state        true: delete the state directory before starting
 * devstack.postgres.port     PostgreSQL port
 * devstack.broker.port       Artemis port (CORE protocol)
 * devstack.smtp.port         GreenMail SMTP port
 * devstack.imap.port         GreenMail IMAP port
 * devstack.payara.portbase   Payara port block (see above)
 * devstack.payara.heap       Payara -Xmx value, e.g. 512m
 * devstack.payara.zip        Payara Server distribution zip
 * devstack.rar               the Artemis resource adapter (.rar)
 * devstack.ear               the application (.ear); empty: deploy no application
 * devstack.demo.data         true: also run classpath:db/demo (demo accounts)
 * devstack.ready.timeout     how long to wait for Payara and the application, e.g. PT5M or 300
 * devstack.instances         1: one server; N &gt;= 2: a deployment group of N instances on the DAS
 *                            behind HAProxy on the HTTP port (mvn -P run -Dzairyu.instances=N)
 * devstack.broker.backup     true: Artemis as a shared-store pair, the backup on the broker port + 1
 *                            (always so with instances &gt;= 2)
 * </pre>
 *
 * <p>With {@code instances} N &gt;= 2 the DAS keeps the admin port and serves no application; the
 * load balancer listens on {@link #httpPort()} (so the URLs stay the same) and instance {@code i}
 * (1..N) takes the port block {@link #instancePortBase(int)} = base + 100 &times; i (HTTP base +
 * 100 &times; i + 80).
 *
 * @param stateDir directory holding everything the stack writes
 * @param wipeStateOnStart delete {@code stateDir} before starting (integration tests)
 * @param postgresPort PostgreSQL port on 127.0.0.1
 * @param brokerPort Artemis port on 127.0.0.1
 * @param smtpPort GreenMail SMTP port on 127.0.0.1
 * @param imapPort GreenMail IMAP port on 127.0.0.1
 * @param payaraPortBase first port of Payara's port block
 * @param payaraHeap Payara's maximum heap, as for {@code -Xmx}
 * @param payaraZip the Payara Server distribution zip
 * @param resourceAdapter the Artemis resource adapter archive, deployed as {@value
 *     #RESOURCE_ADAPTER_NAME}
 * @param application the EAR deployed as {@value #APPLICATION_NAME}, or {@code null} for none
 * @param demoData whether to load the demo data (classpath:db/demo) after the migrations
 * @param readyTimeout how long to wait for Payara and the application to become ready
 * @param instances 1 for one server, N &gt;= 2 for a deployment group of N instances
 * @param brokerBackup whether a backup broker runs beside the primary even on one server (a cluster
 *     always has one: {@link #hasBrokerBackup()})
 */
public record StackSettings(
    Path stateDir,
    boolean wipeStateOnStart,
    int postgresPort,
    int brokerPort,
    int smtpPort,
    int imapPort,
    int payaraPortBase,
    String payaraHeap,
    Path payaraZip,
    Path resourceAdapter,
    Path application,
    boolean demoData,
    Duration readyTimeout,
    int instances,
    boolean brokerBackup) {

  /** Every server of the stack binds to this address and nothing else. */
  public static final String HOST = "127.0.0.1";

  public static final String DATABASE_NAME = "zairyu";
  public static final String DATABASE_USER = "zairyu";
  public static final String DATABASE_PASSWORD = "zairyu";
  public static final String MAIL_FROM = "no-reply@zairyu.example.jp";

  /** Payara domain name; the domain lives in {@code <stateDir>/payara/domains}. */
  public static final String DOMAIN_NAME = "zairyu";

  /** Fixed name the application's JMS definitions and MDBs refer to. */
  public static final String RESOURCE_ADAPTER_NAME = "artemis-ra";

  public static final String APPLICATION_NAME = "zairyu";

  public StackSettings {
    stateDir = Objects.requireNonNull(stateDir, "stateDir").toAbsolutePath().normalize();
    Objects.requireNonNull(payaraHeap, "payaraHeap");
    Objects.requireNonNull(readyTimeout, "readyTimeout");
    if (instances < 1 || instances > 9) {
      throw new IllegalArgumentException("instances must be 1 to 9, not " + instances);
    }
  }

  /**
   * Defaults for a developer's machine: state in {@code ./state}, PostgreSQL 15432, broker 61616,
   * SMTP 3025, IMAP 3143, Payara HTTP 8080 and admin 8048, the EAR deployed, demo data loaded.
   */
  public static StackSettings development() {
    return new StackSettings(
        Path.of("state"),
        false,
        15432,
        61616,
        3025,
        3143,
        8000,
        "512m",
        null,
        null,
        null,
        true,
        Duration.ofMinutes(5),
        1,
        false);
  }

  /**
   * Defaults for the integration tests, safe to run beside a development stack: a fresh state
   * directory every time, PostgreSQL 25432, broker 26616, SMTP 23025, IMAP 23143, Payara HTTP 28080
   * and admin 28048, and no application (Arquillian deploys one per test class).
   */
  public static StackSettings integrationTest(Path stateDir) {
    return development()
        .withStateDir(stateDir)
        .withWipeStateOnStart(true)
        .withPostgresPort(25432)
        .withBrokerPort(26616)
        .withSmtpPort(23025)
        .withImapPort(23143)
        .withPayaraPortBase(28000)
        .withApplication(null);
  }

  /** These settings with every {@code devstack.*} key present in {@code properties} applied. */
  public StackSettings overriddenBy(Map<?, ?> properties) {
    var values = new Overrides(properties);
    return edit(
        b -> {
          b.stateDir = values.get("devstack.state.dir", Path::of, b.stateDir);
          b.wipeStateOnStart =
              values.get("devstack.wipe.state", Boolean::parseBoolean, b.wipeStateOnStart);
          b.postgresPort = values.get("devstack.postgres.port", Integer::parseInt, b.postgresPort);
          b.brokerPort = values.get("devstack.broker.port", Integer::parseInt, b.brokerPort);
          b.smtpPort = values.get("devstack.smtp.port", Integer::parseInt, b.smtpPort);
          b.imapPort = values.get("devstack.imap.port", Integer::parseInt, b.imapPort);
          b.payaraPortBase =
              values.get("devstack.payara.portbase", Integer::parseInt, b.payaraPortBase);
          b.payaraHeap = values.get("devstack.payara.heap", Function.identity(), b.payaraHeap);
          b.payaraZip = values.get("devstack.payara.zip", Path::of, b.payaraZip);
          b.resourceAdapter = values.get("devstack.rar", Path::of, b.resourceAdapter);
          b.application = values.get("devstack.ear", Overrides::optionalPath, b.application);
          b.demoData = values.get("devstack.demo.data", Boolean::parseBoolean, b.demoData);
          b.readyTimeout =
              values.get("devstack.ready.timeout", Overrides::duration, b.readyTimeout);
          b.instances = values.get("devstack.instances", Integer::parseInt, b.instances);
          b.brokerBackup =
              values.get("devstack.broker.backup", Boolean::parseBoolean, b.brokerBackup);
        });
  }

  /** Shorthand for {@code overriddenBy(System.getProperties())}. */
  public StackSettings overriddenBySystemProperties() {
    return overriddenBy(System.getProperties());
  }

  // ---- derived values ----

  public int httpPort() {
    return payaraPortBase + 80;
  }

  public int httpsPort() {
    return payaraPortBase + 81;
  }

  public int adminPort() {
    return payaraPortBase + 48;
  }

  public int hazelcastPort() {
    return payaraPortBase + 49;
  }

  public int jmxPort() {
    return payaraPortBase + 86;
  }

  public int debugPort() {
    return payaraPortBase + 9;
  }

  /** Whether the application runs on a deployment group of instances behind a load balancer. */
  public boolean clustered() {
    return instances >= 2;
  }

  /** The port block of instance {@code i} (1..{@link #instances()}), as {@link #payaraPortBase}. */
  public int instancePortBase(int i) {
    return payaraPortBase + 100 * i;
  }

  /** HTTP port of instance {@code i}; the load balancer sends requests there. */
  public int instanceHttpPort(int i) {
    return instancePortBase(i) + 80;
  }

  /** {@code http://127.0.0.1:<instance HTTP port>/}: instance {@code i} itself, not balanced. */
  public URI instanceBaseUrl(int i) {
    return URI.create("http://" + HOST + ":" + instanceHttpPort(i) + "/");
  }

  /** Hazelcast (Domain Data Grid) port of instance {@code i}. */
  public int instanceHazelcastPort(int i) {
    return instancePortBase(i) + 49;
  }

  /** The name of instance {@code i}, {@code zairyu-1} ... */
  public static String instanceName(int i) {
    return "zairyu-" + i;
  }

  /** The deployment group the application is deployed to when clustered. */
  public static final String DEPLOYMENT_GROUP = "zairyu-group";

  /** HAProxy's statistics page (per instance: up or down, sessions), when clustered. */
  public URI loadBalancerStatsUrl() {
    return URI.create("http://" + HOST + ":" + (payaraPortBase + 90) + "/stats");
  }

  public boolean deploysApplication() {
    return application != null;
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://" + HOST + ":" + postgresPort + "/" + DATABASE_NAME;
  }

  public URI baseUrl() {
    return URI.create("http://" + HOST + ":" + httpPort() + "/");
  }

  public URI portalUrl() {
    return baseUrl().resolve("portal/");
  }

  public URI consoleUrl() {
    return baseUrl().resolve("console/");
  }

  public URI healthUrl() {
    return baseUrl().resolve("health/ready");
  }

  public URI adminConsoleUrl() {
    return URI.create("http://" + HOST + ":" + adminPort() + "/");
  }

  /** Whether Artemis runs as a primary/backup pair: always for a cluster, on request otherwise. */
  public boolean hasBrokerBackup() {
    return brokerBackup || clustered();
  }

  /** The backup broker's port (it opens it only once it is live). */
  public int brokerBackupPort() {
    return brokerPort + 1;
  }

  /**
   * {@code ConnectionParameters} of the resource adapter: where the broker listens; for a pair the
   * primary's and the backup's, comma separated (one per {@link #brokerConnectorClassNames()}).
   */
  public String brokerConnectionParameters() {
    String primary = "host=" + HOST + ";port=" + brokerPort;
    return hasBrokerBackup() ? primary + ",host=" + HOST + ";port=" + brokerBackupPort() : primary;
  }

  /** {@code ConnectorClassName} of the resource adapter: one Netty connector per broker. */
  public String brokerConnectorClassNames() {
    String netty = "org.apache.activemq.artemis.core.remoting.impl.netty.NettyConnectorFactory";
    return hasBrokerBackup() ? netty + "," + netty : netty;
  }

  /**
   * The MicroProfile Config values the application reads, handed to Payara as JVM system
   * properties. No secret: the database password and the keys go through the environment of the
   * domain's JVM ({@code StackSecrets}), since the admin console lists system properties.
   */
  public Map<String, String> applicationProperties() {
    var properties = new LinkedHashMap<String, String>();
    properties.put("zairyu.db.url", jdbcUrl());
    properties.put("zairyu.db.user", DATABASE_USER);
    properties.put("zairyu.mail.smtp.host", HOST);
    properties.put("zairyu.mail.smtp.port", Integer.toString(smtpPort));
    properties.put("zairyu.mail.from", MAIL_FROM);
    properties.put("zairyu.portal.base-url", "http://" + HOST + ":" + httpPort() + "/portal");
    // everything here comes from 127.0.0.1, which the portal refuses by default
    properties.put("zairyu.access.allow-local", "true");
    // ... and would soon be throttled: the tests alone log in hundreds of times in minutes
    properties.put("zairyu.throttle.exempt-networks", "127.0.0.0/8, ::1/128");
    // plain HTTP on loopback: no Secure cookies, no HSTS (production keeps the default, true)
    properties.put("zairyu.web.https", "false");
    return properties;
  }

  // ---- state directory layout ----

  /** Unzipped Payara Server ({@code payara6/}) and its domains ({@code domains/}). */
  public Path payaraDir() {
    return stateDir.resolve("payara");
  }

  public Path postgresDataDir() {
    return stateDir.resolve("pgdata");
  }

  public Path brokerDir() {
    return stateDir.resolve("artemis");
  }

  /** One {@code .eml} file per mail the application sent. */
  public Path mailDir() {
    return stateDir.resolve("mail");
  }

  /** Launcher-side logs: asadmin output, PostgreSQL server log. */
  public Path logDir() {
    return stateDir.resolve("logs");
  }

  // ---- withers ----

  public StackSettings withStateDir(Path value) {
    return edit(b -> b.stateDir = value);
  }

  public StackSettings withWipeStateOnStart(boolean value) {
    return edit(b -> b.wipeStateOnStart = value);
  }

  public StackSettings withPostgresPort(int value) {
    return edit(b -> b.postgresPort = value);
  }

  public StackSettings withBrokerPort(int value) {
    return edit(b -> b.brokerPort = value);
  }

  public StackSettings withSmtpPort(int value) {
    return edit(b -> b.smtpPort = value);
  }

  public StackSettings withImapPort(int value) {
    return edit(b -> b.imapPort = value);
  }

  public StackSettings withPayaraPortBase(int value) {
    return edit(b -> b.payaraPortBase = value);
  }

  public StackSettings withPayaraHeap(String value) {
    return edit(b -> b.payaraHeap = value);
  }

  public StackSettings withPayaraZip(Path value) {
    return edit(b -> b.payaraZip = value);
  }

  public StackSettings withResourceAdapter(Path value) {
    return edit(b -> b.resourceAdapter = value);
  }

  /** The EAR to deploy, or {@code null} to deploy none. */
  public StackSettings withApplication(Path value) {
    return edit(b -> b.application = value);
  }

  public StackSettings withDemoData(boolean value) {
    return edit(b -> b.demoData = value);
  }

  public StackSettings withReadyTimeout(Duration value) {
    return edit(b -> b.readyTimeout = value);
  }

  /** 1: one server; N &gt;= 2: a deployment group of N instances behind a load balancer. */
  public StackSettings withInstances(int value) {
    return edit(b -> b.instances = value);
  }

  /** Whether a backup broker runs even on one server. */
  public StackSettings withBrokerBackup(boolean value) {
    return edit(b -> b.brokerBackup = value);
  }

  private StackSettings edit(Consumer<Copy> change) {
    var copy = new Copy(this);
    change.accept(copy);
    return copy.build();
  }

  /** Mutable copy behind the withers. */
  private static final class Copy {
    Path stateDir;
    boolean wipeStateOnStart;
    int postgresPort;
    int brokerPort;
    int smtpPort;
    int imapPort;
    int payaraPortBase;
    String payaraHeap;
    Path payaraZip;
    Path resourceAdapter;
    Path application;
    boolean demoData;
    Duration readyTimeout;
    int instances;
    boolean brokerBackup;

    Copy(StackSettings s) {
      stateDir = s.stateDir;
      wipeStateOnStart = s.wipeStateOnStart;
      postgresPort = s.postgresPort;
      brokerPort = s.brokerPort;
      smtpPort = s.smtpPort;
      imapPort = s.imapPort;
      payaraPortBase = s.payaraPortBase;
      payaraHeap = s.payaraHeap;
      payaraZip = s.payaraZip;
      resourceAdapter = s.resourceAdapter;
      application = s.application;
      demoData = s.demoData;
      readyTimeout = s.readyTimeout;
      instances = s.instances;
      brokerBackup = s.brokerBackup;
    }

    StackSettings build() {
      return new StackSettings(
          stateDir,
          wipeStateOnStart,
          postgresPort,
          brokerPort,
          smtpPort,
          imapPort,
          payaraPortBase,
          payaraHeap,
          payaraZip,
          resourceAdapter,
          application,
          demoData,
          readyTimeout,
          instances,
          brokerBackup);
    }
  }

  /** Reads typed values from a property map, falling back to the current value. */
  private record Overrides(Map<?, ?> properties) {

    <T> T get(String key, Function<String, T> parser, T fallback) {
      Object value = properties.get(key);
      if (value == null) {
        return fallback;
      }
      try {
        return parser.apply(value.toString().trim());
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("Invalid value for " + key + ": " + value, e);
      }
    }

    static Path optionalPath(String value) {
      return value.isBlank() ? null : Path.of(value);
    }

    static Duration duration(String value) {
      return value.startsWith("P")
          ? Duration.parse(value)
          : Duration.ofSeconds(Long.parseLong(value));
    }
  }
}
