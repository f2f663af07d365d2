package jp.zairyu.application;

import static org.assertj.core.api.Assertions.assertThat;

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
    assertThat(PasswordHashes.outdated(hash)).isEqualTo(outdated);
  }
}
