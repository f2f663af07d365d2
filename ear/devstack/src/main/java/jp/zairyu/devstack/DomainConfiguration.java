package jp.zairyu.devstack;

import static jp.zairyu.devstack.StackSettings.HOST;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * What the stack needs from Payara's {@code domain.xml}, written into the file while the domain is
 * stopped, before every start. Two reasons for writing the file rather than calling {@code asadmin
 * set} on a running domain: nothing ever listens beyond 127.0.0.1, not even during the very first
 * start, and no setting needs a restart. The values follow the settings, so changing a port or the
 * heap takes effect on the next start.
 */
final class DomainConfiguration {

  private static final String SERVER_CONFIG = "/domain/configs/config[@name='server-config']";
  private static final String SERVER = "/domain/servers/server[@name='server']";

  /**
   * Every configuration of the domain: the DAS's ({@code server-config}), the template new
   * instances copy ({@code default-config}) and each instance's own ({@code zairyu-1-config}, …).
   * What the stack needs holds for all of them, so an instance created later starts right too.
   */
  private static final String EVERY_CONFIG = "/domain/configs/config";

  /** The Felix remote shell is the only OSGi bundle that opens a port; leave it out. */
  private static final String OSGI_BUNDLES_OPTION = "-Dorg.glassfish.additionalOSGiBundlesToStart=";

  private static final String REMOTE_SHELL_BUNDLE = "org.apache.felix.shell.remote";

  private DomainConfiguration() {}

  static void apply(Path domainXml, StackSettings settings, Set<String> applicationsToReplace) {
    DomainXml xml = DomainXml.open(domainXml);
    List<String> configs = new java.util.ArrayList<>(List.of(SERVER_CONFIG)); // the DAS's first
    xml.find(EVERY_CONFIG).stream()
        .map(config -> EVERY_CONFIG + "[@name='" + config.getAttribute("name") + "']")
        .filter(path -> !path.equals(SERVER_CONFIG))
        .forEach(configs::add);
    for (String path : configs) {
      bindEverythingToLoopback(xml, settings, path);
      replaceOpenMqWithArtemis(xml, path);
      configureSecurity(xml, path);
      recoverTransactionsAtStart(xml, path);
      configureJvm(xml, settings, path);
      hideServerIdentity(xml, path);
      replicateWholeSessions(xml, path);
    }
    configureDataGrid(xml, settings);
    configureResourceAdapter(xml, settings);
    createApplicationPool(xml, settings);
    createRecoveryPools(xml, settings);
    passApplicationSettings(xml, settings);
    // The DAS alone serves the application, or, clustered, the instances do and the load balancer
    // takes the DAS's HTTP port.
    xml.setAll(
        SERVER_CONFIG
            + "/network-config/network-listeners/network-listener[@name='http-listener-1'"
            + " or @name='http-listener-2']",
        "enabled",
        Boolean.toString(!settings.clustered()));
    // The application starts with the domain, unless it is about to be replaced.
    xml.find("//application-ref[@ref='" + StackSettings.APPLICATION_NAME + "']")
        .forEach(reference -> xml.set(reference, "enabled", "true"));
    applicationsToReplace.forEach(name -> forget(xml, name));
    xml.save();
  }

  private static void bindEverythingToLoopback(
      DomainXml xml, StackSettings settings, String config) {
    xml.setAll(config + "/network-config/network-listeners/network-listener", "address", HOST);
    xml.setAll(config + "/iiop-service/iiop-listener", "address", HOST);
    xml.setAll(config + "/admin-service/jmx-connector", "address", HOST);
    xml.set(
        xml.one(config + "/java-config"),
        "debug-options",
        "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address="
            + HOST
            + ":"
            + (config.equals(SERVER_CONFIG)
                ? Integer.toString(settings.debugPort())
                : "${JAVA_DEBUGGER_PORT}"));
  }

