package jp.zairyu.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * What text a request may carry before any page reads it: UTF-8 that decodes (no overlong forms, no
 * encoded surrogates, no stray bytes), and no character that no one types into a form — C0 and C1
 * controls (line breaks and tabs only in posted fields, where a text area sends them),
 * bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069: they make {@code
 * invoice‮fdp.exe} look like a PDF), unpaired surrogates, U+FFFD (what the server makes of bytes
 * that are not UTF-8) and the noncharacters U+FFFE and U+FFFF. Such a request is answered with 400
 * as a whole (see {@link WellFormedRequests}): the pages and the domain never see it, so neither a
 * converter nor PostgreSQL (which refuses NUL in text) can turn it into a 500.
 */
public final class RequestText {

  private RequestText() {}

  /**
   * Whether the raw query string (or any other URL-encoded text, as the client sent it) is well
   * formed: its percent escapes are complete, their bytes are UTF-8, and every character is allowed
   * in a single-line value.
   */
  public static boolean wellFormedQuery(String raw) {
    if (raw == null || raw.isEmpty()) {
      return true;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          return false;
        }
        int high = Character.digit(raw.charAt(i + 1), 16);
        int low = Character.digit(raw.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          return false;
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else if (c > 0x7F) {
        // not sent escaped: take its UTF-8 as is (the characters are checked below)
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      } else {
        bytes.write(c);
      }
    }
    String decoded;
    try {
      decoded =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes.toByteArray()))
              .toString();
    } catch (CharacterCodingException notUtf8) {
      return false;
    }
    return allowed(decoded, false);
  }

  /**
   * Whether a decoded value (a parameter's name or value) holds only characters a person may type;
   * {@code multiline} allows tab, line feed and carriage return (posted text areas).
   */
  public static boolean allowed(String value, boolean multiline) {
    if (value == null) {
      return true;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
          continue;
        }
        return false;
      }
      if (Character.isLowSurrogate(c) || !allowed(c, multiline)) {
        return false;
      }
    }
    return true;
  }

  private static boolean allowed(char c, boolean multiline) {
    if (c < 0x20) {
      return multiline && (c == '\t' || c == '\n' || c == '\r');
    }
    if (c >= 0x7F && c <= 0x9F) {
      return false;
    }
    if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
      return false;
    }
    return c != 0xFFFD && c != 0xFFFE && c != 0xFFFF;
  }
}
