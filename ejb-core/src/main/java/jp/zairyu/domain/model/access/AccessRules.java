package jp.zairyu.domain.model.access;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who may reach which front end: the portal only from Japan (loopback and private addresses only
 * when allowed, for local runs and tests), the officer console only from the internal networks. The
 * client is the one {@link ClientAddressResolver} identifies.
 */
public final class AccessRules {

  /** The country the portal serves. */
  public static final String JAPAN = "JP";

  private final ClientAddressResolver clients;
  private final boolean allowLocal;
  private final NetworkList consoleNetworks;
  private final Supplier<? extends CountryLookup> countries;

  /**
   * @param clients identifies the client behind the trusted proxies
   * @param allowLocal whether loopback and private addresses may use the portal
   * @param consoleNetworks where the console may be used from
   * @param countries the current country data (may change while running)
   */
  public AccessRules(
      ClientAddressResolver clients,
      boolean allowLocal,
      NetworkList consoleNetworks,
      Supplier<? extends CountryLookup> countries) {
    this.clients = clients;
    this.allowLocal = allowLocal;
    this.consoleNetworks = consoleNetworks;
    this.countries = countries;
  }

  public ClientAddressResolver clients() {
    return clients;
  }

  /** May this request use the portal? */
  public AccessDecision portal(String peer, List<String> forwardingHeaderValues) {
    Optional<IpAddress> client = clients.resolve(peer, forwardingHeaderValues);
    if (client.isEmpty()) {
      return AccessDecision.refuse(
          AccessDecision.Refusal.UNIDENTIFIED_CLIENT, AccessDecision.UNKNOWN);
    }
    IpAddress address = client.get();
    if (NetworkList.LOCAL.contains(address)) {
      return allowLocal
          ? AccessDecision.allow(AccessDecision.LOCAL)
          : AccessDecision.refuse(AccessDecision.Refusal.LOCAL_NOT_ALLOWED, AccessDecision.LOCAL);
    }
    String country = countries.get().country(address.hi(), address.lo());
    if (JAPAN.equals(country)) {
      return AccessDecision.allow(JAPAN);
    }
    return AccessDecision.refuse(
        AccessDecision.Refusal.OUTSIDE_JAPAN, country == null ? AccessDecision.UNKNOWN : country);
  }

  /** May this request use the officer console? */
  public AccessDecision console(String peer, List<String> forwardingHeaderValues) {
    Optional<IpAddress> client = clients.resolve(peer, forwardingHeaderValues);
    if (client.isEmpty()) {
      return AccessDecision.refuse(
          AccessDecision.Refusal.UNIDENTIFIED_CLIENT, AccessDecision.UNKNOWN);
    }
    IpAddress address = client.get();
    if (consoleNetworks.contains(address)) {
      return AccessDecision.allow(AccessDecision.INTERNAL);
    }
    return AccessDecision.refuse(
        AccessDecision.Refusal.OUTSIDE_INTERNAL_NETWORKS, originOf(address));
  }

  private String originOf(IpAddress address) {
    if (NetworkList.LOCAL.contains(address)) {
      return AccessDecision.LOCAL;
    }
    String country = countries.get().country(address.hi(), address.lo());
    return country == null ? AccessDecision.UNKNOWN : country;
  }
}
