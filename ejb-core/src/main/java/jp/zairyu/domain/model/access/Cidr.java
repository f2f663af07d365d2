package jp.zairyu.domain.model.access;

/**
 * A block of addresses, {@code address/prefix}: IPv4 blocks are held as their IPv4-mapped IPv6
 * block (prefix + 96), so an IPv4 block also contains the IPv4-mapped spelling of its addresses.
 * Host bits below the prefix are ignored ({@code 10.1.2.3/8} is {@code 10.0.0.0/8}).
 *
 * @param hi upper 64 bits of the first address
 * @param lo lower 64 bits of the first address
 * @param prefix prefix length in the 128-bit space (0–128)
 */
public record Cidr(long hi, long lo, int prefix) {

  public Cidr {
    if (prefix < 0 || prefix > 128) {
      throw new IllegalArgumentException("Prefix out of range: " + prefix);
    }
    hi &= maskHi(prefix);
    lo &= maskLo(prefix);
  }

  /**
   * Parses {@code 192.0.2.0/24}, {@code 2001:db8::/32}, or a single address ({@code 127.0.0.1} is
   * {@code /32}, {@code ::1} is {@code /128}).
   *
   * @throws IllegalArgumentException when it is not such a block
   */
  public static Cidr parse(String text) {
    String value = text.strip();
    int slash = value.indexOf('/');
    String address = slash < 0 ? value : value.substring(0, slash);
    AddressParser parser = new AddressParser();
    if (!parser.parse(address)) {
      throw new IllegalArgumentException("Not an address block: " + text);
    }
    boolean ipv4 = address.indexOf(':') < 0;
    int max = ipv4 ? 32 : 128;
    int length = max;
    if (slash >= 0) {
      String digits = value.substring(slash + 1);
      if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(Character::isDigit)) {
        throw new IllegalArgumentException("Not an address block: " + text);
      }
      length = Integer.parseInt(digits);
      if (length > max) {
        throw new IllegalArgumentException("Prefix longer than the address: " + text);
      }
    }
    return new Cidr(parser.hi(), parser.lo(), ipv4 ? 96 + length : length);
  }

  public boolean contains(IpAddress address) {
    return contains(address.hi(), address.lo());
  }

  public boolean contains(long addressHi, long addressLo) {
    return (addressHi & maskHi(prefix)) == hi && (addressLo & maskLo(prefix)) == lo;
  }

  private static long maskHi(int prefix) {
    return prefix >= 64 ? -1L : prefix == 0 ? 0 : -1L << (64 - prefix);
  }

  private static long maskLo(int prefix) {
    return prefix <= 64 ? 0 : prefix == 128 ? -1L : -1L << (128 - prefix);
  }

  @Override
  public String toString() {
    IpAddress first = new IpAddress(hi, lo);
    return first.isIpv4() && prefix >= 96 ? first + "/" + (prefix - 96) : first + "/" + prefix;
  }
}