  /**
   * The Domain Data Grid (Hazelcast) on loopback, one grid per stack: the DAS and its instances
   * find each other (a deployment group replicates its HTTP sessions there), the development and
   * the test stack never do.
   *
   * <p>Clustered, the members are listed ({@code tcpip} discovery): the DAS's grid port and each
   * instance's, all on 127.0.0.1. Payara's default, {@code domain} discovery, cannot form a grid on
   * loopback: an instance looks for the DAS at this host's first non-loopback address when the
   * DAS's address is 127.0.0.1 ({@code DomainDiscoveryStrategy}, {@code
   * MemberAddressPicker.findMyAddressOrLocalHost}), where nothing listens, and skips loopback
   * nodes; every member then stays a grid of its own ("DG Size: 1" in each server.log) and no
   * session is replicated.
   */
  private static void configureDataGrid(DomainXml xml, StackSettings settings) {
    Element hazelcast = xml.one("/domain/hazelcast-runtime-configuration");
    xml.set(hazelcast, "das-bind-address", HOST);
    xml.set(hazelcast, "interface", HOST);
    xml.set(hazelcast, "cluster-group-name", "zairyu-devstack-" + settings.payaraPortBase());
    if (settings.clustered()) {
      List<String> members = new java.util.ArrayList<>();
      members.add(HOST + ":" + settings.hazelcastPort());
      for (int i = 1; i <= settings.instances(); i++) {
        members.add(HOST + ":" + settings.instanceHazelcastPort(i));
      }
      xml.set(hazelcast, "discovery-mode", "tcpip");
      xml.set(hazelcast, "tcpip-members", String.join(",", members));
    } else {
      xml.set(hazelcast, "discovery-mode", "domain");
    }
  }

  /**
   * A distributable application's session is stored in the Data Grid whole, after every request
   * (Payara's defaults, written out so that nothing else is assumed): persistence type {@code
   * hazelcast}, frequency {@code web-method}, scope {@code session}. The pages' {@code @ViewScoped}
   * beans live inside one session attribute (Mojarra's {@code
   * com.sun.faces.application.view.activeViewMaps}), which Mojarra sets again when a view is made,
   * not when a postback changes a bean in place: the scopes that store only what {@code
   * setAttribute} marked ({@code modified-attribute}, {@code modified-session}) would give the
   * other instance a page's beans as they were made, not as the officer left them.
   */
  private static void replicateWholeSessions(DomainXml xml, String config) {
    xml.oneOrNew(config, "availability-service", element -> true);
    Element web =
        xml.oneOrNew(config + "/availability-service", "web-container-availability", e -> true);
    xml.set(web, "persistence-type", "hazelcast");
    xml.set(web, "persistence-frequency", "web-method");
    xml.set(web, "persistence-scope", "session");
  }

  /** Artemis, reached through the artemis-ra resource adapter, replaces the bundled OpenMQ. */
  private static void replaceOpenMqWithArtemis(DomainXml xml, String config) {
    Element jms = xml.oneOrNew(config, "jms-service", element -> true);
    xml.set(jms, "type", "DISABLED");
    xml.set(jms, "default-jms-host", "default_JMS_host");
    Element jmsHost =
        xml.oneOrNew(
            config + "/jms-service",
            "jms-host",
            element -> element.getAttribute("name").equals("default_JMS_host"));
    xml.set(jmsHost, "name", "default_JMS_host");
    xml.set(jmsHost, "host", HOST);
    xml.set(jmsHost, "port", "${JMS_PROVIDER_PORT}");
  }

  private static void configureResourceAdapter(DomainXml xml, StackSettings settings) {
    // what asadmin create-resource-adapter-config writes; read when the adapter starts
    Element adapterConfig =
        xml.oneOrNew(
            "/domain/resources",
            "resource-adapter-config",
            element ->
                element
                    .getAttribute("resource-adapter-name")
                    .equals(StackSettings.RESOURCE_ADAPTER_NAME));
    xml.set(adapterConfig, "resource-adapter-name", StackSettings.RESOURCE_ADAPTER_NAME);
    setProperty(
        xml,
        adapterConfig,
        "property",
        "ConnectionParameters",
        settings.brokerConnectionParameters());
    setProperty(
        xml, adapterConfig, "property", "ConnectorClassName", settings.brokerConnectorClassNames());
    // HA: the clients keep the pair's topology and fail over to the backup when the primary dies
    setProperty(xml, adapterConfig, "property", "HA", Boolean.toString(settings.hasBrokerBackup()));
  }

