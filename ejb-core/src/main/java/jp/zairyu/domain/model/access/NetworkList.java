package jp.zairyu.domain.model.access;

import java.util.Arrays;
import java.util.List;

/** An immutable list of address blocks, as configured (comma- or space-separated CIDRs). */
public final class NetworkList {

  private static final NetworkList NONE = new NetworkList(List.of());

  /** Loopback, private (RFC 1918, RFC 4193), link-local and shared (RFC 6598) addresses. */
  public static final NetworkList LOCAL =
      parse(
          "127.0.0.0/8, 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, 169.254.0.0/16, 100.64.0.0/10,"
              + " ::1/128, fc00::/7, fe80::/10");

  /** Loopback only: 127.0.0.0/8 and ::1. */
  public static final NetworkList LOOPBACK = parse("127.0.0.0/8, ::1/128");

  private final Cidr[] blocks;

  private NetworkList(List<Cidr> blocks) {
    this.blocks = blocks.toArray(Cidr[]::new);
  }

  public static NetworkList none() {
    return NONE;
  }

  /**
   * The blocks of {@code text} (for example {@code "10.0.0.0/8, 2001:db8::/32"}); blank text is the
   * empty list.
   *
   * @throws IllegalArgumentException naming the first entry that is no address block
   */
  public static NetworkList parse(String text) {
    if (text == null || text.isBlank()) {
      return NONE;
    }
    return new NetworkList(
        Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isEmpty()).map(Cidr::parse).toList());
  }

  public boolean contains(IpAddress address) {
    return contains(address.hi(), address.lo());
  }

  public boolean contains(long hi, long lo) {
    for (Cidr block : blocks) {
      if (block.contains(hi, lo)) {
        return true;
      }
    }
    return false;
  }

  public boolean isEmpty() {
    return blocks.length == 0;
  }

  @Override
  public String toString() {
    return String.join(", ", Arrays.stream(blocks).map(Cidr::toString).toList());
  }
}
