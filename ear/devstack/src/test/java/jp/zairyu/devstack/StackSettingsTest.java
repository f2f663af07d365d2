package jp.zairyu.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackSettingsTest {

  @Test
  void aClusterAlwaysRunsTheBrokerPairAndOneServerOnRequest() {
    StackSettings one = StackSettings.development();
    assertThat(one.hasBrokerBackup()).isFalse();
    assertThat(one.overriddenBy(Map.of("devstack.broker.backup", "true")).hasBrokerBackup())
        .isTrue();
    assertThat(one.withInstances(2).hasBrokerBackup()).isTrue();
    assertThat(one.withBrokerPort(26616).brokerBackupPort()).isEqualTo(26617);
  }

  @Test
  void developmentDefaults() {
    StackSettings settings = StackSettings.development();

    assertThat(settings.httpPort()).isEqualTo(8080);
    assertThat(settings.adminPort()).isEqualTo(8048);
    assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:15432/zairyu");
    assertThat(settings.healthUrl()).hasToString("http://127.0.0.1:8080/health/ready");
    assertThat(settings.brokerConnectionParameters()).isEqualTo("host=127.0.0.1;port=61616");
    assertThat(settings.wipeStateOnStart()).isFalse();
    assertThat(settings.stateDir()).isAbsolute();
  }

  @Test
  void integrationTestSettingsAvoidTheDevelopmentPortsAndDeployNoApplication() {
    StackSettings settings =
        StackSettings.integrationTest(Path.of("target/devstack"))
            .withApplication(Path.of("ignored.ear"))
            .withApplication(null);

    assertThat(settings.postgresPort()).isEqualTo(25432);
    assertThat(settings.brokerPort()).isEqualTo(26616);
    assertThat(settings.smtpPort()).isEqualTo(23025);
    assertThat(settings.httpPort()).isEqualTo(28080);
    assertThat(settings.adminPort()).isEqualTo(28048);
    assertThat(settings.wipeStateOnStart()).isTrue();
    assertThat(settings.deploysApplication()).isFalse();
    assertThat(settings.stateDir()).isEqualTo(Path.of("target/devstack").toAbsolutePath());
  }

  @Test
  void systemPropertiesOverrideOnlyWhatTheyName() {
    StackSettings settings =
        StackSettings.development()
            .withApplication(Path.of("app.ear"))
            .overriddenBy(
                Map.of(
                    "devstack.postgres.port", "5433",
                    "devstack.payara.portbase", "9000",
                    "devstack.ear", " ",
                    "devstack.ready.timeout", "90"));

    assertThat(settings.postgresPort()).isEqualTo(5433);
    assertThat(settings.httpPort()).isEqualTo(9080);
    assertThat(settings.deploysApplication()).isFalse();
    assertThat(settings.readyTimeout()).isEqualTo(Duration.ofSeconds(90));
    assertThat(settings.brokerPort()).isEqualTo(61616);
    assertThat(
            StackSettings.development()
                .overriddenBy(Map.of("devstack.ready.timeout", "PT2M"))
                .readyTimeout())
        .isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void invalidOverrideNamesTheKey() {
    assertThatThrownBy(
            () -> StackSettings.development().overriddenBy(Map.of("devstack.smtp.port", "smtp")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("devstack.smtp.port");
  }

  @Test
  void applicationPropertiesFollowThePorts() {
    Map<String, String> properties =
        StackSettings.development()
            .withPostgresPort(25432)
            .withSmtpPort(23025)
            .withPayaraPortBase(28000)
            .applicationProperties();

    assertThat(properties)
        .containsEntry("zairyu.db.url", "jdbc:postgresql://127.0.0.1:25432/zairyu")
        .containsEntry("zairyu.db.user", "zairyu")
        .doesNotContainKey("zairyu.db.password")
        .containsEntry("zairyu.mail.smtp.host", "127.0.0.1")
        .containsEntry("zairyu.mail.smtp.port", "23025")
        .containsEntry("zairyu.mail.from", "no-reply@zairyu.example.jp")
        .containsEntry("zairyu.portal.base-url", "http://127.0.0.1:28080/portal");
  }
}