  /**
   * XA crash recovery: at start the transaction service reads its log ({@code logs/tx}) and asks
   * every XA resource it knows (the JDBC pools and the connector pools, including the artemis-ra
   * ones) for prepared transactions, committing those its log says committed and rolling back the
   * others. Off by default in Payara; without it a kill between prepare and commit leaves rows
   * locked in {@code pg_prepared_xacts} and messages held by the broker.
   */
  private static void recoverTransactionsAtStart(DomainXml xml, String config) {
    Element transactions = xml.oneOrNew(config, "transaction-service", element -> true);
    xml.set(transactions, "automatic-recovery", "true");
    // and while running: a commit that failed because a resource manager went away (PostgreSQL
    // killed after prepare) is completed by a background thread once it is back, not only at the
    // next start
    setProperty(xml, transactions, "property", "pending-txn-cleanup-interval", "20");
  }

  /**
   * The application's PostgreSQL pool and its resource {@value #JDBC_RESOURCE}, a server resource
   * (not an application-scoped {@code @DataSourceDefinition}: Payara 6 looks a {@code java:app}
   * data source of a versioned application, {@code zairyu:2}, up under the versioned name and binds
   * it under the plain one, so no new version could start in a rolling redeploy). XA, so an outbox
   * relay batch and its JMS sends, and a consumed message and its effect, commit together; a
   * request's state change and its outbox rows use it alone and commit in one phase. Dead
   * connections (after a database restart) are validated away, at most once every 10 s per
   * connection (validating on every checkout cost one extra round trip per transaction); once one
   * is found dead, every pooled connection is dropped.
   */
  private static void createApplicationPool(DomainXml xml, StackSettings settings) {
    Element pool = postgresXaPool(xml, settings, JDBC_POOL, 2, 32);
    xml.set(pool, "is-connection-validation-required", "true");
    xml.set(pool, "connection-validation-method", "custom-validation");
    xml.set(
        pool,
        "validation-classname",
        "org.glassfish.api.jdbc.validation.PostgresConnectionValidation");
    xml.set(pool, "fail-all-connections", "true");
    xml.set(pool, "validate-atmost-once-period-in-seconds", "10");
    bindResource(xml, settings, "jdbc-resource", JDBC_RESOURCE, JDBC_POOL);
  }

  /** An XA pool onto the stack's PostgreSQL, its password from the alias store. */
  private static Element postgresXaPool(
      DomainXml xml, StackSettings settings, String name, int steadySize, int maxSize) {
    Element pool =
        xml.oneOrNew(
            "/domain/resources",
            "jdbc-connection-pool",
            element -> element.getAttribute("name").equals(name));
    xml.set(pool, "name", name);
    xml.set(pool, "res-type", "javax.sql.XADataSource");
    xml.set(pool, "datasource-classname", "org.postgresql.xa.PGXADataSource");
    xml.set(pool, "steady-pool-size", Integer.toString(steadySize));
    xml.set(pool, "max-pool-size", Integer.toString(maxSize));
    setProperty(xml, pool, "property", "url", settings.jdbcUrl());
    setProperty(xml, pool, "property", "user", StackSettings.DATABASE_USER);
    // from the password alias store: the admin console and REST show the reference, not the value
    setProperty(
        xml, pool, "property", "password", "${ALIAS=" + StackSecrets.DATABASE_PASSWORD_ALIAS + "}");
    return pool;
  }

  static final String JDBC_POOL = "zairyu";
  static final String JDBC_RESOURCE = "jdbc/zairyu";

  private static void createRecoveryPools(DomainXml xml, StackSettings settings) {
    // Payara's recovery asks only the pools of domain.xml for prepared transactions, never the
    // application's annotation-defined ones (@JMSConnectionFactoryDefinition). These two pools
    // reach the same resource managers and exist for recovery alone: nothing looks them up, they
    // hold no connection (steady size 0). (The JDBC one predates the application's own pool in
    // domain.xml, which recovery asks as well; kept while the chaos tests prove nothing else.)
    postgresXaPool(xml, settings, JDBC_RECOVERY_POOL, 0, 2);
    bindResource(xml, settings, "jdbc-resource", JDBC_RECOVERY_RESOURCE, JDBC_RECOVERY_POOL);

    Element jmsPool =
        xml.oneOrNew(
            "/domain/resources",
            "connector-connection-pool",
            element -> element.getAttribute("name").equals(JMS_RECOVERY_POOL));
    xml.set(jmsPool, "name", JMS_RECOVERY_POOL);
    xml.set(jmsPool, "resource-adapter-name", StackSettings.RESOURCE_ADAPTER_NAME);
    xml.set(jmsPool, "connection-definition-name", "jakarta.jms.ConnectionFactory");
    xml.set(jmsPool, "transaction-support", "XATransaction");
    xml.set(jmsPool, "steady-pool-size", "0");
    xml.set(jmsPool, "max-pool-size", "2");
    bindResource(xml, settings, "connector-resource", JMS_RECOVERY_RESOURCE, JMS_RECOVERY_POOL);
  }

