package jp.zairyu.domain.model.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6238 appendix B (SHA-1), truncated to the six digits authenticator apps show. */
class TotpTest {

  static final String SECRET =
      Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

  @Test
  void encodesTheRfcSecretInBase32() {
    assertThat(SECRET).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    assertThat(new String(Totp.fromBase32(SECRET), StandardCharsets.US_ASCII))
        .isEqualTo("12345678901234567890");
  }

  @ParameterizedTest
  @CsvSource({
    "59, 287082",
    "1111111109, 081804",
    "1111111111, 050471",
    "1234567890, 005924",
    "2000000000, 279037",
    "20000000000, 353130"
  })
  void matchesTheRfcTestVectors(long seconds, String code) {
    assertThat(Totp.code(SECRET, Totp.step(Instant.ofEpochSecond(seconds)))).isEqualTo(code);
  }

  @Test
  void acceptsOneStepOfDriftButNotTwoNorAReplay() {
    Instant now = Instant.ofEpochSecond(1_234_567_890);
    long step = Totp.step(now);
    assertThat(Totp.verify(SECRET, Totp.code(SECRET, step - 1), now, null)).hasValue(step - 1);
    assertThat(Totp.verify(SECRET, Totp.code(SECRET, step + 1), now, null)).hasValue(step + 1);
    assertThat(Totp.verify(SECRET, Totp.code(SECRET, step - 2), now, null)).isEmpty();
    assertThat(Totp.verify(SECRET, Totp.code(SECRET, step), now, step)).isEmpty();
    assertThat(Totp.verify(SECRET, "12 34 56", now, null)).isEmpty();
    assertThat(Totp.verify(SECRET, "abcdef", now, null)).isEmpty();
    assertThat(Totp.verify(SECRET, null, now, null)).isEmpty();
  }

  @Test
  void theProvisioningUriIsWhatAppsRead() {
    assertThat(Totp.provisioningUri("Zairyu Online", "Z000000001", SECRET))
        .isEqualTo(
            "otpauth://totp/Zairyu%20Online:Z000000001?secret="
                + SECRET
                + "&issuer=Zairyu%20Online&algorithm=SHA1&digits=6&period=30");
    assertThat(Totp.newSecret()).matches("[A-Z2-7]{32}").isNotEqualTo(Totp.newSecret());
  }
}
