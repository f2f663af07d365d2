package jp.zairyu.domain.model.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.zairyu.domain.model.access.AccessDecision.Refusal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccessRulesTest {

  /** 133.0.0.0/8 and 2400::/12 are Japan, 203.0.113.0/24 and 2001:db8::/32 elsewhere. */
  private static final CountryLookup COUNTRIES =
      new CountryLookup() {
        @Override
        public String country(long hi, long lo) {
          IpAddress address = new IpAddress(hi, lo);
          if (Cidr.parse("133.0.0.0/8").contains(address)
              || Cidr.parse("2400::/12").contains(address)) {
            return "JP";
          }
          if (Cidr.parse("203.0.113.0/24").contains(address)) {
            return "US";
          }
          if (Cidr.parse("2001:db8::/32").contains(address)) {
            return "DE";
          }
          return null;
        }

        @Override
        public String description() {
          return "test";
        }
      };

  private static AccessRules rules(String trustedProxies, boolean allowLocal) {
    return new AccessRules(
        new ClientAddressResolver(
            NetworkList.parse(trustedProxies), ForwardingHeader.X_FORWARDED_FOR),
        allowLocal,
        NetworkList.parse("10.20.0.0/16, 127.0.0.0/8, ::1"),
        () -> COUNTRIES);
  }

  @ParameterizedTest(name = "[{index}] proxies {0}, local {1}: {2} via {3}")
  @CsvSource(
      delimiter = ';',
      value = {
        // trusted proxies; allow local; peer; X-Forwarded-For; allowed; refusal; origin
        "''; false; 133.11.0.1; -; true; -; JP",
        "''; false; 2400:4050::1; -; true; -; JP",
        "''; false; ::ffff:133.11.0.1; -; true; -; JP",
        "''; false; 203.0.113.5; -; false; OUTSIDE_JAPAN; US",
        "''; false; 2001:db8::5; -; false; OUTSIDE_JAPAN; DE",
        "''; false; 8.8.8.8; -; false; OUTSIDE_JAPAN; unknown",
        "''; false; 127.0.0.1; -; false; LOCAL_NOT_ALLOWED; local",
        "''; false; 192.168.1.5; -; false; LOCAL_NOT_ALLOWED; local",
        "''; true; 127.0.0.1; -; true; -; local",
        "''; true; ::1; -; true; -; local",
        // without trusted proxies the header changes nothing
        "''; true; 127.0.0.1; 203.0.113.5; true; -; local",
        "''; false; 203.0.113.5; 133.11.0.1; false; OUTSIDE_JAPAN; US",
        // behind a trusted proxy
        "127.0.0.1/32; true; 127.0.0.1; 133.11.0.1; true; -; JP",
        "127.0.0.1/32; true; 127.0.0.1; 203.0.113.5; false; OUTSIDE_JAPAN; US",
        "127.0.0.1/32; true; 127.0.0.1; 2400:4050::1; true; -; JP",
        "127.0.0.1/32; true; 127.0.0.1; 2001:db8::5; false; OUTSIDE_JAPAN; DE",
        "127.0.0.1/32; true; 127.0.0.1; 133.11.0.1, 203.0.113.5; false; OUTSIDE_JAPAN; US",
        "127.0.0.1/32; true; 127.0.0.1; 203.0.113.5, 133.11.0.1; true; -; JP",
        "127.0.0.1/32; true; 127.0.0.1; unknown; false; UNIDENTIFIED_CLIENT; unknown",
        "127.0.0.1/32; true; 127.0.0.1; -; true; -; local",
        "127.0.0.1/32; false; 127.0.0.1; 192.168.0.9; false; LOCAL_NOT_ALLOWED; local",
        "''; false; not-an-address; -; false; UNIDENTIFIED_CLIENT; unknown"
      })
  void portal(
      String proxies,
      boolean allowLocal,
      String peer,
      String header,
      boolean allowed,
      String refusal,
      String origin) {
    AccessDecision decision =
        rules(proxies, allowLocal).portal(peer, header.equals("-") ? List.of() : List.of(header));

    assertThat(decision)
        .isEqualTo(
            new AccessDecision(
                allowed, refusal.equals("-") ? null : Refusal.valueOf(refusal), origin));
  }

  @ParameterizedTest(name = "[{index}] proxies {0}: {1} via {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        "''; 127.0.0.1; -; true; -; internal",
        "''; ::1; -; true; -; internal",
        "''; 10.20.3.4; -; true; -; internal",
        "''; 10.21.3.4; -; false; OUTSIDE_INTERNAL_NETWORKS; local",
        "''; 133.11.0.1; -; false; OUTSIDE_INTERNAL_NETWORKS; JP",
        "''; 203.0.113.5; 10.20.0.1; false; OUTSIDE_INTERNAL_NETWORKS; US",
        "127.0.0.1/32; 127.0.0.1; 203.0.113.5; false; OUTSIDE_INTERNAL_NETWORKS; US",
        "127.0.0.1/32; 127.0.0.1; 10.20.0.1; true; -; internal",
        "127.0.0.1/32; 127.0.0.1; _hidden; false; UNIDENTIFIED_CLIENT; unknown"
      })
  void console(
      String proxies, String peer, String header, boolean allowed, String refusal, String origin) {
    AccessDecision decision =
        rules(proxies, false).console(peer, header.equals("-") ? List.of() : List.of(header));

    assertThat(decision)
        .isEqualTo(
            new AccessDecision(
                allowed, refusal.equals("-") ? null : Refusal.valueOf(refusal), origin));
  }
}