  static final String JDBC_RECOVERY_POOL = "zairyu-xa-recovery";
  static final String JDBC_RECOVERY_RESOURCE = "jdbc/zairyu-xa-recovery";
  static final String JMS_RECOVERY_POOL = "zairyu-jms-xa-recovery";
  static final String JMS_RECOVERY_RESOURCE = "jms/zairyu-xa-recovery";

  /**
   * The resource, referenced by the servers that run the application: the DAS alone, or, clustered,
   * the deployment group and each of its instances (the DAS runs no application then, and has no
   * adapter to reach the broker with).
   */
  private static void bindResource(
      DomainXml xml, StackSettings settings, String type, String jndiName, String pool) {
    Element resource =
        xml.oneOrNew(
            "/domain/resources",
            type,
            element -> element.getAttribute("jndi-name").equals(jndiName));
    xml.set(resource, "jndi-name", jndiName);
    xml.set(resource, "pool-name", pool);
    List<String> targets = new java.util.ArrayList<>();
    if (settings.clustered()) {
      xml.find(SERVER + "/resource-ref[@ref='" + jndiName + "']").forEach(xml::remove);
      targets.addAll(applicationServers(xml));
      xml.find(DEPLOYMENT_GROUP).forEach(group -> targets.add(DEPLOYMENT_GROUP));
    } else {
      targets.add(SERVER);
    }
    for (String target : targets) {
      Element reference =
          xml.oneOrNew(
              target, "resource-ref", element -> element.getAttribute("ref").equals(jndiName));
      xml.set(reference, "ref", jndiName);
      xml.set(reference, "enabled", "true");
    }
  }

  private static final String DEPLOYMENT_GROUP =
      "/domain/deployment-groups/deployment-group[@name='" + StackSettings.DEPLOYMENT_GROUP + "']";

  /** The servers that run the application: the DAS alone, or clustered, every instance. */
  private static List<String> applicationServers(DomainXml xml) {
    return xml.all("/domain/servers/server").stream()
        .map(server -> server.getAttribute("name"))
        .filter(name -> !name.equals("server"))
        .map(name -> "/domain/servers/server[@name='" + name + "']")
        .toList();
  }

  /** Application roles map to the groups of the same name without a glassfish-web.xml. */
  private static void configureSecurity(DomainXml xml, String config) {
    xml.set(
        xml.one(config + "/security-service"),
        "activate-default-principal-to-role-mapping",
        "true");
  }

  private static void configureJvm(DomainXml xml, StackSettings settings, String config) {
    Element javaConfig = xml.one(config + "/java-config");
    List<Element> options = xml.children(javaConfig, "jvm-options");
    for (Element option : options) {
      String value = option.getTextContent();
      if (value.startsWith("-Xmx")) {
        xml.setText(option, "-Xmx" + settings.payaraHeap());
      } else if (value.startsWith(OSGI_BUNDLES_OPTION) && value.contains(REMOTE_SHELL_BUNDLE)) {
        xml.setText(option, withoutRemoteShell(value));
      }
    }
    ensureJvmOption(xml, javaConfig, "-Xmx" + settings.payaraHeap());
    // Hazelcast binds to the wildcard address, whatever its interface setting, unless told not to
    ensureJvmOption(xml, javaConfig, "-Dhazelcast.socket.bind.any=false");
    // the bundled H2 (EJB timer database) would open its TCP server on the wildcard address
    ensureJvmOption(xml, javaConfig, "-Dh2.bindAddress=" + HOST);
    // Jakarta Mail 2.1 looks its StreamProvider up with the service loader for every header it
    // encodes or decodes (jakartaee/mail-api#861): 13 % of the server's processor time while
    // mailing under load. Named, the class is loaded instead of searched for.
    ensureJvmOption(xml, javaConfig, MAIL_STREAM_PROVIDER_OPTION);
  }

