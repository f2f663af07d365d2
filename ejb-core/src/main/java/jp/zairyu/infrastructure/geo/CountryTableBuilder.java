package jp.zairyu.infrastructure.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.zairyu.domain.model.access.AddressParser;

/**
 * Builds a {@link CountryTable} from inclusive ranges, as in the CSV files of {@code
 * @ip-location-db} ({@code first,last,CC}), in any order. Where ranges overlap, the more specific
 * one wins: a range nested in another (the data set has a few hundred, a geofeed entry inside a
 * registry block) takes its part and the outer range resumes after it; of two ranges that merely
 * overlap, the later-starting one wins from its start. Consecutive ranges of one country are
 * merged and gaps become ranges of no country.
 */
public final class CountryTableBuilder {

  private final Map<String, Integer> countryIndex = new HashMap<>();
  private final List<String> codes = new ArrayList<>(List.of("--"));
  private final List<Range> v4 = new ArrayList<>();
  private final List<Range> v6 = new ArrayList<>();

  /** An inclusive range; IPv4 ranges use the lower 32 bits of {@code lo} only. */
  private record Range(long hi, long lo, long endHi, long endLo, int country) {}

  private static final Comparator<Range> BY_START_THEN_WIDEST =
      (a, b) -> {
        int byStart = compare(a.hi, a.lo, b.hi, b.lo);
        return byStart != 0 ? byStart : compare(b.endHi, b.endLo, a.endHi, a.endLo);
      };

