package jp.zairyu.application;

import static org.assertj.core.api.Assertions.assertThat;

import jp.zairyu.domain.model.access.IpAddress;
import org.junit.jupiter.api.Test;

class ClientThrottleTest {

  @Test
  void anIpv4ClientIsCountedByItsAddressAnIpv6ClientByItsSlash64() {
    assertThat(ClientThrottle.key(IpAddress.of("133.11.0.1"))).isEqualTo("133.11.0.1");
    String one = ClientThrottle.key(IpAddress.of("2400:4050:1:2::1"));
    String sameNetwork = ClientThrottle.key(IpAddress.of("2400:4050:1:2:ffff:ffff:ffff:ffff"));
    String nextNetwork = ClientThrottle.key(IpAddress.of("2400:4050:1:3::1"));
    assertThat(one).isEqualTo(sameNetwork).isEqualTo("2400405000010002::/64");
    assertThat(nextNetwork).isNotEqualTo(one);
  }
}
