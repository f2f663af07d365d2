package jp.zairyu.infrastructure.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import jp.zairyu.domain.model.access.IpAddress;
import org.junit.jupiter.api.Test;

class CountryTableBuilderTest {

  private static CountryTable table(String csv) throws IOException {
    return new CountryTableBuilder()
        .addCsv(new BufferedReader(new StringReader(csv)))
        .build("test");
  }

  private static String country(CountryTable table, String address) {
    IpAddress ip = IpAddress.of(address);
    return table.country(ip.hi(), ip.lo());
  }

  @Test
  void mergesNeighboursOfOneCountryAndKeepsGaps() throws IOException {
    CountryTable table =
        table(
            """
            1.0.0.0,1.0.0.255,AU
            1.0.1.0,1.0.3.255,AU
            1.0.4.0,1.0.7.255,JP
            1.0.16.0,1.0.31.255,JP
            """);

    assertThat(table.ipv4Ranges()).isEqualTo(5); // AU, JP, gap, JP, the gap after
    assertThat(country(table, "0.255.255.255")).isNull();
    assertThat(country(table, "1.0.0.0")).isEqualTo("AU");
    assertThat(country(table, "1.0.3.255")).isEqualTo("AU");
    assertThat(country(table, "1.0.4.0")).isEqualTo("JP");
    assertThat(country(table, "1.0.7.255")).isEqualTo("JP");
    assertThat(country(table, "1.0.8.0")).isNull();
    assertThat(country(table, "1.0.15.255")).isNull();
    assertThat(country(table, "1.0.16.0")).isEqualTo("JP");
    assertThat(country(table, "1.0.31.255")).isEqualTo("JP");
    assertThat(country(table, "1.0.32.0")).isNull();
    assertThat(country(table, "255.255.255.255")).isNull();
  }

  @Test
  void theMoreSpecificOfOverlappingRangesWins() throws IOException {
    // as in the data set: a single address of another country inside a larger block
    CountryTable table =
        table(
            """
            2.58.196.0,2.58.197.255,DE
            2.58.197.15,2.58.197.15,BE
            2.58.197.16,2.58.197.255,DE
            2.58.198.0,2.58.199.255,FR
            3.0.0.0,3.0.255.255,US
            3.0.0.0,3.0.0.255,JP
            3.0.1.0,3.0.1.255,CA
            """);

    assertThat(country(table, "2.58.197.14")).isEqualTo("DE");
    assertThat(country(table, "2.58.197.15")).isEqualTo("BE");
    assertThat(country(table, "2.58.197.16")).isEqualTo("DE");
    assertThat(country(table, "2.58.198.0")).isEqualTo("FR");
    assertThat(country(table, "3.0.0.0")).isEqualTo("JP");
    assertThat(country(table, "3.0.0.255")).isEqualTo("JP");
    assertThat(country(table, "3.0.1.7")).isEqualTo("CA");
    assertThat(country(table, "3.0.2.0")).isEqualTo("US");
    assertThat(country(table, "3.0.255.255")).isEqualTo("US");
    assertThat(country(table, "3.1.0.0")).isNull();
  }

  @Test
  void ipv6RangesUpToTheLastAddress() throws IOException {
    CountryTable table =
        table(
            """
            2001:2::,2001:2::ffff:ffff:ffff:ffff:ffff,JP
            2001:200::,2001:218:2000:51:ffff:ffff:ffff:ffff,AU
            2001:218:2000:52::,2001:218:2000:52:ffff:ffff:ffff:ffff,JP
            ff00::,ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff,ZZ
            """);

    assertThat(country(table, "2001:1:ffff:ffff:ffff:ffff:ffff:ffff")).isNull();
    assertThat(country(table, "2001:2::")).isEqualTo("JP");
    assertThat(country(table, "2001:2:0:ffff:ffff:ffff:ffff:ffff")).isEqualTo("JP");
    assertThat(country(table, "2001:2:1::")).isNull();
    assertThat(country(table, "2001:218:2000:51:8000::1")).isEqualTo("AU");
    assertThat(country(table, "2001:218:2000:52::1")).isEqualTo("JP");
    assertThat(country(table, "2001:218:2000:53::")).isNull();
    assertThat(country(table, "8000::1")).isNull();
    assertThat(country(table, "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")).isEqualTo("ZZ");
  }

  @Test
  void refusesBrokenLines() {
    assertThatThrownBy(() -> table("1.0.0.0,1.0.0.255\n"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("Line 1");
    assertThatThrownBy(() -> table("1.0.0.0,::1,AU\n")).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> table("1.0.0.9,1.0.0.0,AU\n")).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> table("1.0.0.0,1.0.0.9,JPN\n")).isInstanceOf(IOException.class);
  }

  @Test
  void theFileHoldsTheSameTable() throws IOException {
    CountryTable table =
        table(
            """
            1.0.0.0,1.0.0.255,AU
            1.0.4.0,1.0.7.255,JP
            2001:2::,2001:2::ffff:ffff:ffff:ffff:ffff,JP
            """);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CountryTableFile.write(table, bytes);

    CountryTable read = CountryTableFile.read(new ByteArrayInputStream(bytes.toByteArray()));

    assertThat(read.description()).isEqualTo("test");
    assertThat(read.ipv4Ranges()).isEqualTo(table.ipv4Ranges());
    assertThat(read.ipv6Ranges()).isEqualTo(table.ipv6Ranges());
    for (String address : new String[] {"1.0.0.1", "1.0.1.1", "1.0.5.5", "2001:2::9", "::1"}) {
      assertThat(country(read, address)).isEqualTo(country(table, address));
    }
    assertThatThrownBy(() -> CountryTableFile.read(new ByteArrayInputStream(new byte[10])))
        .isInstanceOf(IOException.class);
  }
}
