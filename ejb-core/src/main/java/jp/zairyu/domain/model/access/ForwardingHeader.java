package jp.zairyu.domain.model.access;

/**
 * The header in which the trusted proxies record the client: configure the one they write, since a
 * header the proxies merely pass on is written by the client and proves nothing.
 */
public enum ForwardingHeader {
  /** {@code X-Forwarded-For: client, proxy1, proxy2} (de-facto standard; most load balancers). */
  X_FORWARDED_FOR("X-Forwarded-For"),
  /** {@code Forwarded: for=client, for="[2001:db8::1]:4711"} (RFC 7239). */
  FORWARDED("Forwarded");

  private final String headerName;

  ForwardingHeader(String headerName) {
    this.headerName = headerName;
  }

  public String headerName() {
    return headerName;
  }

  /** {@code X-Forwarded-For} or {@code Forwarded}, in any case. */
  public static ForwardingHeader byName(String name) {
    for (ForwardingHeader header : values()) {
      if (header.headerName.equalsIgnoreCase(name.strip())) {
        return header;
      }
    }
    throw new IllegalArgumentException(
        "Unknown forwarding header " + name + " (X-Forwarded-For or Forwarded)");
  }
}
