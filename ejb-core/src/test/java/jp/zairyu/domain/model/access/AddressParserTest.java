package jp.zairyu.domain.model.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressParserTest {

  @ParameterizedTest
  @CsvSource({
    // text, hi (hex), lo (hex)
    "0.0.0.0, 0, ffff00000000",
    "127.0.0.1, 0, ffff7f000001",
    "255.255.255.255, 0, ffffffffffff",
    "133.11.0.1, 0, ffff850b0001",
    "::ffff:133.11.0.1, 0, ffff850b0001",
    "::FFFF:850b:1, 0, ffff850b0001",
    "0:0:0:0:0:ffff:850b:0001, 0, ffff850b0001",
    "::, 0, 0",
    "::1, 0, 1",
    "0:0:0:0:0:0:0:1, 0, 1",
    "2001:db8::, 20010db800000000, 0",
    "2001:db8::1, 20010db800000000, 1",
    "2001:DB8:0:0:8:800:200C:417A, 20010db800000000, 80800200c417a",
    "2001:db8:0:0:8:800:200c:417a, 20010db800000000, 80800200c417a",
    "2001:db8::8:800:200c:417a, 20010db800000000, 80800200c417a",
    "ff01::101, ff01000000000000, 101",
    "fe80::1%eth0, fe80000000000000, 1",
    "fe80::1%25, fe80000000000000, 1",
    "1:2:3:4:5:6:7::, 1000200030004, 5000600070000",
    "::2:3:4:5:6:7:8, 200030004, 5000600070008",
    "1::8, 1000000000000, 8",
    "64:ff9b::192.0.2.33, 64ff9b00000000, c0000221",
    "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff, ffffffffffffffff, ffffffffffffffff"
  })
  void parsesValidAddresses(String text, String hi, String lo) {
    AddressParser parser = new AddressParser();

    assertThat(parser.parse(text)).isTrue();
    assertThat(Long.toHexString(parser.hi())).isEqualTo(hi);
    assertThat(Long.toHexString(parser.lo())).isEqualTo(lo);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "1",
        "1.2.3",
        "1.2.3.4.5",
        "256.1.1.1",
        "1.2.3.-4",
        "01.2.3.4",
        "1.2.3.04",
        "1..3.4",
        "1.2.3.4.",
        ".1.2.3",
        "1.2.3.4 ",
        "1.2.3.4:80",
        "1234.1.1.1",
        "a.b.c.d",
        ":",
        ":::",
        "1:::2",
        "1::2::3",
        "1:2:3:4:5:6:7:8:9",
        "1:2:3:4:5:6:7",
        "1:2:3:4:5:6:7:8::",
        "::1:2:3:4:5:6:7:8",
        "12345::",
        "g::1",
        "1:",
        ":1",
        "1::2:",
        "fe80::1%",
        "[::1]",
        "::ffff:1.2.3",
        "::ffff:256.1.1.1",
        "1:2:3:4:5:6:7:1.2.3.4",
        "1.2.3.4::",
        "unknown",
        "_hidden",
        "２.２.２.２",
        "２::1"
      })
  void refusesEverythingElse(String text) {
    assertThat(new AddressParser().parse(text)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"x133.11.0.1y, 1, 11", "[2001:db8::1]:80, 1, 12"})
  void parsesAPartOfTheText(String text, int from, int to) {
    AddressParser parser = new AddressParser();

    assertThat(parser.parse(text, from, to)).isTrue();
    assertThat(new IpAddress(parser.hi(), parser.lo()))
        .isEqualTo(IpAddress.of(text.substring(from, to)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"133.11.0.1", "2001:db8:0:0:8:800:200c:417a", "0:0:0:0:0:0:0:1"})
  void printsWhatItParses(String text) {
    assertThat(IpAddress.of(text)).hasToString(text);
  }
}
