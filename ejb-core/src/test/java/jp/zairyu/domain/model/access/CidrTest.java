package jp.zairyu.domain.model.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CidrTest {

  @ParameterizedTest
  @CsvSource({
    "10.0.0.0/8, 10.0.0.0, true",
    "10.0.0.0/8, 10.255.255.255, true",
    "10.0.0.0/8, 11.0.0.0, false",
    "10.0.0.0/8, 9.255.255.255, false",
    "10.0.0.0/8, ::ffff:10.1.2.3, true",
    "10.1.2.3/8, 10.200.0.1, true",
    "192.168.1.0/24, 192.168.1.77, true",
    "192.168.1.0/24, 192.168.2.1, false",
    "127.0.0.1, 127.0.0.1, true",
    "127.0.0.1, 127.0.0.2, false",
    "127.0.0.1/32, 127.0.0.1, true",
    "0.0.0.0/0, 203.0.113.9, true",
    "0.0.0.0/0, 2001:db8::1, false",
    "::/0, 2001:db8::1, true",
    "::/0, 203.0.113.9, true",
    "::1, ::1, true",
    "::1, ::2, false",
    "::1/128, 0:0:0:0:0:0:0:1, true",
    "2001:db8::/32, 2001:db8:ffff::1, true",
    "2001:db8::/32, 2001:db9::1, false",
    "2001:db8:1::/48, 2001:db8:1:ffff:ffff:ffff:ffff:ffff, true",
    "2001:db8:0:0:8000::/65, 2001:db8::8000:0:0:1, true",
    "2001:db8:0:0:8000::/65, 2001:db8::7fff:0:0:1, false",
    "fe80::/10, fe80::1%eth0, true",
    "::ffff:0:0/96, 1.2.3.4, true",
    "fc00::/7, fd12:3456::1, true"
  })
  void containsItsAddressesOnly(String block, String address, boolean contained) {
    assertThat(Cidr.parse(block).contains(IpAddress.of(address))).isEqualTo(contained);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "10.0.0.0/", "10.0.0.0/33", "::/129", "10.0.0.0/-1", "10.0.0/8", "x/8", "1/1"})
  void refusesWhatIsNoBlock(String text) {
    assertThatThrownBy(() -> Cidr.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void listsParseCommaOrSpaceSeparatedBlocks() {
    NetworkList list = NetworkList.parse(" 10.0.0.0/8,2001:db8::/32  192.0.2.1 ");

    assertThat(list.contains(IpAddress.of("10.9.9.9"))).isTrue();
    assertThat(list.contains(IpAddress.of("2001:db8::5"))).isTrue();
    assertThat(list.contains(IpAddress.of("192.0.2.1"))).isTrue();
    assertThat(list.contains(IpAddress.of("192.0.2.2"))).isFalse();
    assertThat(list).hasToString("10.0.0.0/8, 2001:db8:0:0:0:0:0:0/32, 192.0.2.1/32");
    assertThat(NetworkList.parse("").isEmpty()).isTrue();
    assertThat(NetworkList.parse(null).isEmpty()).isTrue();
  }

  @Test
  void aListWithOneBadEntryIsRefusedWhole() {
    assertThatThrownBy(() -> NetworkList.parse("10.0.0.0/8, 10.0.0.0/40"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("10.0.0.0/40");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1",
        "127.255.0.1",
        "10.1.1.1",
        "172.16.0.1",
        "172.31.255.254",
        "192.168.0.1",
        "169.254.1.1",
        "100.64.0.1",
        "::1",
        "fd00::1",
        "fe80::1",
        "::ffff:127.0.0.1",
        "::ffff:192.168.1.1"
      })
  void localAddresses(String address) {
    assertThat(NetworkList.LOCAL.contains(IpAddress.of(address))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"172.32.0.1", "8.8.8.8", "133.11.0.1", "2001:db8::1", "::2"})
  void publicAddresses(String address) {
    assertThat(NetworkList.LOCAL.contains(IpAddress.of(address))).isFalse();
  }
}
