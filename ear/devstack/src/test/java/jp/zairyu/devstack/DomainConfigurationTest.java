package jp.zairyu.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

class DomainConfigurationTest {

  private static final String SERVER_CONFIG = "/domain/configs/config[@name='server-config']";

  @TempDir Path dir;
  private Path domainXml;
  private final StackSettings settings =
      StackSettings.development().withBrokerPort(26616).withPayaraHeap("768m");

  @BeforeEach
  void copyFixture() throws IOException {
    domainXml = dir.resolve("domain.xml");
    try (InputStream in = getClass().getResourceAsStream("/minimal-domain.xml")) {
      Files.copy(in, domainXml);
    }
  }

  @Test
  void noListenerNamesTheServerNorItsVersion() {
    DomainConfiguration.apply(domainXml, settings, Set.of());

    DomainXml xml = DomainXml.open(domainXml);
    assertThat(xml.all(SERVER_CONFIG + "/network-config/protocols/protocol/http"))
        .hasSize(2)
        .allSatisfy(
            http -> {
              assertThat(http.getAttribute("server-header")).isEqualTo("false");
              assertThat(http.getAttribute("xpowered-by")).isEqualTo("false");
            });
    assertThat(jvmOptions(xml)).contains(DomainConfiguration.PRODUCT_NAME_OPTION);
  }

  @Test
  void bindsEveryListenerOfTheServerToLoopback() {
    DomainConfiguration.apply(domainXml, settings, Set.of());

    DomainXml xml = DomainXml.open(domainXml);
    assertThat(xml.all(SERVER_CONFIG + "//network-listener"))
        .allSatisfy(e -> assertThat(e.getAttribute("address")).isEqualTo("127.0.0.1"));
    assertThat(xml.all(SERVER_CONFIG + "//iiop-listener"))
        .allSatisfy(e -> assertThat(e.getAttribute("address")).isEqualTo("127.0.0.1"));
    assertThat(xml.one(SERVER_CONFIG + "//jmx-connector").getAttribute("address"))
        .isEqualTo("127.0.0.1");
    var hazelcast = xml.one("/domain/hazelcast-runtime-configuration");
    assertThat(hazelcast.getAttribute("das-bind-address")).isEqualTo("127.0.0.1");
    assertThat(hazelcast.getAttribute("interface")).isEqualTo("127.0.0.1");
    assertThat(xml.one(SERVER_CONFIG + "/java-config").getAttribute("debug-options"))
        .endsWith("address=127.0.0.1:8009");
    assertThat(jvmOptions(xml))
        .contains("-Dhazelcast.socket.bind.any=false", "-Dh2.bindAddress=127.0.0.1")
        .noneMatch(option -> option.contains("felix.shell.remote"));
    // and the template the instances of a cluster copy (issue 18), with their own debug port
    assertThat(
            xml.one("/domain/configs/config[@name='default-config']//iiop-listener")
                .getAttribute("address"))
        .isEqualTo("127.0.0.1");
    assertThat(
            xml.one("/domain/configs/config[@name='default-config']/java-config")
                .getAttribute("debug-options"))
        .endsWith("address=127.0.0.1:${JAVA_DEBUGGER_PORT}");
  }

  @Test
  void replacesOpenMqAndPassesTheSettings() {
    DomainConfiguration.apply(domainXml, settings, Set.of());

    DomainXml xml = DomainXml.open(domainXml);
    assertThat(xml.one(SERVER_CONFIG + "/jms-service").getAttribute("type")).isEqualTo("DISABLED");
    assertThat(
            xml.one(
                    "/domain/resources/resource-adapter-config[@resource-adapter-name='artemis-ra']"
                        + "/property[@name='ConnectionParameters']")
                .getAttribute("value"))
        .isEqualTo("host=127.0.0.1;port=26616");
    assertThat(
            xml.one(SERVER_CONFIG + "/security-service")
                .getAttribute("activate-default-principal-to-role-mapping"))
        .isEqualTo("true");
    assertThat(
            xml.one("/domain/servers/server/system-property[@name='zairyu.db.url']")
                .getAttribute("value"))
        .isEqualTo("jdbc:postgresql://127.0.0.1:15432/zairyu");
    assertThat(jvmOptions(xml)).contains("-Xmx768m").doesNotContain("-Xmx512m");
  }

