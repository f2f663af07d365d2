package jp.zairyu.domain.model.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A key of the audit chain's HMAC-SHA256, named by an id that every entry keyed with it stores, so
 * that an older key still verifies the entries it keyed after the key was rotated.
 */
public final class ChainKey {

  private final String id;
  private final SecretKeySpec key;

  public ChainKey(String id, byte[] secret) {
    this.id = Objects.requireNonNull(id, "id");
    if (secret.length < 32) {
      throw new IllegalArgumentException("An audit chain key has at least 256 bits");
    }
    this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
  }

  public String id() {
    return id;
  }

  /** HMAC-SHA256 of the text, hex encoded (64 characters, like the plain SHA-256 hashes). */
  String mac(String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  @Override
  public String toString() {
    return "ChainKey[" + id + "]";
  }
}
