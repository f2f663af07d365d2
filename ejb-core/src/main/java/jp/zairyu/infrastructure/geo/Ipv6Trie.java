package jp.zairyu.infrastructure.geo;

import java.util.Arrays;

/**
 * Finds the IPv6 range of an address in a few reads: a 256-ary trie over the upper 64 bits, the
 * first level indexed by the first 16 bits, then 8 bits per level. An entry is either the one
 * country of its whole span ({@code ~index}), a child node, or, once at most {@value #LEAF_RANGES}
 * ranges meet in its span, the range holding the span's first address, from where a short forward
 * scan finds the address's range. Ranges are the flipped (signed-comparable) starts of {@link
 * CountryTable}.
 */
final class Ipv6Trie {

  /** A span met by at most this many ranges ends the descent. */
  static final int LEAF_RANGES = 16;

  private final int[] root = new int[1 << 16];
  private int[] nodes = new int[1 << 12];
  private int used;

  private final long[] hi;
  private final long[] lo;
  private final int size;
  private final LongSearchTree tree;
  private final byte[] countries;

  /**
   * @param hi flipped upper 64 bits of the range starts (padded beyond {@code size})
   * @param lo flipped lower 64 bits of the range starts
   * @param size the number of ranges
   * @param tree the search tree over {@code hi}
   * @param countries country index of each range
   */
  Ipv6Trie(long[] hi, long[] lo, int size, LongSearchTree tree, byte[] countries) {
    this.hi = hi;
    this.lo = lo;
    this.size = size;
    this.tree = tree;
    this.countries = countries;
    for (int slash16 = 0; slash16 < root.length; slash16++) {
      root[slash16] = entry((long) slash16 << 48, 16);
    }
    nodes = Arrays.copyOf(nodes, used);
  }

  /** The entry for the span of {@code prefix/length} (length 16, 24, …, 64). */
  private int entry(long prefix, int length) {
    long spanEnd = prefix | (length == 64 ? 0 : -1L >>> length);
    int first = rangeAt(prefix ^ Long.MIN_VALUE, Long.MIN_VALUE);
    int last = tree.lastAtOrBelow(spanEnd ^ Long.MIN_VALUE);
    if (first == last) {
      return ~(first < 0 ? 0 : countries[first] & 0xff);
    }
    if (last - first <= LEAF_RANGES || length == 64) {
      return (first + 1) << 1; // a hint: scan forward from the span's first range
    }
    int node = used;
    if (used + 256 > nodes.length) {
      nodes = Arrays.copyOf(nodes, nodes.length * 2);
    }
    used += 256;
    for (int child = 0; child < 256; child++) {
      // evaluated before the store: building the child may replace the array
      int value = entry(prefix | ((long) child << (56 - length)), length + 8);
      nodes[node + child] = value;
    }
    return (node << 1) | 1;
  }

  /** The last range starting at or below a (flipped) address, by the search tree. */
  int rangeAt(long keyHi, long keyLo) {
    int range = tree.lastAtOrBelow(keyHi);
    while (range >= 0 && hi[range] == keyHi && lo[range] > keyLo) {
      range--;
    }
    return range;
  }

  /**
   * The country index of an address (0: none), given its upper 64 bits and its flipped upper and
   * lower 64 bits.
   */
  int countryIndex(long addressHi, long keyHi, long keyLo) {
    int entry = root[(int) (addressHi >>> 48)];
    int shift = 40;
    while (entry > 0 && (entry & 1) != 0) {
      entry = nodes[(entry >>> 1) + (int) ((addressHi >>> shift) & 0xff)];
      shift -= 8;
    }
    if (entry < 0) {
      return ~entry;
    }
    int range = (entry >>> 1) - 1;
    int last = size - 1;
    while (range < last
        && (hi[range + 1] < keyHi || (hi[range + 1] == keyHi && lo[range + 1] <= keyLo))) {
      range++;
    }
    return range < 0 ? 0 : countries[range] & 0xff;
  }

  /** Entries of the nodes below the first level, for the record. */
  int nodeEntries() {
    return nodes.length;
  }
}
