package jp.zairyu.infrastructure.security;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A key as configuration gives it: {@code <id>:<Base64 of at least 32 bytes>}, e.g. {@code
 * 3f9a01c2:q8N…=} ({@code ear/devstack} generates them; by hand: {@code echo "$(openssl rand -hex
 * 4):$(openssl rand -base64 32)"}). The id is stored with what the key protects, so that a key can
 * be rotated while the data it protected still reads.
 *
 * @param id 1 to 16 letters, digits, {@code -} or {@code _}
 * @param secret the key's bytes
 */
public record KeyText(String id, byte[] secret) {

  /** Parses one key; the message names the property and says what is wrong (日本語 / English). */
  public static KeyText parse(String text, String property) {
    if (text == null || text.isBlank()) {
      throw new IllegalStateException(
          property
              + " が設定されていません。鍵を「<鍵ID>:<Base64で32バイト以上>」の形で設定してください。 / "
              + property
              + " is not set: configure a key as <key id>:<Base64 of 32 bytes or more>"
              + " (environment variable "
              + environmentName(property)
              + ").");
    }
    String value = text.strip();
    int colon = value.indexOf(':');
    String id = colon < 0 ? "" : value.substring(0, colon);
    if (!id.matches("[A-Za-z0-9_-]{1,16}")) {
      throw invalid(property, "the key id before ':' must be 1 to 16 letters, digits, - or _");
    }
    byte[] secret;
    try {
      secret = Base64.getDecoder().decode(value.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      throw invalid(property, "the key after ':' is not Base64");
    }
    if (secret.length < 32) {
      throw invalid(property, "the key must have at least 32 bytes (256 bits)");
    }
    return new KeyText(id, secret);
  }

  /** Parses a comma-separated list of keys (earlier keys kept for reading); empty if blank. */
  public static List<KeyText> parseList(String text, String property) {
    var keys = new ArrayList<KeyText>();
    if (text != null) {
      for (String part : text.split(",")) {
        if (!part.isBlank()) {
          keys.add(parse(part, property));
        }
      }
    }
    return keys;
  }

  private static IllegalStateException invalid(String property, String why) {
    return new IllegalStateException(
        property + " の鍵の形式が正しくありません。 / " + property + " is not a valid key: " + why + ".");
  }

  static String environmentName(String property) {
    return property.toUpperCase().replaceAll("[^A-Z0-9]", "_");
  }
}
