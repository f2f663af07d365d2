package jp.zairyu.infrastructure.persistence;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import jp.zairyu.infrastructure.security.ConfiguredKeys;
import jp.zairyu.infrastructure.security.SecretCipher;

/**
 * A TOTP secret is encrypted at rest ({@link SecretCipher}, key {@value ConfiguredKeys#TOTP_KEY}):
 * the column holds {@code enc:v1:<key id>:…}, never the Base32 secret an authenticator app could be
 * set up with. A secret stored in clear before V22 still reads; {@link KeysAtStartup} encrypts it
 * at the next start.
 */
@Converter
public class TotpSecretConverter implements AttributeConverter<String, String> {

  @Override
  public String convertToDatabaseColumn(String secret) {
    return secret == null ? null : cipher().seal(secret);
  }

  @Override
  public String convertToEntityAttribute(String stored) {
    return stored == null ? null : cipher().open(stored);
  }

  private static SecretCipher cipher() {
    // looked up rather than injected: EclipseLink creates converters itself
    return CDI.current().select(ConfiguredKeys.class).get().totp();
  }
}
