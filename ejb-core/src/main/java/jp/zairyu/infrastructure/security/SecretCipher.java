package jp.zairyu.infrastructure.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts a secret for storage (AES-256-GCM, a random 96-bit nonce per value, 128-bit tag). The
 * stored form names the key: {@code enc:v1:<key id>:<Base64 of nonce and ciphertext>}, so that a
 * rotated key still decrypts what it encrypted; the version and the key id are authenticated too. A
 * value without the {@code enc:} prefix is a secret stored before encryption and is returned as it
 * is ({@link #needsSealing} tells the re-encryption at start to seal it). A changed value or a
 * wrong key is refused ({@link SecretRefused}), never returned garbled.
 */
public final class SecretCipher {

  public static final String PREFIX = "enc:v1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final KeyText current;
  private final Map<String, KeyText> byId = new LinkedHashMap<>();

  public SecretCipher(KeyText current, List<KeyText> earlier) {
    this.current = current;
    byId.put(current.id(), current);
    earlier.forEach(key -> byId.putIfAbsent(key.id(), key));
  }

  /** The stored form of {@code plain}, under the current key. */
  public String seal(String plain) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, current, nonce);
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      return PREFIX
          + current.id()
          + ":"
          + Base64.getEncoder()
              .encodeToString(
                  ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES/GCM is part of every Java runtime", e);
    }
  }

  /** The secret a stored value holds; a value stored before encryption is returned unchanged. */
  public String open(String stored) {
    if (!isSealed(stored)) {
      return stored;
    }
    String rest = stored.substring(PREFIX.length());
    int colon = rest.indexOf(':');
    if (colon < 0) {
      throw new SecretRefused("malformed encrypted value");
    }
    KeyText key = byId.get(rest.substring(0, colon));
    if (key == null) {
      throw new SecretRefused(
          "encrypted with key " + rest.substring(0, colon) + ", which is not configured");
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(rest.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      throw new SecretRefused("malformed encrypted value");
    }
    if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
      throw new SecretRefused("malformed encrypted value");
    }
    try {
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, java.util.Arrays.copyOf(bytes, NONCE_BYTES));
      return new String(
          cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
    } catch (AEADBadTagException e) {
      throw new SecretRefused("the encrypted value was changed or the key is wrong");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES/GCM is part of every Java runtime", e);
    }
  }

  public static boolean isSealed(String stored) {
    return stored != null && stored.startsWith("enc:");
  }

  /** Stored in clear, or under another key than the current one. */
  public boolean needsSealing(String stored) {
    return stored != null && !stored.startsWith(PREFIX + current.id() + ":");
  }

  public String currentKeyId() {
    return current.id();
  }

  private static Cipher cipher(int mode, KeyText key, byte[] nonce)
      throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(
        mode, new SecretKeySpec(key.secret(), 0, 32, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
    // the stored form's version and key id are part of what is authenticated
    cipher.updateAAD((PREFIX + key.id()).getBytes(StandardCharsets.UTF_8));
    return cipher;
  }

  /** A stored secret that cannot be decrypted: changed, or under a key not configured. */
  public static final class SecretRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SecretRefused(String message) {
      super("Stored secret refused: " + message);
    }
  }
}