  @Test
  void givesTheAdapterOneBrokerWithoutHaOrBothOfAPairWithHa() {
    DomainConfiguration.apply(domainXml, settings, Set.of());
    assertThat(adapterProperty("HA")).isEqualTo("false");
    assertThat(adapterProperty("ConnectorClassName")).doesNotContain(",");

    DomainConfiguration.apply(domainXml, settings.withBrokerBackup(true), Set.of());

    assertThat(adapterProperty("ConnectionParameters"))
        .isEqualTo("host=127.0.0.1;port=26616,host=127.0.0.1;port=26617");
    assertThat(adapterProperty("ConnectorClassName").split(","))
        .containsExactly(
            "org.apache.activemq.artemis.core.remoting.impl.netty.NettyConnectorFactory",
            "org.apache.activemq.artemis.core.remoting.impl.netty.NettyConnectorFactory");
    assertThat(adapterProperty("HA")).isEqualTo("true");
  }

  private String adapterProperty(String name) {
    return DomainXml.open(domainXml)
        .one(
            "/domain/resources/resource-adapter-config[@resource-adapter-name='artemis-ra']"
                + "/property[@name='"
                + name
                + "']")
        .getAttribute("value");
  }

  @Test
  void recoversTransactionsInDoubtAtStartThroughPoolsOfItsOwn() {
    DomainConfiguration.apply(domainXml, settings, Set.of());

    DomainXml xml = DomainXml.open(domainXml);
    assertThat(xml.one(SERVER_CONFIG + "/transaction-service").getAttribute("automatic-recovery"))
        .isEqualTo("true");
    assertThat(
            xml.one(
                    SERVER_CONFIG
                        + "/transaction-service/property[@name='pending-txn-cleanup-interval']")
                .getAttribute("value"))
        .isEqualTo("20");
    var jdbc = xml.one("/domain/resources/jdbc-connection-pool[@name='zairyu-xa-recovery']");
    assertThat(jdbc.getAttribute("datasource-classname"))
        .isEqualTo("org.postgresql.xa.PGXADataSource");
    assertThat(jdbc.getAttribute("steady-pool-size")).isEqualTo("0");
    assertThat(
            xml.one(
                    "/domain/resources/jdbc-connection-pool[@name='zairyu-xa-recovery']"
                        + "/property[@name='url']")
                .getAttribute("value"))
        .isEqualTo(settings.jdbcUrl());
    var jms =
        xml.one("/domain/resources/connector-connection-pool[@name='zairyu-jms-xa-recovery']");
    assertThat(jms.getAttribute("resource-adapter-name")).isEqualTo("artemis-ra");
    assertThat(jms.getAttribute("transaction-support")).isEqualTo("XATransaction");
    for (String resource : Set.of("jdbc/zairyu-xa-recovery", "jms/zairyu-xa-recovery")) {
      assertThat(
              xml.one("/domain/servers/server/resource-ref[@ref='" + resource + "']")
                  .getAttribute("enabled"))
          .isEqualTo("true");
    }
  }

  @Test
  void givesTheApplicationItsDataSourceAsAServerResourceThatValidatesRarely() {
    DomainConfiguration.apply(domainXml, settings, Set.of());

    DomainXml xml = DomainXml.open(domainXml);
    var pool = xml.one("/domain/resources/jdbc-connection-pool[@name='zairyu']");
    assertThat(pool.getAttribute("res-type")).isEqualTo("javax.sql.XADataSource");
    assertThat(pool.getAttribute("datasource-classname"))
        .isEqualTo("org.postgresql.xa.PGXADataSource");
    assertThat(pool.getAttribute("max-pool-size")).isEqualTo("32");
    assertThat(pool.getAttribute("is-connection-validation-required")).isEqualTo("true");
    assertThat(pool.getAttribute("validation-classname"))
        .isEqualTo("org.glassfish.api.jdbc.validation.PostgresConnectionValidation");
    assertThat(pool.getAttribute("validate-atmost-once-period-in-seconds")).isEqualTo("10");
    assertThat(pool.getAttribute("fail-all-connections")).isEqualTo("true");
    assertThat(
            xml.one(
                    "/domain/resources/jdbc-connection-pool[@name='zairyu']"
                        + "/property[@name='password']")
                .getAttribute("value"))
        .isEqualTo("${ALIAS=zairyu-db-password}");
    assertThat(
            xml.one("/domain/resources/jdbc-resource[@jndi-name='jdbc/zairyu']")
                .getAttribute("pool-name"))
        .isEqualTo("zairyu");
    assertThat(
            xml.one("/domain/servers/server/resource-ref[@ref='jdbc/zairyu']")
                .getAttribute("enabled"))
        .isEqualTo("true");
  }