  /**
   * Answers do not name the server nor its version (issue 15): no {@code Server} nor {@code
   * X-Powered-By} header on any listener, and an empty product name on the container's own error
   * pages (a 404 outside the applications). The README's ops section has the same as asadmin.
   */
  private static void hideServerIdentity(DomainXml xml, String config) {
    for (Element http : xml.all(config + "/network-config/protocols/protocol/http")) {
      xml.set(http, "server-header", "false");
      xml.set(http, "xpowered-by", "false");
    }
    ensureJvmOption(xml, xml.one(config + "/java-config"), PRODUCT_NAME_OPTION);
  }

  static final String PRODUCT_NAME_OPTION = "-Dproduct.name=";

  static final String MAIL_STREAM_PROVIDER_OPTION =
      "-Djakarta.mail.util.StreamProvider=org.eclipse.angus.mail.util.MailStreamProvider";

  private static String withoutRemoteShell(String option) {
    String bundles = option.substring(OSGI_BUNDLES_OPTION.length());
    return OSGI_BUNDLES_OPTION
        + String.join(
            ",",
            Arrays.stream(bundles.split(","))
                .map(String::strip)
                .filter(bundle -> !bundle.equals(REMOTE_SHELL_BUNDLE))
                .toList());
  }

  private static void ensureJvmOption(DomainXml xml, Element javaConfig, String option) {
    boolean present =
        xml.children(javaConfig, "jvm-options").stream()
            .anyMatch(element -> element.getTextContent().equals(option));
    if (!present) {
      xml.append(javaConfig, "jvm-options", option);
    }
  }

  /** Settings that must never be a system property of domain.xml. */
  static final Set<String> SECRET_SETTINGS =
      Set.of("zairyu.db.password", "zairyu.audit.hmac-key", "zairyu.totp.encryption-key");

  /**
   * The application's MicroProfile Config values as server system properties (what {@code asadmin
   * create-system-properties} writes): JVM system properties from boot, before any application
   * starts.
   */
  private static void passApplicationSettings(DomainXml xml, StackSettings settings) {
    // every server (the DAS, each instance) and default-config, which new instances copy
    List<Element> holders = new java.util.ArrayList<>(xml.all("/domain/servers/server"));
    holders.add(xml.one("/domain/configs/config[@name='default-config']"));
    for (Element server : holders) {
      // secrets reach the application through the JVM's environment (StackSecrets); an older
      // launcher wrote the database password here, where the admin console lists it
      xml.children(server, "system-property").stream()
          .filter(property -> SECRET_SETTINGS.contains(property.getAttribute("name")))
          .forEach(xml::remove);
      for (Map.Entry<String, String> entry : settings.applicationProperties().entrySet()) {
        setProperty(xml, server, "system-property", entry.getKey(), entry.getValue());
      }
    }
  }

  /**
   * Undeploys an application offline: it is about to be replaced, so the domain starts without it
   * and the next deploy is a fresh one. Starting the old version first would only cost time, and a
   * forced redeployment reads the old archive first, which fails if a killed launcher left it
   * half-written ("Cannot create scratch directory"). {@link PayaraServer} deletes its files.
   */
  private static void forget(DomainXml xml, String application) {
    // the DAS's reference, or the deployment group's and its instances'; and every version of it
    // a rolling redeploy left (application:version)
    String version = "starts-with(%s, '" + application + ":')";
    xml.find("//application-ref[@ref='%s' or %s]".formatted(application, version.formatted("@ref")))
        .forEach(xml::remove);
    xml.find(
            "/domain/applications/application[@name='%s' or %s]"
                .formatted(application, version.formatted("@name")))
        .forEach(xml::remove);
  }

  private static void setProperty(
      DomainXml xml, Element parent, String elementName, String name, String value) {
    Element property =
        xml.children(parent, elementName).stream()
            .filter(element -> element.getAttribute("name").equals(name))
            .findFirst()
            .orElseGet(() -> xml.append(parent, elementName, ""));
    xml.set(property, "name", name);
    xml.set(property, "value", value);
  }
}
