package jp.zairyu.domain.model.access;

/**
 * Parses the textual form of an IP address into its 128 bits without allocating: IPv4 dotted quads
 * (strict: four decimal parts 0–255, no leading zeros) and IPv6 in every RFC 4291 text form
 * (compressed {@code ::}, embedded IPv4, an ignored {@code %zone}). IPv4 addresses come out as
 * IPv4-mapped IPv6 ({@code ::ffff:a.b.c.d}), so an IPv4-mapped IPv6 address and its IPv4 form are
 * the same address.
 *
 * <p>One instance holds the result of its last parse: reuse it on one thread, never share it.
 */
public final class AddressParser {

  /** The upper 64 bits of IPv4-mapped IPv6 addresses are 0, the lower start with 0xffff. */
  static final long IPV4_MAPPED_PREFIX = 0x0000_ffff_0000_0000L;

  private final int[] groups = new int[8];
  private long hi;
  private long lo;

  /** Upper 64 bits of the last address parsed. */
  public long hi() {
    return hi;
  }

  /** Lower 64 bits of the last address parsed. */
  public long lo() {
    return lo;
  }

  /** Parses all of {@code text}; false (and the result undefined) when it is no IP address. */
  public boolean parse(CharSequence text) {
    return text != null && parse(text, 0, text.length());
  }

  /** Parses {@code text[from, to)}; false when it is no IP address. */
  public boolean parse(CharSequence text, int from, int to) {
    if (text == null || from < 0 || to > text.length() || from >= to) {
      return false;
    }
    if (indexOf(text, from, to, ':') < 0) {
      long v4 = parseIpv4(text, from, to);
      if (v4 < 0) {
        return false;
      }
      hi = 0;
      lo = IPV4_MAPPED_PREFIX | v4;
      return true;
    }
    return parseIpv6(text, from, to);
  }

  /**
   * The IPv4 address in {@code text[from, to)} as an unsigned 32-bit value, or -1 when it is not
   * exactly four decimal parts of 0–255 without leading zeros.
   */
  public static long parseIpv4(CharSequence text, int from, int to) {
    long value = 0;
    int parts = 0;
    int i = from;
    while (i < to) {
      int part = 0;
      int digits = 0;
      int start = i;
      while (i < to && digits < 4) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          break;
        }
        part = part * 10 + (c - '0');
        digits++;
        i++;
      }
      if (digits == 0 || digits > 3 || part > 255 || (digits > 1 && text.charAt(start) == '0')) {
        return -1;
      }
      value = (value << 8) | part;
      parts++;
      if (i == to) {
        break;
      }
      if (text.charAt(i) != '.' || parts == 4) {
        return -1;
      }
      i++;
      if (i == to) {
        return -1;
      }
    }
    return parts == 4 ? value : -1;
  }

  private boolean parseIpv6(CharSequence text, int from, int to) {
    int end = indexOf(text, from, to, '%');
    if (end < 0) {
      end = to;
    } else if (end == to - 1) {
      return false; // an empty zone
    }
    if (end - from < 2) {
      return false;
    }
    int count = 0;
    int compressedAt = -1;
    int i = from;
    if (text.charAt(i) == ':') {
      if (text.charAt(i + 1) != ':') {
        return false;
      }
      compressedAt = 0;
      i += 2;
    }
    while (i < end) {
      if (count == 8) {
        return false;
      }
      int value = 0;
      int digits = 0;
      int j = i;
      while (j < end && digits < 5) {
        int digit = hexDigit(text.charAt(j));
        if (digit < 0) {
          break;
        }
        value = (value << 4) | digit;
        digits++;
        j++;
      }
      if (j < end && text.charAt(j) == '.') {
        // an embedded IPv4 address: the last 32 bits
        if (count > 6) {
          return false;
        }
        long v4 = parseIpv4(text, i, end);
        if (v4 < 0) {
          return false;
        }
        groups[count++] = (int) (v4 >>> 16);
        groups[count++] = (int) (v4 & 0xffff);
        i = end;
        break;
      }
      if (digits == 0 || digits > 4) {
        return false;
      }
      groups[count++] = value;
      i = j;
      if (i == end) {
        break;
      }
      if (text.charAt(i) != ':') {
        return false;
      }
      i++;
      if (i == end) {
        return false; // a single trailing colon
      }
      if (text.charAt(i) == ':') {
        if (compressedAt >= 0) {
          return false; // "::" twice
        }
        compressedAt = count;
        i++;
      }
    }
    if (compressedAt < 0) {
      if (count != 8) {
        return false;
      }
    } else {
      if (count > 7) {
        return false;
      }
      int tail = count - compressedAt;
      for (int k = 0; k < tail; k++) {
        groups[7 - k] = groups[count - 1 - k];
      }
      for (int k = compressedAt; k < 8 - tail; k++) {
        groups[k] = 0;
      }
    }
    hi = ((long) groups[0] << 48) | ((long) groups[1] << 32) | ((long) groups[2] << 16) | groups[3];
    lo = ((long) groups[4] << 48) | ((long) groups[5] << 32) | ((long) groups[6] << 16) | groups[7];
    return true;
  }

  /** 0–15 for an ASCII hex digit, else -1 (Character.digit would take other scripts' digits). */
  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  private static int indexOf(CharSequence text, int from, int to, char c) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }
}