  /** Reads {@code first,last,CC} lines of IPv4 or IPv6 addresses; blank lines are skipped. */
  public CountryTableBuilder addCsv(BufferedReader csv) throws IOException {
    AddressParser first = new AddressParser();
    AddressParser last = new AddressParser();
    String line;
    int number = 0;
    while ((line = csv.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      String[] fields = line.split(",");
      if (fields.length != 3 || !first.parse(fields[0].strip()) || !last.parse(fields[1].strip())) {
        throw new IOException("Line " + number + " is not first,last,CC: " + line);
      }
      boolean isV4 = fields[0].indexOf(':') < 0;
      if (isV4 != (fields[1].indexOf(':') < 0)) {
        throw new IOException("Line " + number + " mixes IPv4 and IPv6: " + line);
      }
      try {
        if (isV4) {
          addIpv4((int) first.lo(), (int) last.lo(), fields[2].strip());
        } else {
          addIpv6(first.hi(), first.lo(), last.hi(), last.lo(), fields[2].strip());
        }
      } catch (IllegalArgumentException e) {
        throw new IOException("Line " + number + ": " + e.getMessage(), e);
      }
    }
    return this;
  }

  public CountryTableBuilder addIpv4(int first, int last, String country) {
    long from = first & 0xffff_ffffL;
    long to = last & 0xffff_ffffL;
    if (to < from) {
      throw new IllegalArgumentException("Range ends before it starts");
    }
    v4.add(new Range(0, from, 0, to, index(country)));
    return this;
  }

  public CountryTableBuilder addIpv6(
      long firstHi, long firstLo, long lastHi, long lastLo, String country) {
    if (compare(lastHi, lastLo, firstHi, firstLo) < 0) {
      throw new IllegalArgumentException("Range ends before it starts");
    }
    v6.add(new Range(firstHi, firstLo, lastHi, lastLo, index(country)));
    return this;
  }

  private int index(String country) {
    if (country.length() != 2
        || !Character.isLetter(country.charAt(0))
        || !Character.isLetter(country.charAt(1))) {
      throw new IllegalArgumentException("Not a country code: " + country);
    }
    return countryIndex.computeIfAbsent(
        country.toUpperCase(Locale.ROOT),
        code -> {
          if (codes.size() == 255) {
            throw new IllegalArgumentException("More than 254 countries");
          }
          codes.add(code);
          return codes.size() - 1;
        });
  }

  public CountryTable build(String description) {
    Points points4 = sweep(v4, 0, 0xffff_ffffL);
    Points points6 = sweep(v6, -1L, -1L);
    int[] v4Starts = new int[points4.size];
    for (int i = 0; i < points4.size; i++) {
      v4Starts[i] = (int) points4.lo[i];
    }
    return new CountryTable(
        codes.toArray(String[]::new),
        v4Starts,
        Arrays.copyOf(points4.country, points4.size),
        Arrays.copyOf(points6.hi, points6.size),
        Arrays.copyOf(points6.lo, points6.size),
        Arrays.copyOf(points6.country, points6.size),
        description);
  }

  /**
   * The start points of the flattened ranges: each range on a stack of the ranges enclosing it;
   * when a range ends, the one below it on the stack (if it reaches further) resumes, else a gap
   * starts.
   */
  private static Points sweep(List<Range> input, long maxHi, long maxLo) {
    List<Range> ranges = new ArrayList<>(input);
    ranges.sort(BY_START_THEN_WIDEST);
    Points points = new Points(ranges.size() * 2 + 1);
    Deque<Range> open = new ArrayDeque<>();
    for (Range range : ranges) {
      closeBefore(open, range.hi, range.lo, points, maxHi, maxLo);
      // ranges ending within this one are hidden by it from here on
      while (!open.isEmpty()
          && compare(open.peek().endHi, open.peek().endLo, range.endHi, range.endLo) <= 0) {
        open.pop();
      }
      points.add(range.hi, range.lo, range.country);
      open.push(range);
    }
    closeBefore(open, maxHi, maxLo, points, maxHi, maxLo);
    while (!open.isEmpty()) {
      Range last = open.pop();
      if (last.endHi != maxHi || last.endLo != maxLo) {
        long nextLo = last.endLo + 1;
        points.add(nextLo == 0 ? last.endHi + 1 : last.endHi, nextLo, 0);
      }
    }
    return points;
  }

  /** Ends every open range that ends before {@code hi:lo}, resuming the ones below it. */
  private static void closeBefore(
      Deque<Range> open, long hi, long lo, Points points, long maxHi, long maxLo) {
    while (!open.isEmpty() && compare(open.peek().endHi, open.peek().endLo, hi, lo) < 0) {
      Range ended = open.pop();
      long nextLo = ended.endLo + 1;
      long nextHi = nextLo == 0 ? ended.endHi + 1 : ended.endHi;
      while (!open.isEmpty()
          && compare(open.peek().endHi, open.peek().endLo, ended.endHi, ended.endLo) <= 0) {
        open.pop();
      }
      points.add(nextHi, nextLo, open.isEmpty() ? 0 : open.peek().country);
    }
  }

  private static int compare(long aHi, long aLo, long bHi, long bLo) {
    int byHi = Long.compareUnsigned(aHi, bHi);
    return byHi != 0 ? byHi : Long.compareUnsigned(aLo, bLo);
  }

  /** Start points with their country; a point at the same start replaces the previous one. */
  private static final class Points {
    long[] hi;
    long[] lo;
    byte[] country;
    int size;

    Points(int capacity) {
      hi = new long[capacity];
      lo = new long[capacity];
      country = new byte[capacity];
    }

    void add(long startHi, long startLo, int countryIndex) {
      if (size > 0 && hi[size - 1] == startHi && lo[size - 1] == startLo) {
        size--; // a later point at the same address wins
      }
      if (size > 0 && (country[size - 1] & 0xff) == countryIndex) {
        return; // the same country continues
      }
      if (size == 0 && countryIndex == 0) {
        return; // no leading gap: below the first range there is nothing anyway
      }
      if (size == hi.length) {
        hi = Arrays.copyOf(hi, size * 2);
        lo = Arrays.copyOf(lo, size * 2);
        country = Arrays.copyOf(country, size * 2);
      }
      hi[size] = startHi;
      lo[size] = startLo;
      country[size] = (byte) countryIndex;
      size++;
    }
  }
}