  @Test
  void keepsTheDatabasePasswordOutOfTheDomainConfiguration() throws IOException {
    // what an older launcher wrote: the password in clear, as a system property
    DomainXml before = DomainXml.open(domainXml);
    Element property = before.append(before.one("/domain/servers/server"), "system-property", "");
    before.set(property, "name", "zairyu.db.password");
    before.set(property, "value", StackSettings.DATABASE_PASSWORD);
    before.save();

    DomainConfiguration.apply(domainXml, settings, Set.of());

    DomainXml xml = DomainXml.open(domainXml);
    assertThat(
            xml.one(
                    "/domain/resources/jdbc-connection-pool[@name='zairyu-xa-recovery']"
                        + "/property[@name='password']")
                .getAttribute("value"))
        .isEqualTo("${ALIAS=zairyu-db-password}");
    assertThat(xml.all("/domain/servers/server/system-property"))
        .extracting(e -> e.getAttribute("name"))
        .contains("zairyu.db.url", "zairyu.db.user")
        .doesNotContainAnyElementsOf(DomainConfiguration.SECRET_SETTINGS);
    assertThat(Files.readString(domainXml)).doesNotContain("value=\"zairyu\" name=\"password\"");
  }

  @Test
  void isIdempotent() throws IOException {
    DomainConfiguration.apply(domainXml, settings, Set.of());
    String once = Files.readString(domainXml);

    DomainConfiguration.apply(domainXml, settings, Set.of());

    assertThat(Files.readString(domainXml)).isEqualTo(once);
  }

  @Test
  void undeploysAnApplicationAboutToBeReplacedSoTheDomainStartsWithoutIt() {
    DomainConfiguration.apply(domainXml, settings, Set.of("zairyu"));

    DomainXml xml = DomainXml.open(domainXml);
    assertThat(xml.find("/domain/servers/server/application-ref[@ref='zairyu']")).isEmpty();
    assertThat(xml.find("/domain/applications/application[@name='zairyu']")).isEmpty();
    assertThat(xml.find("/domain/applications/application[@name='artemis-ra']")).hasSize(1);
    assertThat(xml.find("/domain/servers/server/application-ref[@ref='artemis-ra']")).hasSize(1);
  }

  @Test
  void undeploysTheVersionsARollingRedeployLeftWhenTheApplicationIsReplaced() {
    // what RollingRedeploy leaves: zairyu:r2 deployed and referenced, zairyu undeployed
    DomainXml before = DomainXml.open(domainXml);
    before
        .find("//application-ref[@ref='zairyu']")
        .forEach(ref -> before.set(ref, "ref", "zairyu:r2"));
    before
        .find("/domain/applications/application[@name='zairyu']")
        .forEach(application -> before.set(application, "name", "zairyu:r2"));
    before.save();

    DomainConfiguration.apply(domainXml, settings, Set.of("zairyu"));

    DomainXml xml = DomainXml.open(domainXml);
    assertThat(xml.find("//application-ref[starts-with(@ref, 'zairyu')]")).isEmpty();
    assertThat(xml.find("/domain/applications/application[starts-with(@name, 'zairyu')]"))
        .isEmpty();
    assertThat(xml.find("/domain/applications/application[@name='artemis-ra']")).hasSize(1);
  }

  @Test
  void startsAnUnchangedApplicationWithTheDomain() {
    DomainConfiguration.apply(domainXml, settings, Set.of());

    DomainXml xml = DomainXml.open(domainXml);
    assertThat(
            xml.one("/domain/servers/server/application-ref[@ref='zairyu']")
                .getAttribute("enabled"))
        .isEqualTo("true");
    assertThat(xml.find("/domain/applications/application[@name='zairyu']")).hasSize(1);
  }

  @Test
  void failsLoudlyWhenTheFileLooksDifferent() throws IOException {
    Files.writeString(domainXml, "<domain><configs/></domain>");

    assertThatThrownBy(() -> DomainConfiguration.apply(domainXml, settings, Set.of()))
        .isInstanceOf(StackException.class)
        .hasMessageContaining("network-listener");
  }

  private static List<String> jvmOptions(DomainXml xml) {
    return xml.all(SERVER_CONFIG + "/java-config/jvm-options").stream()
        .map(Element::getTextContent)
        .toList();
  }
}
