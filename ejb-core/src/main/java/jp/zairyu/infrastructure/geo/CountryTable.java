package jp.zairyu.infrastructure.geo;

import java.util.Arrays;
import java.util.Objects;
import jp.zairyu.domain.model.access.CountryLookup;

/**
 * Which country each address range is registered in, for IPv4 and IPv6: immutable, compact (sorted
 * range starts in primitive arrays, one byte per range for the country) and looked up by binary
 * search without allocating. Consecutive ranges of one country are one range; a range of no country
 * (a gap in the data) maps to null.
 *
 * <p>Range starts are stored with their sign bit flipped, so that signed comparison orders them as
 * the unsigned addresses they are. IPv4 lookups start from a 16-bit bucket index (the range that
 * holds the first address of each /16), which leaves a few steps of binary search.
 */
public final class CountryTable implements CountryLookup {

  private static final long MAPPED = 0x0000_ffff_0000_0000L;

  private final String[] codes;
  private final int[] v4Starts;
  private final byte[] v4Countries;
  private final int[] v4Buckets;
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
    this.v4Starts = new int[v4Starts.length];
    for (int i = 0; i < v4Starts.length; i++) {
      this.v4Starts[i] = v4Starts[i] ^ Integer.MIN_VALUE;
      if (i > 0 && this.v4Starts[i] <= this.v4Starts[i - 1]) {
        throw new IllegalArgumentException("IPv4 ranges not ascending at " + i);
      }
    }
    this.v6Hi = new long[v6StartsHi.length];
    this.v6Lo = new long[v6StartsLo.length];
    for (int i = 0; i < v6StartsHi.length; i++) {
      this.v6Hi[i] = v6StartsHi[i] ^ Long.MIN_VALUE;
      this.v6Lo[i] = v6StartsLo[i] ^ Long.MIN_VALUE;
      if (i > 0 && compare(this.v6Hi[i], this.v6Lo[i], this.v6Hi[i - 1], this.v6Lo[i - 1]) <= 0) {
        throw new IllegalArgumentException("IPv6 ranges not ascending at " + i);
      }
    }
    this.v4Countries = checkedCountries(v4Countries, codes.length);
    this.v6Countries = checkedCountries(v6Countries, codes.length);
    this.v4Buckets = buckets(this.v4Starts);
    this.description = description;
  }

  private static byte[] checkedCountries(byte[] countries, int codeCount) {
    for (byte country : countries) {
      if ((country & 0xff) >= codeCount) {
        throw new IllegalArgumentException("Country index out of range: " + (country & 0xff));
      }
    }
    return countries.clone();
  }

  /** buckets[b] = number of ranges starting below b << 16, for b in 0..65536. */
  private static int[] buckets(int[] flippedStarts) {
    int[] buckets = new int[65537];
    int range = 0;
    for (int bucket = 0; bucket <= 65536; bucket++) {
      long bound = (long) bucket << 16;
      while (range < flippedStarts.length
          && ((flippedStarts[range] ^ Integer.MIN_VALUE) & 0xffff_ffffL) < bound) {
        range++;
      }
      buckets[bucket] = range;
    }
    return buckets;
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
    int bucket = address >>> 16;
    int low = v4Buckets[bucket] - 1; // the last range starting before this /16, if any
    int high = v4Buckets[bucket + 1] - 1; // the last range starting within it
    int key = address ^ Integer.MIN_VALUE;
    int[] starts = v4Starts;
    int from = low + 1;
    int to = high;
    while (from <= to) {
      int mid = (from + to) >>> 1;
      if (starts[mid] <= key) {
        from = mid + 1;
      } else {
        to = mid - 1;
      }
    }
    return to < 0 ? null : codes[v4Countries[to] & 0xff];
  }

  /** The country of an IPv6 address given as its 128 bits, or null. */
  public String countryOfIpv6(long hi, long lo) {
    long keyHi = hi ^ Long.MIN_VALUE;
    long keyLo = lo ^ Long.MIN_VALUE;
    long[] starts = v6Hi;
    long[] startsLo = v6Lo;
    int from = 0;
    int to = starts.length - 1;
    while (from <= to) {
      int mid = (from + to) >>> 1;
      long startHi = starts[mid];
      if (startHi < keyHi || (startHi == keyHi && startsLo[mid] <= keyLo)) {
        from = mid + 1;
      } else {
        to = mid - 1;
      }
    }
    return to < 0 ? null : codes[v6Countries[to] & 0xff];
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
    return v4Starts.length;
  }

  public int ipv6Ranges() {
    return v6Hi.length;
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
