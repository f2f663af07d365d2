package jp.zairyu.bench;

import com.maxmind.db.CHMCache;
import com.maxmind.db.MaxMindDbConstructor;
import com.maxmind.db.MaxMindDbParameter;
import com.maxmind.db.NoCache;
import com.maxmind.db.Reader;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import jp.zairyu.domain.model.access.AddressParser;
import jp.zairyu.infrastructure.geo.CountryTable;
import jp.zairyu.infrastructure.geo.ReloadingCountryTable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Country lookups on the full world data set (geo-whois-asn-country, the version bundled in
 * ejb-core), with random addresses drawn from its ranges: our {@link CountryTable} against
 * MaxMind's {@link Reader} on the same ranges as {@code .mmdb}, without a cache (its default) and
 * with its {@link CHMCache}.
 *
 * <p>Each invocation looks up {@value #BATCH} consecutive addresses of a shuffled set of {@value
 * #ADDRESSES}, so the sampled time per invocation is long enough to measure; JMH divides by the
 * batch, so the reported percentiles (p0.50 is the median) and {@code gc.alloc.rate.norm} are per
 * lookup.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class Lookup {

  static final int ADDRESSES = 1 << 16;
  static final int BATCH = 1024;

  @Param({"ipv4", "ipv6"})
  public String family;

  private CountryTable table;
  private Reader maxmind;
  private Reader maxmindCached;
  private Addresses addresses;
  private final AddressParser parser = new AddressParser();
  private int cursor;

  /** The decoded record of the .mmdb: {@code {"country_code": "JP"}}. */
  public static final class Country {
    final String code;

    @MaxMindDbConstructor
    public Country(@MaxMindDbParameter(name = "country_code") String code) {
      this.code = code;
    }
  }

  @Setup(Level.Trial)
  public void load() throws IOException {
    Path data = Path.of(System.getProperty("bench.data", "data"));
    table = ReloadingCountryTable.bundled();
    File mmdb = data.resolve("geo-whois-asn-country.mmdb").toFile();
    maxmind = new Reader(mmdb, NoCache.getInstance());
    maxmindCached = new Reader(mmdb, new CHMCache());
    addresses =
        Addresses.drawn(
            data.resolve("geo-whois-asn-country-" + family + ".csv"), ADDRESSES, 20260617L);
    checkBothAgree();
  }

  /** Both readers must answer alike, or the comparison means nothing. */
  private void checkBothAgree() throws IOException {
    int differ = 0;
    for (int i = 0; i < ADDRESSES; i++) {
      String ours = table.country(addresses.hi[i], addresses.lo[i]);
      Country theirs = maxmind.get(addresses.inet[i], Country.class);
      String theirCode = theirs == null ? null : theirs.code;
      if (ours == null ? theirCode != null : !ours.equals(theirCode)) {
        differ++;
      }
    }
    System.out.printf(
        "%n%s: %d random addresses, %d answered differently by the two readers (%s)%n",
        family, ADDRESSES, differ, table.description());
    if (differ > ADDRESSES / 100) {
      throw new IllegalStateException("The readers disagree on " + differ + " addresses");
    }
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    maxmind.close();
    maxmindCached.close();
  }

  private int next() {
    int start = cursor;
    cursor = (cursor + BATCH) & (ADDRESSES - 1);
    return start;
  }

  /** Our table, from the address's 128 bits (what the access rules call per request). */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void zairyu(Blackhole sink) {
    long[] hi = addresses.hi;
    long[] lo = addresses.lo;
    for (int i = next(), end = i + BATCH; i < end; i++) {
      sink.consume(table.country(hi[i], lo[i]));
    }
  }

  /** Our table, parsing the textual address first (as from getRemoteAddr()), reusing a parser. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void zairyuFromText(Blackhole sink) {
    String[] text = addresses.text;
    for (int i = next(), end = i + BATCH; i < end; i++) {
      sink.consume(parser.parse(text[i]) ? table.country(parser.hi(), parser.lo()) : null);
    }
  }

  /** MaxMind's reader as it comes (no cache), from an InetAddress. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void maxmind(Blackhole sink) throws IOException {
    for (int i = next(), end = i + BATCH; i < end; i++) {
      sink.consume(maxmind.get(addresses.inet[i], Country.class));
    }
  }

  /** MaxMind's reader with its concurrent-map cache of decoded records. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void maxmindCached(Blackhole sink) throws IOException {
    for (int i = next(), end = i + BATCH; i < end; i++) {
      sink.consume(maxmindCached.get(addresses.inet[i], Country.class));
    }
  }
}
