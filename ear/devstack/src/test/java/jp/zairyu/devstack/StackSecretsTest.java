package jp.zairyu.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackSecretsTest {

  @TempDir Path state;

  private StackSecrets secrets() {
    return StackSecrets.of(StackSettings.development().withStateDir(state));
  }

  @Test
  void generatesAnAdminPasswordFileForAsadminThatOnlyItsOwnerReads() throws IOException {
    StackSecrets secrets = secrets().generateMissing();

    assertThat(secrets.passwordFile()).isEqualTo(state.resolve("secrets/asadmin-password.txt"));
    String password = secrets.adminPassword().orElseThrow();
    assertThat(password).hasSize(24).matches("[A-Za-z2-9]+");
    assertThat(Files.readAllLines(secrets.passwordFile()))
        .containsExactly(
            "AS_ADMIN_PASSWORD=" + password,
            "AS_ADMIN_ALIASPASSWORD=" + StackSettings.DATABASE_PASSWORD);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets.passwordFile())))
        .isEqualTo("rw-------");
    assertThat(
            PosixFilePermissions.toString(Files.getPosixFilePermissions(state.resolve("secrets"))))
        .isEqualTo("rwx------");
  }

  @Test
  void aRestartKeepsThePasswordAndTheKeys() {
    StackSecrets first = secrets().generateMissing();
    String password = first.adminPassword().orElseThrow();
    var environment = first.applicationEnvironment();

    StackSecrets again = secrets().generateMissing();

    assertThat(again.adminPassword()).contains(password);
    assertThat(again.applicationEnvironment()).isEqualTo(environment);
  }

  @Test
  void passesTheApplicationItsSecretsThroughTheEnvironment() {
    var environment = secrets().generateMissing().applicationEnvironment();

    assertThat(environment)
        .containsEntry("ZAIRYU_DB_PASSWORD", StackSettings.DATABASE_PASSWORD)
        .containsKeys("ZAIRYU_AUDIT_HMAC_KEY", "ZAIRYU_TOTP_ENCRYPTION_KEY");
    assertThat(environment.get("ZAIRYU_AUDIT_HMAC_KEY"))
        .matches("[0-9a-f]{8}:[A-Za-z0-9+/]{43}=")
        .isNotEqualTo(environment.get("ZAIRYU_TOTP_ENCRYPTION_KEY"));
  }

  @Test
  void aStackWithoutSecretsHasNoAdminPassword() {
    assertThat(secrets().adminPassword()).isEmpty();
    assertThat(Files.exists(secrets().passwordFile())).isFalse();
  }

  @Test
  void asadminReadsTheAdminPasswordFromTheFileNeverFromTheCommandLine() {
    StackSecrets secrets = secrets();
    var asadmin =
        new Asadmin(
            state.resolve("payara6"), 8048, state.resolve("asadmin.log"), secrets.passwordFile());

    // a domain of an older launcher: no password yet
    assertThat(asadmin.commandLine(List.of(), List.of(), "stop-domain", "zairyu"))
        .doesNotContain("--passwordfile")
        .endsWith("stop-domain", "zairyu");

    secrets.generateMissing();
    List<String> commandLine = asadmin.commandLine(List.of(), List.of(), "stop-domain", "zairyu");
    assertThat(commandLine)
        .containsSubsequence(
            "--user", "admin", "--passwordfile", secrets.passwordFile().toString(), "stop-domain")
        .noneMatch(argument -> argument.contains(secrets.adminPassword().orElseThrow()));
  }
}
