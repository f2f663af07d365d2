package jp.zairyu.infrastructure.geo;

import java.util.Arrays;
import java.util.Objects;
import jp.zairyu.domain.model.access.CountryLookup;

/**
 * Which country each address range is registered in, for IPv4 and IPv6: immutable, compact (sorted
 * range starts in primitive arrays, one byte per range for the country) and looked up without
 * allocating. Consecutive ranges of one country are one range; a range of no country (a gap in the
 * data) maps to null.
 *
 * <p>Range starts are stored with their sign bit flipped, so that signed comparison orders them as
 * the unsigned addresses they are, and searched with a static B+ tree of one cache line per node
 * ({@link IntSearchTree}, {@link LongSearchTree}). Lookups mostly end before that: IPv4 in a direct
 * index of the /24s ({@code DirectIndex}), IPv6 in a 256-ary trie over the upper 64 bits ({@link
 * Ipv6Trie}); both lead at most to a short scan of neighbouring ranges. IPv6 ranges are searched by
 * their upper 64 bits; the few that share those with their neighbours are told apart by the lower
 * 64 bits afterwards. The world data set takes about 16 MB of heap (a reload holds two tables for a
 * moment); a lookup takes some 15–30 ns (see {@code bench/}).
 */
public final class CountryTable implements CountryLookup {

  private final String[] codes;
  private final IntSearchTree v4;
  private final int[] v4Starts;
  private final byte[] v4Countries;
  private final int[] v4Direct;
  private final short[] v4Blocks;
  private final int[] v4BlockBases;
  private final LongSearchTree v6;
  private final Ipv6Trie v6Trie;
  private final long[] v6Hi;
  private final long[] v6Lo;
  private final byte[] v6Countries;
  private final String description;

  /**
   * @param codes country codes by index; index 0 is "no country" and its entry is ignored
   * @param v4Starts first address of each IPv4 range (unsigned), ascending
   * @param v4Countries country index of each IPv4 range
   * @param v6StartsHi upper 64 bits of the first address of each IPv6 range, ascending (unsigned)
   * @param v6StartsLo lower 64 bits of the same
   * @param v6Countries country index of each IPv6 range
   * @param description source and version of the data, for logs
   */
  public CountryTable(
      String[] codes,
      int[] v4Starts,
      byte[] v4Countries,
      long[] v6StartsHi,
      long[] v6StartsLo,
      byte[] v6Countries,
      String description) {
    if (v4Starts.length != v4Countries.length
        || v6StartsHi.length != v6StartsLo.length
        || v6StartsHi.length != v6Countries.length) {
      throw new IllegalArgumentException("Range and country arrays differ in length");
    }
    this.codes = codes.clone();
    this.codes[0] = null;
    for (int i = 1; i < this.codes.length; i++) {
      this.codes[i] = Objects.requireNonNull(this.codes[i], "country code").intern();
    }
    int[] v4Flipped = new int[v4Starts.length];
    for (int i = 0; i < v4Starts.length; i++) {
      v4Flipped[i] = v4Starts[i] ^ Integer.MIN_VALUE;
      if (i > 0 && v4Flipped[i] <= v4Flipped[i - 1]) {
        throw new IllegalArgumentException("IPv4 ranges not ascending at " + i);
      }
    }
    long[] hi = new long[v6StartsHi.length];
    this.v6Lo = new long[v6StartsLo.length];
    for (int i = 0; i < v6StartsHi.length; i++) {
      hi[i] = v6StartsHi[i] ^ Long.MIN_VALUE;
      this.v6Lo[i] = v6StartsLo[i] ^ Long.MIN_VALUE;
      if (i > 0 && compare(hi[i], this.v6Lo[i], hi[i - 1], this.v6Lo[i - 1]) <= 0) {
        throw new IllegalArgumentException("IPv6 ranges not ascending at " + i);
      }
    }
    this.v4 = new IntSearchTree(v4Flipped);
    this.v4Starts = v4.keys();
    this.v6 = new LongSearchTree(hi);
    this.v6Hi = v6.keys();
    this.v4Countries = checkedCountries(v4Countries, codes.length);
    this.v6Countries = checkedCountries(v6Countries, codes.length);
    this.description = description;
    this.v6Trie = new Ipv6Trie(v6Hi, v6Lo, v6.size(), v6, this.v6Countries);
    if (codes.length > SPLIT) {
      throw new IllegalArgumentException("More than " + (SPLIT - 1) + " countries");
    }
    DirectIndex direct = DirectIndex.of(v4Starts, this.v4Countries, v4);
    this.v4Direct = direct.top;
    this.v4Blocks = direct.blocks;
    this.v4BlockBases = direct.bases;
  }

  /** Marks a /24 shared by several ranges while building the direct index. */
  private static final int SPLIT = 0xff;

  /** A /24 shared by ranges too far from its /16's first range for a hint: search the tree. */
  private static final short SEARCH = Short.MAX_VALUE;

  /**
   * The country of every /24 of IPv4, in two levels. Per /16 ({@code top}): its one country as
   * {@code ~index}, or the offset of a block of 256 entries, one per /24. Per /24 ({@code blocks}):
   * its one country as {@code ~index}, or, where ranges start inside it, how many ranges after the
   * block's first range ({@code bases}) its first address lies, from where a short scan finds the
   * range. Most lookups read 256 KiB of {@code top} and one entry of {@code blocks} (4.6 MiB).
   */
  private record DirectIndex(int[] top, short[] blocks, int[] bases) {

