package jp.zairyu.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import jp.zairyu.domain.model.access.AccessDecision;
import jp.zairyu.domain.model.access.AccessRules;
import jp.zairyu.domain.model.access.ClientAddressResolver;
import jp.zairyu.domain.model.access.ForwardingHeader;
import jp.zairyu.domain.model.access.IpAddress;
import jp.zairyu.domain.model.access.NetworkList;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The access decision the front ends' filters ask for every request: the portal only from Japan,
 * the console only from the internal networks (see {@link AccessRules}). Configured by MicroProfile
 * Config when the application starts:
 *
 * <ul>
 *   <li>{@code zairyu.access.trusted-proxies}: CIDRs of the proxies whose forwarding header is
 *       believed (default none: the header is ignored)
 *   <li>{@code zairyu.access.forwarding-header}: {@code X-Forwarded-For} (default) or {@code
 *       Forwarded}, the one those proxies write
 *   <li>{@code zairyu.access.allow-local}: loopback and private addresses may use the portal
 *       (default false; the local run and the test stack set it)
 *   <li>{@code zairyu.access.console-networks}: CIDRs the console is reachable from (default
 *       loopback)
 * </ul>
 *
 * A malformed list stops the deployment rather than open the door. Every refusal is logged with its
 * reason and coarse origin (country code, {@code local}, {@code unknown}), never the address nor
 * the user.
 */
@ApplicationScoped
public class EdgeAccess {

  private static final Logger LOG = Logger.getLogger(EdgeAccess.class.getName());

  @Inject
  @ConfigProperty(name = "zairyu.access.trusted-proxies")
  Optional<String> trustedProxies;

  @Inject
  @ConfigProperty(name = "zairyu.access.forwarding-header", defaultValue = "X-Forwarded-For")
  String forwardingHeader;

  @Inject
  @ConfigProperty(name = "zairyu.access.allow-local", defaultValue = "false")
  boolean allowLocal;

  @Inject
  @ConfigProperty(name = "zairyu.access.console-networks", defaultValue = "127.0.0.0/8, ::1/128")
  String consoleNetworks;

  @Inject CountryData countries;

  private AccessRules rules;

  @PostConstruct
  void configure() {
    ClientAddressResolver clients =
        new ClientAddressResolver(
            NetworkList.parse(trustedProxies.orElse("")),
            ForwardingHeader.byName(forwardingHeader));
    NetworkList console = NetworkList.parse(consoleNetworks);
    rules = new AccessRules(clients, allowLocal, console, countries::current);
    LOG.info(
        () ->
            "Edge access: trusted proxies ["
                + NetworkList.parse(trustedProxies.orElse(""))
                + "] via "
                + clients.header().headerName()
                + ", local addresses "
                + (allowLocal ? "allowed" : "refused")
                + " in the portal, console networks ["
                + console
                + "]");
  }

  /** The header the filters pass to {@link #portal} and {@link #console}. */
  public String forwardingHeaderName() {
    return rules.clients().header().headerName();
  }

  /**
   * May this request use the portal?
   *
   * @param peer the direct peer ({@code ServletRequest.getRemoteAddr()})
   * @param forwardingHeaderValues every value of {@link #forwardingHeaderName()}, in order
   */
  public AccessDecision portal(String peer, List<String> forwardingHeaderValues) {
    return logged("portal", rules.portal(peer, forwardingHeaderValues));
  }

  /**
   * The client of a request (behind the trusted proxies, the first hop that is not one of them);
   * empty when it cannot be identified.
   */
  public Optional<IpAddress> client(String peer, List<String> forwardingHeaderValues) {
    return rules.clients().resolve(peer, forwardingHeaderValues);
  }

  /** May this request use the officer console? */
  public AccessDecision console(String peer, List<String> forwardingHeaderValues) {
    return logged("console", rules.console(peer, forwardingHeaderValues));
  }

  private static AccessDecision logged(String frontEnd, AccessDecision decision) {
    if (!decision.allowed()) {
      LOG.info(
          () ->
              "Refused a request to the "
                  + frontEnd
                  + ": "
                  + decision.refusal()
                  + ", origin "
                  + decision.origin());
    }
    return decision;
  }
}
