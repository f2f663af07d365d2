package jp.zairyu.infrastructure.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import jp.zairyu.domain.model.access.AddressParser;
import jp.zairyu.domain.model.access.IpAddress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled table against addresses sampled from the data set it was built from: the first,
 * middle and last address of 300 IPv4 and 300 IPv6 ranges (written by {@code regenerate.sh} into
 * {@code geo/samples.csv}, together with the table).
 */
class CountryTableDataSetTest {

  private static CountryTable table;

  @BeforeAll
  static void load() {
    table = ReloadingCountryTable.bundled();
  }

  static Stream<Arguments> samples() throws IOException {
    try (InputStream in = CountryTableDataSetTest.class.getResourceAsStream("/geo/samples.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(line -> !line.startsWith("#") && !line.isBlank())
              .map(line -> line.split(","))
              .map(fields -> Arguments.of(fields[0], fields[1]))
              .toList()
              .stream();
    }
  }

  @ParameterizedTest(name = "{0} is in {1}")
  @MethodSource("samples")
  void everySampledAddressIsInItsCountry(String address, String country) {
    IpAddress ip = IpAddress.of(address);

    assertThat(table.country(ip.hi(), ip.lo())).isEqualTo(country);
    if (ip.isIpv4()) {
      assertThat(table.countryOfIpv4(ip.ipv4())).isEqualTo(country);
      IpAddress mapped = IpAddress.of("::ffff:" + address);
      assertThat(table.country(mapped.hi(), mapped.lo())).isEqualTo(country);
    }
  }

  @Test
  void thereAreHundredsOfSamplesOfBothFamilies() throws IOException {
    List<Arguments> samples = samples().toList();
    long ipv6 = samples.stream().filter(a -> a.get()[0].toString().contains(":")).count();

    assertThat(samples).hasSizeGreaterThanOrEqualTo(1800);
    assertThat(ipv6).isGreaterThanOrEqualTo(900);
  }

  @Test
  void theWholeWorldIsThere() {
    assertThat(table.ipv4Ranges()).isGreaterThan(100_000);
    assertThat(table.ipv6Ranges()).isGreaterThan(100_000);
    assertThat(table.countries()).contains("JP", "US", "CN", "DE", "KR", "BR");
    assertThat(table.description()).startsWith("@ip-location-db/geo-whois-asn-country@");
  }

  @Test
  void wellKnownJapaneseAndForeignAddresses() {
    assertThat(table.country(0, 0xffff_0000_0000L | 0x850b0001L)).isEqualTo("JP"); // 133.11.0.1
    IpAddress google = IpAddress.of("8.8.8.8");
    assertThat(table.country(google.hi(), google.lo())).isEqualTo("US");
    assertThat(table.country(0, 1)).as("::1 is in no country").isNull();
  }

  @Test
  void theDirectIndexAnswersAsASearchOfTheRangesWould() {
    int ranges = table.ipv4Ranges();
    long[] starts = new long[ranges];
    for (int i = 0; i < ranges; i++) {
      starts[i] = table.ipv4Start(i) & 0xffff_ffffL;
    }
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    for (int probe = 0; probe < 1_000_000; probe++) {
      int address =
          probe % 2 == 0
              ? random.nextInt()
              : (int) starts[random.nextInt(ranges)] + random.nextInt(3) - 1;
      int i = Arrays.binarySearch(starts, address & 0xffff_ffffL);
      int range = i >= 0 ? i : -i - 2;
      String expected = range < 0 ? null : code(range);
      assertThat(table.countryOfIpv4(address)).as("%08x", address).isEqualTo(expected);
    }
  }

  private static String code(int range) {
    int index = table.ipv4Country(range);
    return index == 0 ? null : table.countries()[index - 1];
  }

  @Test
  void lookupsDoNotAllocate() {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long threadId = Thread.currentThread().getId();
    String[] addresses = {"133.11.0.1", "8.8.8.8", "2400:4050::1", "2a00:1450::1", "1.1.1.1"};
    long[] his = new long[addresses.length];
    long[] los = new long[addresses.length];
    for (int i = 0; i < addresses.length; i++) {
      IpAddress ip = IpAddress.of(addresses[i]);
      his[i] = ip.hi();
      los[i] = ip.lo();
    }
    AddressParser parser = new AddressParser();
    int found = 0;
    for (int round = 0; round < 2; round++) { // the first round warms up
      long before = threads.getThreadAllocatedBytes(threadId);
      for (int i = 0; i < 200_000; i++) {
        int k = i % addresses.length;
        found += table.country(his[k], los[k]) != null ? 1 : 0;
        if (parser.parse(addresses[k])) {
          found += table.country(parser.hi(), parser.lo()) != null ? 1 : 0;
        }
      }
      long allocated = threads.getThreadAllocatedBytes(threadId) - before;
      if (round == 1) {
        // a little slack for the measurement itself, far below one object per lookup
        assertThat(allocated).as("bytes allocated by 400,000 lookups").isLessThan(4096);
      }
    }
    assertThat(found).isPositive();
    assertThat(Arrays.asList(addresses)).hasSize(5);
  }
}