    static DirectIndex of(int[] starts, byte[] countries, IntSearchTree tree) {
      byte[] per24 = new byte[1 << 24];
      for (int i = 0; i < starts.length; i++) {
        long first = starts[i] & 0xffff_ffffL;
        long last = i + 1 < starts.length ? (starts[i + 1] & 0xffff_ffffL) - 1 : 0xffff_ffffL;
        long firstWhole = (first + 255) >>> 8;
        long endWhole = (last + 1) >>> 8; // exclusive
        if (firstWhole < endWhole) {
          Arrays.fill(per24, (int) firstWhole, (int) endWhole, countries[i]);
        }
        if ((first & 0xff) != 0) {
          per24[(int) (first >>> 8)] = (byte) SPLIT;
        }
        if ((last & 0xff) != 0xff) {
          per24[(int) (last >>> 8)] = (byte) SPLIT;
        }
      }
      int[] top = new int[1 << 16];
      short[] blocks = new short[1 << 16];
      int[] bases = new int[256];
      int used = 0;
      for (int slash16 = 0; slash16 < top.length; slash16++) {
        int from = slash16 << 8;
        byte first = per24[from];
        boolean uniform = first != (byte) SPLIT;
        for (int k = 1; k < 256 && uniform; k++) {
          uniform = per24[from + k] == first;
        }
        if (uniform) {
          top[slash16] = ~(first & 0xff);
          continue;
        }
        if (used + 256 > blocks.length) {
          blocks = Arrays.copyOf(blocks, blocks.length * 2);
        }
        int block = used >>> 8;
        if (block == bases.length) {
          bases = Arrays.copyOf(bases, bases.length * 2);
        }
        int base = tree.lastAtOrBelow((slash16 << 16) ^ Integer.MIN_VALUE);
        bases[block] = base;
        for (int k = 0; k < 256; k++) {
          int country = per24[from + k] & 0xff;
          if (country != SPLIT) {
            blocks[used + k] = (short) ~country;
          } else {
            int firstRange = tree.lastAtOrBelow(((from + k) << 8) ^ Integer.MIN_VALUE);
            int offset = firstRange - base;
            blocks[used + k] = offset < SEARCH ? (short) offset : SEARCH;
          }
        }
        top[slash16] = used;
        used += 256;
      }
      return new DirectIndex(
          top, Arrays.copyOf(blocks, used), Arrays.copyOf(bases, Math.max(1, used >>> 8)));
    }
  }

  private static byte[] checkedCountries(byte[] countries, int codeCount) {
    for (byte country : countries) {
      if ((country & 0xff) >= codeCount) {
        throw new IllegalArgumentException("Country index out of range: " + (country & 0xff));
      }
    }
    return countries.clone();
  }

  @Override
  public String country(long hi, long lo) {
    if (hi == 0 && (lo >>> 32) == 0xffffL) {
      return countryOfIpv4((int) lo);
    }
    return countryOfIpv6(hi, lo);
  }

  /** The country of an IPv4 address given as its 32 bits, or null. */
  public String countryOfIpv4(int address) {
    int top = v4Direct[address >>> 16];
    if (top < 0) {
      return codes[~top];
    }
    int entry = v4Blocks[top + ((address >>> 8) & 0xff)];
    if (entry < 0) {
      return codes[~entry];
    }
    int key = address ^ Integer.MIN_VALUE;
    int range;
    if (entry != SEARCH) {
      // ranges start inside this /24: from the one holding its first address, step forward
      range = v4BlockBases[top >>> 8] + entry;
      int[] starts = v4Starts;
      int last = v4.size() - 1;
      while (range < last && starts[range + 1] <= key) {
        range++;
      }
    } else {
      range = v4.lastAtOrBelow(key);
    }
    return range < 0 ? null : codes[v4Countries[range] & 0xff];
  }

  /** The country of an IPv6 address given as its 128 bits, or null. */
  public String countryOfIpv6(long hi, long lo) {
    return codes[v6Trie.countryIndex(hi, hi ^ Long.MIN_VALUE, lo ^ Long.MIN_VALUE)];
  }

  private static int compare(long aHi, long aLo, long bHi, long bLo) {
    int byHi = Long.compare(aHi, bHi);
    return byHi != 0 ? byHi : Long.compare(aLo, bLo);
  }

  @Override
  public String description() {
    return description;
  }

  public int ipv4Ranges() {
    return v4.size();
  }

  public int ipv6Ranges() {
    return v6.size();
  }

  /** The country codes the table knows, for checks. */
  public String[] countries() {
    return Arrays.copyOfRange(codes, 1, codes.length);
  }

  // ---- raw access for CountryTableFile ----

  String[] codes() {
    return codes.clone();
  }

  int ipv4Start(int i) {
    return v4Starts[i] ^ Integer.MIN_VALUE;
  }

  int ipv4Country(int i) {
    return v4Countries[i] & 0xff;
  }

  long ipv6StartHi(int i) {
    return v6Hi[i] ^ Long.MIN_VALUE;
  }

  long ipv6StartLo(int i) {
    return v6Lo[i] ^ Long.MIN_VALUE;
  }

  int ipv6Country(int i) {
    return v6Countries[i] & 0xff;
  }

  @Override
  public String toString() {
    return description + " (" + ipv4Ranges() + " IPv4 and " + ipv6Ranges() + " IPv6 ranges)";
  }
}
