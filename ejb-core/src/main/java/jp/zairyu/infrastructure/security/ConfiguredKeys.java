package jp.zairyu.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import jp.zairyu.domain.model.audit.ChainKey;
import jp.zairyu.domain.model.audit.ChainKeys;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's keys, from MicroProfile Config (in production: environment variables, or Payara
 * password aliases, never a default):
 *
 * <ul>
 *   <li>{@value #AUDIT_KEY} ({@code ZAIRYU_AUDIT_HMAC_KEY}): the audit chain's HMAC key; {@value
 *       #AUDIT_EARLIER_KEYS}: earlier ones, comma-separated, to verify what they keyed;
 *   <li>{@value #TOTP_KEY} ({@code ZAIRYU_TOTP_ENCRYPTION_KEY}): the AES key of the TOTP secrets at
 *       rest; {@value #TOTP_EARLIER_KEYS}: earlier ones, to read (and re-encrypt) what they
 *       encrypted.
 * </ul>
 *
 * Each is {@code <key id>:<Base64 of 32 bytes or more>} ({@link KeyText}). A missing or malformed
 * key fails the deployment at start ({@code KeysAtStartup}), with a message naming it.
 */
@ApplicationScoped
public class ConfiguredKeys {

  public static final String AUDIT_KEY = "zairyu.audit.hmac-key";
  public static final String AUDIT_EARLIER_KEYS = "zairyu.audit.hmac-earlier-keys";
  public static final String TOTP_KEY = "zairyu.totp.encryption-key";
  public static final String TOTP_EARLIER_KEYS = "zairyu.totp.encryption-earlier-keys";

  @Inject
  @ConfigProperty(name = AUDIT_KEY)
  Optional<String> auditKey;

  @Inject
  @ConfigProperty(name = AUDIT_EARLIER_KEYS)
  Optional<String> auditEarlierKeys;

  @Inject
  @ConfigProperty(name = TOTP_KEY)
  Optional<String> totpKey;

  @Inject
  @ConfigProperty(name = TOTP_EARLIER_KEYS)
  Optional<String> totpEarlierKeys;

  private volatile ChainKeys audit;
  private volatile SecretCipher totp;

  /** The audit chain's keys; throws naming the property if the key is missing or malformed. */
  public ChainKeys audit() {
    ChainKeys keys = audit;
    if (keys == null) {
      KeyText current = KeyText.parse(auditKey.orElse(null), AUDIT_KEY);
      keys =
          new ChainKeys(
              new ChainKey(current.id(), current.secret()),
              KeyText.parseList(auditEarlierKeys.orElse(null), AUDIT_EARLIER_KEYS).stream()
                  .map(k -> new ChainKey(k.id(), k.secret()))
                  .toList());
      audit = keys;
    }
    return keys;
  }

  /** The cipher of the TOTP secrets; throws naming the property if the key is missing. */
  public SecretCipher totp() {
    SecretCipher cipher = totp;
    if (cipher == null) {
      cipher =
          new SecretCipher(
              KeyText.parse(totpKey.orElse(null), TOTP_KEY),
              KeyText.parseList(totpEarlierKeys.orElse(null), TOTP_EARLIER_KEYS));
      totp = cipher;
    }
    return cipher;
  }
}
