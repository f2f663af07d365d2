package jp.zairyu.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordHashesTest {

  @ParameterizedTest(name = "{0}: outdated = {1}")
  @CsvSource({
    // Soteria's default (what new accounts got before) and the demo data's
    "'PBKDF2WithHmacSHA256:2048:c2FsdA==:a2V5', true",
    "'PBKDF2WithHmacSHA256:210000:c2FsdA==:a2V5', true",
    "'PBKDF2WithHmacSHA256:600000:c2FsdA==:a2V5', false",
    "'PBKDF2WithHmacSHA256:1000000:c2FsdA==:a2V5', false",
    "'PBKDF2WithHmacSHA1:600000:c2FsdA==:a2V5', true",
    "'x', true",
    "'PBKDF2WithHmacSHA256:many:c2FsdA==:a2V5', true",
  })
  void aHashMadeWithWeakerParametersIsOutdated(String hash, boolean outdated) {
    assertThat(PasswordHashes.outdated(hash, productionIterations())).isEqualTo(outdated);
  }

  @Test
  void productionHashesWith600000IterationsUnlessConfiguredOtherwise() {
    assertThat(productionIterations()).isEqualTo(600_000);
  }

  @Test
  void aHashIsOutdatedAgainstTheConfiguredCount() {
    PasswordHashes hashes = new PasswordHashes();
    hashes.iterations = 1024;
    assertThat(hashes.outdated("PBKDF2WithHmacSHA256:1024:c2FsdA==:a2V5")).isFalse();
    assertThat(hashes.outdated("PBKDF2WithHmacSHA256:1023:c2FsdA==:a2V5")).isTrue();
  }

  /** The default the application ships with (META-INF/microprofile-config.properties). */
  private static int productionIterations() {
    Properties defaults = new Properties();
    try (InputStream in =
        PasswordHashes.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
      defaults.load(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return Integer.parseInt(defaults.getProperty("zairyu.security.password-iterations"));
  }
}
