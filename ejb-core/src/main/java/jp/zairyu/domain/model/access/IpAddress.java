package jp.zairyu.domain.model.access;

import java.util.Optional;

/**
 * An IPv4 or IPv6 address as its 128 bits; IPv4 addresses are held in their IPv4-mapped form
 * ({@code ::ffff:a.b.c.d}), so that both spellings are one address.
 *
 * @param hi upper 64 bits
 * @param lo lower 64 bits
 */
public record IpAddress(long hi, long lo) {

  /**
   * The address of {@code text} (IPv4, IPv6, IPv4-mapped IPv6; a zone is ignored), if it is one.
   */
  public static Optional<IpAddress> parse(String text) {
    AddressParser parser = new AddressParser();
    if (text == null || !parser.parse(text.strip())) {
      return Optional.empty();
    }
    return Optional.of(new IpAddress(parser.hi(), parser.lo()));
  }

  /** The address of {@code text}; for constants and tests. */
  public static IpAddress of(String text) {
    return parse(text).orElseThrow(() -> new IllegalArgumentException("No IP address: " + text));
  }

  public static IpAddress ofIpv4(int address) {
    return new IpAddress(0, AddressParser.IPV4_MAPPED_PREFIX | (address & 0xffff_ffffL));
  }

  public boolean isIpv4() {
    return isIpv4(hi, lo);
  }

  static boolean isIpv4(long hi, long lo) {
    return hi == 0 && (lo >>> 32) == 0xffffL;
  }

  /** The IPv4 address as a 32-bit value; only meaningful when {@link #isIpv4()}. */
  public int ipv4() {
    return (int) lo;
  }

  @Override
  public String toString() {
    if (isIpv4()) {
      int v = ipv4();
      return (v >>> 24) + "." + ((v >>> 16) & 0xff) + "." + ((v >>> 8) & 0xff) + "." + (v & 0xff);
    }
    StringBuilder text = new StringBuilder(39);
    for (int group = 0; group < 8; group++) {
      long half = group < 4 ? hi : lo;
      int value = (int) ((half >>> (48 - 16 * (group % 4))) & 0xffff);
      if (group > 0) {
        text.append(':');
      }
      text.append(Integer.toHexString(value));
    }
    return text.toString();
  }
}
