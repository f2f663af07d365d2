package jp.zairyu.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import jp.zairyu.domain.model.account.Totp;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

  private static final KeyText KEY = KeyText.parse("k1:" + base64(1), "test.key");
  private static final KeyText NEW_KEY = KeyText.parse("k2:" + base64(2), "test.key");

  private static String base64(int fill) {
    byte[] key = new byte[32];
    java.util.Arrays.fill(key, (byte) fill);
    return Base64.getEncoder().encodeToString(key);
  }

  private final SecretCipher cipher = new SecretCipher(KEY, List.of());

  @Test
  void storesNeitherTheSecretNorTheSameTextTwice() {
    String secret = Totp.newSecret();

    String first = cipher.seal(secret);
    String second = cipher.seal(secret);

    assertThat(first).startsWith("enc:v1:k1:").doesNotContain(secret);
    assertThat(second).isNotEqualTo(first);
    assertThat(first.length()).isLessThanOrEqualTo(200); // the column (V22)
    assertThat(cipher.open(first)).isEqualTo(secret);
    assertThat(cipher.open(second)).isEqualTo(secret);
  }

  @Test
  void refusesAChangedValue() {
    String sealed = cipher.seal(Totp.newSecret());
    byte[] bytes = Base64.getDecoder().decode(sealed.substring("enc:v1:k1:".length()));
    bytes[20] ^= 1;
    String tampered = "enc:v1:k1:" + Base64.getEncoder().encodeToString(bytes);

    assertThatThrownBy(() -> cipher.open(tampered))
        .isInstanceOf(SecretCipher.SecretRefused.class)
        .hasMessageContaining("changed or the key is wrong");
  }

  @Test
  void refusesTheWrongKeyAndAnUnknownKeyId() {
    String sealed = cipher.seal(Totp.newSecret());
    var wrongKey = new SecretCipher(KeyText.parse("k1:" + base64(7), "test.key"), List.of());
    var otherId = new SecretCipher(NEW_KEY, List.of());

    assertThatThrownBy(() -> wrongKey.open(sealed)).isInstanceOf(SecretCipher.SecretRefused.class);
    assertThatThrownBy(() -> otherId.open(sealed))
        .isInstanceOf(SecretCipher.SecretRefused.class)
        .hasMessageContaining("k1");
    // the key id is authenticated: relabelling the value does not make another key try it
    assertThatThrownBy(() -> otherId.open(sealed.replace(":k1:", ":k2:")))
        .isInstanceOf(SecretCipher.SecretRefused.class);
  }

  @Test
  void readsSecretsStoredBeforeEncryptionAndAfterRotation() {
    String plain = Totp.newSecret();
    String underOldKey = cipher.seal(plain);
    var rotated = new SecretCipher(NEW_KEY, List.of(KEY));

    assertThat(rotated.open(plain)).isEqualTo(plain);
    assertThat(rotated.needsSealing(plain)).isTrue();
    assertThat(rotated.open(underOldKey)).isEqualTo(plain);
    assertThat(rotated.needsSealing(underOldKey)).isTrue();
    assertThat(rotated.needsSealing(rotated.seal(plain))).isFalse();
  }

  @Test
  void aMissingOrShortKeyIsRefusedNamingTheSetting() {
    assertThatThrownBy(() -> KeyText.parse(null, "zairyu.totp.encryption-key"))
        .hasMessageContaining("zairyu.totp.encryption-key")
        .hasMessageContaining("ZAIRYU_TOTP_ENCRYPTION_KEY")
        .hasMessageContaining("設定されていません");
    assertThatThrownBy(
            () -> KeyText.parse("k1:" + Base64.getEncoder().encodeToString(new byte[16]), "x.key"))
        .hasMessageContaining("32 bytes");
    assertThatThrownBy(() -> KeyText.parse(base64(1), "x.key")).hasMessageContaining("key id");
  }
}
