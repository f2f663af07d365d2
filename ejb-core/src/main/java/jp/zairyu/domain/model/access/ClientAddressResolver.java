package jp.zairyu.domain.model.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who the client is. The direct peer (the TCP connection's address) is the client, unless it is one
 * of the trusted proxies: then the forwarding header the proxies write is read from the right, hop
 * by hop, and the first hop that is not itself a trusted proxy is the client. Whatever stands to
 * the left of that hop was written by the client and is never looked at, so a client cannot make
 * itself somebody else by sending the header itself.
 *
 * <p>When the right-most untrusted hop cannot be read ({@code unknown}, an obfuscated identifier
 * such as {@code _hidden}, garbage, a header too long or with too many hops), the client is
 * unidentifiable: {@link #resolve} answers empty and the caller refuses. A malformed header never
 * throws.
 */
public final class ClientAddressResolver {

  /** More hops than any real chain of proxies has; a longer header is refused. */
  static final int MAX_HOPS = 32;

  /** Longer than any real header (servers cap a header line at about 8 KiB anyway). */
  static final int MAX_LENGTH = 8192;

  private final NetworkList trustedProxies;
  private final ForwardingHeader header;

  public ClientAddressResolver(NetworkList trustedProxies, ForwardingHeader header) {
    this.trustedProxies = trustedProxies;
    this.header = header;
  }

  public ForwardingHeader header() {
    return header;
  }

  /**
   * The client of a request.
   *
   * @param peer the direct peer's address, as the servlet container reports it
   * @param headerValues every value of the configured forwarding header, in the order received
   *     (several header lines are one list)
   * @return the client, or empty when it cannot be identified
   */
  public Optional<IpAddress> resolve(String peer, List<String> headerValues) {
    Optional<IpAddress> direct = IpAddress.parse(peer);
    if (direct.isEmpty() || !trustedProxies.contains(direct.get())) {
      return direct;
    }
    if (headerValues == null || headerValues.isEmpty()) {
      return direct;
    }
    String joined = String.join(",", headerValues);
    if (joined.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    List<String> hops = header == ForwardingHeader.FORWARDED ? forwardedFor(joined) : split(joined);
    if (hops == null || hops.size() > MAX_HOPS) {
      return Optional.empty();
    }
    if (hops.isEmpty()) {
      return direct;
    }
    for (int i = hops.size() - 1; i >= 0; i--) {
      Optional<IpAddress> hop = node(hops.get(i));
      if (hop.isEmpty()) {
        return Optional.empty();
      }
      if (!trustedProxies.contains(hop.get())) {
        return hop;
      }
    }
    // every hop is a trusted proxy: the left-most one made the request
    return node(hops.get(0));
  }

  /** The comma-separated elements of X-Forwarded-For; empty elements count as unreadable hops. */
  private static List<String> split(String value) {
    List<String> hops = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= value.length(); i++) {
      if (i == value.length() || value.charAt(i) == ',') {
        hops.add(value.substring(start, i).strip());
        start = i + 1;
        if (hops.size() > MAX_HOPS) {
          return hops;
        }
      }
    }
    if (hops.size() == 1 && hops.get(0).isEmpty()) {
      return List.of();
    }
    return hops;
  }

  /**
   * The {@code for} value of each element of a Forwarded header (RFC 7239 section 4), or null when
   * the header is malformed. An element without {@code for} is an unreadable hop ("").
   */
  static List<String> forwardedFor(String value) {
    List<String> hops = new ArrayList<>();
    String forValue = null;
    int i = 0;
    int n = value.length();
    boolean sawPair = false;
    while (true) {
      i = skipSpace(value, i);
      if (i >= n) {
        break;
      }
      char c = value.charAt(i);
      if (c == ',' || c == ';') {
        if (c == ',') {
          if (!sawPair) {
            return null; // an empty element
          }
          hops.add(forValue == null ? "" : forValue);
          forValue = null;
          sawPair = false;
        }
        i++;
        continue;
      }
      int nameStart = i;
      while (i < n && isTokenChar(value.charAt(i))) {
        i++;
      }
      if (i == nameStart || i >= n || value.charAt(i) != '=') {
        return null;
      }
      String name = value.substring(nameStart, i);
      i++;
      String pairValue;
      if (i < n && value.charAt(i) == '"') {
        StringBuilder quoted = new StringBuilder();
        i++;
        boolean closed = false;
        while (i < n) {
          char q = value.charAt(i++);
          if (q == '\\' && i < n) {
            quoted.append(value.charAt(i++));
          } else if (q == '"') {
            closed = true;
            break;
          } else {
            quoted.append(q);
          }
        }
        if (!closed) {
          return null;
        }
        pairValue = quoted.toString();
      } else {
        int valueStart = i;
        while (i < n && isTokenChar(value.charAt(i))) {
          i++;
        }
        pairValue = value.substring(valueStart, i);
        if (pairValue.isEmpty()) {
          return null;
        }
      }
      i = skipSpace(value, i);
      if (i < n && value.charAt(i) != ',' && value.charAt(i) != ';') {
        return null;
      }
      if (name.equalsIgnoreCase("for")) {
        if (forValue != null) {
          return null; // "for" twice in one element
        }
        forValue = pairValue;
      }
      sawPair = true;
      if (hops.size() > MAX_HOPS) {
        return hops;
      }
    }
    if (sawPair) {
      hops.add(forValue == null ? "" : forValue);
    } else if (!hops.isEmpty()) {
      return null; // a trailing comma
    }
    return hops;
  }

  /**
   * A node: {@code 192.0.2.1}, {@code 192.0.2.1:4711}, {@code [2001:db8::1]}, {@code
   * [2001:db8::1]:4711} or a bare IPv6 address. {@code unknown}, obfuscated identifiers and
   * anything else are unreadable.
   */
  static Optional<IpAddress> node(String text) {
    String node = text.strip();
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (node.charAt(0) == '[') {
      int close = node.indexOf(']');
      if (close < 0 || !isPortSuffix(node, close + 1)) {
        return Optional.empty();
      }
      String inner = node.substring(1, close);
      return inner.indexOf(':') < 0 ? Optional.empty() : IpAddress.parse(inner);
    }
    int colon = node.indexOf(':');
    if (colon >= 0 && colon == node.lastIndexOf(':')) {
      // IPv4 with a port
      return isPortSuffix(node, colon)
          ? IpAddress.parse(node.substring(0, colon))
          : Optional.empty();
    }
    return IpAddress.parse(node);
  }

  /** Nothing, or ":" and 1–5 digits (RFC 7239 node-port), from {@code at} to the end. */
  private static boolean isPortSuffix(String node, int at) {
    if (at == node.length()) {
      return true;
    }
    int digits = node.length() - at - 1;
    if (node.charAt(at) != ':' || digits < 1 || digits > 5) {
      return false;
    }
    for (int i = at + 1; i < node.length(); i++) {
      if (node.charAt(i) < '0' || node.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static int skipSpace(String value, int i) {
    while (i < value.length() && (value.charAt(i) == ' ' || value.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /** RFC 7230 tchar. */
  private static boolean isTokenChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
  }
}
