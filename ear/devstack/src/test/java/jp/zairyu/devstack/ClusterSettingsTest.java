package jp.zairyu.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clustered stack's settings ({@code devstack.instances}, {@code mvn -P run
 * -Dzairyu.instances=2}): instance ports apart from the DAS's, HAProxy's configuration, and what
 * the domain gets for the instances.
 */
class ClusterSettingsTest {

  @TempDir Path dir;

  @Test
  void oneServerUnlessToldOtherwise() {
    assertThat(StackSettings.development().instances()).isEqualTo(1);
    assertThat(StackSettings.development().clustered()).isFalse();
    assertThat(
            StackSettings.development().overriddenBy(Map.of("devstack.instances", "3")).clustered())
        .isTrue();
    assertThatThrownBy(() -> StackSettings.development().withInstances(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void instancesTakePortBlocksOfTheirOwnAboveTheDas() {
    StackSettings settings = StackSettings.development().withInstances(2);

    assertThat(settings.httpPort()).isEqualTo(8080); // the load balancer
    assertThat(settings.instanceHttpPort(1)).isEqualTo(8180);
    assertThat(settings.instanceHttpPort(2)).isEqualTo(8280);
    assertThat(settings.instanceHazelcastPort(2)).isEqualTo(8249);
    assertThat(settings.instanceBaseUrl(1)).hasToString("http://127.0.0.1:8180/");
    assertThat(settings.loadBalancerStatsUrl()).hasToString("http://127.0.0.1:8090/stats");
    assertThat(new DeploymentGroup(settings, null, dir, Map::of).portProperties(1))
        .contains("HTTP_LISTENER_PORT=8180", "ASADMIN_LISTENER_PORT=8148", "HZ_LISTENER_PORT=8149");
  }

  @Test
  void theLoadBalancerIsStickyHealthCheckedAndOnLoopback() {
    String cfg = LoadBalancer.configuration(StackSettings.development().withInstances(2));

    assertThat(cfg)
        .contains("bind 127.0.0.1:8080")
        .contains("cookie ZAIRYU_NODE insert indirect nocache httponly")
        .contains("http-check send meth GET uri /health/ready")
        .contains("option redispatch")
        .contains("server zairyu-1 127.0.0.1:8180 check cookie zairyu-1")
        .contains("server zairyu-2 127.0.0.1:8280 check cookie zairyu-2")
        .contains("bind 127.0.0.1:8090")
        .doesNotContain("0.0.0.0");
  }

  @Test
  void clusteredTheDasLeavesItsHttpPortToTheLoadBalancerAndNewInstancesCopyTheSettings()
      throws IOException {
    Path domainXml = dir.resolve("domain.xml");
    try (InputStream in = getClass().getResourceAsStream("/minimal-domain.xml")) {
      Files.copy(in, domainXml);
    }
    StackSettings settings =
        StackSettings.integrationTest(dir).withPostgresPort(25432).withInstances(2);

    DomainConfiguration.apply(domainXml, settings, Set.of());

    DomainXml xml = DomainXml.open(domainXml);
    assertThat(
            xml.one(
                    "/domain/configs/config[@name='server-config']/network-config/network-listeners"
                        + "/network-listener[@name='http-listener-1']")
                .getAttribute("enabled"))
        .isEqualTo("false");
    String template = "/domain/configs/config[@name='default-config']";
    assertThat(
            xml.one(template + "/network-config/network-listeners/network-listener")
                .getAttribute("address"))
        .isEqualTo("127.0.0.1");
    assertThat(xml.one(template + "/jms-service").getAttribute("type")).isEqualTo("DISABLED");
    assertThat(xml.one(template + "/transaction-service").getAttribute("automatic-recovery"))
        .isEqualTo("true");
    assertThat(xml.find(template + "/system-property[@name='zairyu.db.url']")).hasSize(1);
    assertThat(xml.find(template + "/java-config/jvm-options"))
        .extracting(e -> e.getTextContent())
        .contains("-Dhazelcast.socket.bind.any=false", "-Xmx512m");
    // sessions stored whole after every request (view-scoped beans change in place)
    for (String config : List.of("server-config", "default-config")) {
      var web =
          xml.one(
              "/domain/configs/config[@name='"
                  + config
                  + "']/availability-service/web-container-availability");
      assertThat(web.getAttribute("persistence-type")).isEqualTo("hazelcast");
      assertThat(web.getAttribute("persistence-frequency")).isEqualTo("web-method");
      assertThat(web.getAttribute("persistence-scope")).isEqualTo("session");
    }
    // the Data Grid lists its members on loopback: Payara's domain discovery would look for the
    // DAS at a non-loopback address and leave every instance a grid of its own
    var grid = xml.one("/domain/hazelcast-runtime-configuration");
    assertThat(grid.getAttribute("discovery-mode")).isEqualTo("tcpip");
    assertThat(grid.getAttribute("tcpip-members"))
        .isEqualTo(
            "127.0.0.1:"
                + settings.hazelcastPort()
                + ",127.0.0.1:"
                + settings.instanceHazelcastPort(1)
                + ",127.0.0.1:"
                + settings.instanceHazelcastPort(2));

    // back to one server: the default discovery again
    DomainConfiguration.apply(domainXml, settings.withInstances(1), Set.of());
    assertThat(
            DomainXml.open(domainXml)
                .one("/domain/hazelcast-runtime-configuration")
                .getAttribute("discovery-mode"))
        .isEqualTo("domain");
  }
}
