package jp.zairyu.domain.model.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClientAddressResolverTest {

  private static final NetworkList PROXIES = NetworkList.parse("127.0.0.1/32, 10.0.0.0/24, ::1");

  private final ClientAddressResolver xff =
      new ClientAddressResolver(PROXIES, ForwardingHeader.X_FORWARDED_FOR);
  private final ClientAddressResolver forwarded =
      new ClientAddressResolver(PROXIES, ForwardingHeader.FORWARDED);

  /** Header lines separated by "|"; "-" for no header; expected "-" for unidentified. */
  @ParameterizedTest(name = "[{index}] peer {0}, X-Forwarded-For {1} -> {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        // no proxy in between: the header is the client's own and ignored
        "203.0.113.7; 133.11.0.1; 203.0.113.7",
        "203.0.113.7; -; 203.0.113.7",
        "2001:db8::7; 133.11.0.1; 2001:db8::7",
        "10.0.1.1; 133.11.0.1; 10.0.1.1",
        // a trusted proxy: the right-most hop that is not a proxy
        "127.0.0.1; 133.11.0.1; 133.11.0.1",
        "127.0.0.1; 203.0.113.7, 133.11.0.1; 133.11.0.1",
        "127.0.0.1; 203.0.113.7, 133.11.0.1, 10.0.0.5; 133.11.0.1",
        "10.0.0.9; 133.11.0.1, 10.0.0.5, 127.0.0.1; 133.11.0.1",
        "::1; 2001:db8::1; 2001:db8::1",
        "0:0:0:0:0:0:0:1; 2001:db8::1; 2001:db8::1",
        "127.0.0.1; 2400:4050::1; 2400:4050:0:0:0:0:0:1",
        "127.0.0.1; [2001:db8::1]; 2001:db8::1",
        "127.0.0.1; [2001:db8::1]:4711; 2001:db8::1",
        "127.0.0.1; 133.11.0.1:4711; 133.11.0.1",
        "127.0.0.1; ::ffff:133.11.0.1; 133.11.0.1",
        "127.0.0.1; fe80::1%eth0; fe80::1",
        "127.0.0.1;   133.11.0.1  ; 133.11.0.1",
        // several header lines are one list, in order
        "127.0.0.1; 203.0.113.7|133.11.0.1; 133.11.0.1",
        "127.0.0.1; 133.11.0.1|203.0.113.7; 203.0.113.7",
        // spoofing: whatever the client wrote stays left of the hop the proxy added
        "127.0.0.1; 127.0.0.1, 203.0.113.7; 203.0.113.7",
        "127.0.0.1; 10.0.0.1, 203.0.113.7; 203.0.113.7",
        "127.0.0.1; 133.11.0.1, 203.0.113.7; 203.0.113.7",
        "127.0.0.1; garbage, 203.0.113.7; 203.0.113.7",
        "127.0.0.1; unknown, 203.0.113.7; 203.0.113.7",
        // the proxy forwarded without a header: the proxy itself is the client
        "127.0.0.1; -; 127.0.0.1",
        "127.0.0.1; ''; 127.0.0.1",
        // every hop a proxy: the left-most
        "127.0.0.1; 10.0.0.5, 10.0.0.6; 10.0.0.5",
        // unreadable right-most hop: unidentified, never the proxy
        "127.0.0.1; unknown; -",
        "127.0.0.1; 203.0.113.7, unknown; -",
        "127.0.0.1; _hidden; -",
        "127.0.0.1; 133.11.0.1, ; -",
        "127.0.0.1; 133.11.0.1,,10.0.0.5; -",
        "127.0.0.1; 999.1.1.1; -",
        "127.0.0.1; [2001:db8::1; -",
        "127.0.0.1; [133.11.0.1]; -",
        "127.0.0.1; 2001:db8::1]; -",
        "127.0.0.1; [2001:db8::1]:x; -",
        "127.0.0.1; 133.11.0.1:123456; -",
        "127.0.0.1; <script>; -",
        "127.0.0.1; 133.11.0.1 203.0.113.7; -",
        // a peer that is no address at all
        "garbage; 133.11.0.1; -",
        "''; 133.11.0.1; -"
      })
  void xForwardedFor(String peer, String header, String expected) {
    assertThat(xff.resolve(peer, lines(header))).isEqualTo(address(expected));
  }

  @ParameterizedTest(name = "[{index}] peer {0}, Forwarded {1} -> {2}")
  @CsvSource(
      delimiter = '#',
      value = {
        "203.0.113.7# for=133.11.0.1# 203.0.113.7",
        "127.0.0.1# for=133.11.0.1# 133.11.0.1",
        "127.0.0.1# For=133.11.0.1# 133.11.0.1",
        "127.0.0.1# for=\"133.11.0.1\"# 133.11.0.1",
        "127.0.0.1# for=\"[2001:db8:cafe::17]:4711\"# 2001:db8:cafe::17",
        "127.0.0.1# for=\"[2001:db8:cafe::17]\"# 2001:db8:cafe::17",
        "127.0.0.1# for=192.0.2.60;proto=http;by=203.0.113.43# 192.0.2.60",
        "127.0.0.1# proto=https; for=192.0.2.60 ; by=10.0.0.1# 192.0.2.60",
        "127.0.0.1# for=192.0.2.43, for=198.51.100.17# 198.51.100.17",
        "127.0.0.1# for=192.0.2.43, for=10.0.0.5# 192.0.2.43",
        "127.0.0.1# for=192.0.2.43|for=198.51.100.17# 198.51.100.17",
        "127.0.0.1# for=\"_gazonk\", for=198.51.100.17# 198.51.100.17",
        "127.0.0.1# for=\"a,b\", for=198.51.100.17# 198.51.100.17",
        "127.0.0.1# for=\"\\\"q\\\"\", for=198.51.100.17# 198.51.100.17",
        // unreadable: obfuscated, unknown, no for, syntax errors
        "127.0.0.1# for=_hidden# -",
        "127.0.0.1# for=unknown# -",
        "127.0.0.1# for=\"_gazonk\"# -",
        "127.0.0.1# proto=https# -",
        "127.0.0.1# for=192.0.2.43, proto=https# -",
        "127.0.0.1# for=\"133.11.0.1# -",
        "127.0.0.1# for=# -",
        "127.0.0.1# for=1.2.3.4;for=5.6.7.8# -",
        "127.0.0.1# for=1.2.3.4,# -",
        "127.0.0.1# ,for=1.2.3.4# -",
        "127.0.0.1# for 1.2.3.4# -",
        "127.0.0.1# 133.11.0.1# -",
        "127.0.0.1# for=1.2.3.4 garbage# -",
        "127.0.0.1# for=[2001:db8::1]# -"
      })
  void forwarded(String peer, String header, String expected) {
    assertThat(forwarded.resolve(peer, lines(header))).isEqualTo(address(expected));
  }

  @Test
  void theHeaderOfTheOtherKindIsNeverRead() {
    // configured for X-Forwarded-For, the filter passes only X-Forwarded-For; a client's own
    // Forwarded header therefore never reaches the resolver. Here: the other way round.
    assertThat(forwarded.resolve("127.0.0.1", List.of("133.11.0.1"))).isEmpty();
  }

  @Test
  void tooManyHopsOrTooLongAHeaderLeaveTheClientUnidentified() {
    String many = String.join(",", java.util.Collections.nCopies(40, "10.0.0.5")) + ",133.11.0.1";
    String veryLong = "x".repeat(9000) + ",133.11.0.1";

    assertThat(xff.resolve("127.0.0.1", List.of(many))).isEmpty();
    assertThat(xff.resolve("127.0.0.1", List.of(veryLong))).isEmpty();
    String manyForwarded =
        String.join(",", java.util.Collections.nCopies(40, "for=10.0.0.5")) + ",for=133.11.0.1";
    assertThat(forwarded.resolve("127.0.0.1", List.of(manyForwarded))).isEmpty();
  }

  @Test
  void withoutTrustedProxiesTheHeaderChangesNothing() {
    ClientAddressResolver none =
        new ClientAddressResolver(NetworkList.none(), ForwardingHeader.X_FORWARDED_FOR);

    assertThat(none.resolve("127.0.0.1", List.of("203.0.113.7")))
        .contains(IpAddress.of("127.0.0.1"));
    assertThat(none.resolve("::1", List.of("unknown"))).contains(IpAddress.of("::1"));
  }

  private static List<String> lines(String header) {
    return header == null || header.equals("-") ? List.of() : Arrays.asList(header.split("\\|"));
  }

  private static Optional<IpAddress> address(String expected) {
    return expected.equals("-") ? Optional.empty() : Optional.of(IpAddress.of(expected));
  }
}
