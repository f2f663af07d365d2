package jp.zairyu.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import jp.zairyu.domain.model.RuleViolation;
import jp.zairyu.domain.model.access.IpAddress;
import jp.zairyu.domain.model.access.NetworkList;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits, per client address, the requests an attacker would repeat: logins (to lock out accounts
 * or guess passwords), password-reset requests and registrations (to flood mailboxes). Counted in
 * fixed windows in the database, so every server of a cluster shares the count; an IPv6 client is
 * counted by its /64 network (one subscriber's). Networks listed in {@code
 * zairyu.throttle.exempt-networks} (monitoring, the local stack) are not counted.
 */
@ApplicationScoped
public class ClientThrottle {

  private static final Logger LOG = Logger.getLogger(ClientThrottle.class.getName());

  /** What is counted. */
  public enum Action {
    LOGIN,
    PASSWORD_RESET,
    REGISTRATION
  }

  @Inject private CallerAddress caller;
  @Inject private RequestCounter counter;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "zairyu.throttle.window")
  Duration window;

  @Inject
  @ConfigProperty(name = "zairyu.throttle.login")
  int loginLimit;

  @Inject
  @ConfigProperty(name = "zairyu.throttle.password-reset")
  int resetLimit;

  @Inject
  @ConfigProperty(name = "zairyu.throttle.registration")
  int registrationLimit;

  @Inject
  @ConfigProperty(name = "zairyu.throttle.exempt-networks")
  Optional<String> exemptNetworks;

  private NetworkList exempt;

  @PostConstruct
  void configure() {
    exempt = NetworkList.parse(exemptNetworks.orElse(""));
  }

  /**
   * Counts this request of {@code action}; true while the client stays within its limit. Requests
   * without a client address (not from the web) are not counted.
   */
  public boolean admit(Action action) {
    Optional<IpAddress> client;
    try {
      client = caller.get();
    } catch (ContextNotActiveException notAWebRequest) {
      client = Optional.empty();
    }
    if (client.isEmpty() || exempt.contains(client.get())) {
      return true;
    }
    String key = key(client.get());
    int made = counter.count(action.name(), key, clock.instant(), window);
    boolean admitted = made <= limit(action);
    if (!admitted && made == limit(action) + 1) {
      LOG.warning(() -> "Throttled " + action + " from " + key + " for this window of " + window);
    }
    return admitted;
  }

  /** As {@link #admit}, refusing with a message the pages show when the limit is passed. */
  public void require(Action action) {
    if (!admit(action)) {
      throw refused();
    }
  }

  /** The message shown to a throttled client. */
  public RuleViolation refused() {
    long minutes = Math.max(1, window.toMinutes());
    return new RuleViolation(
        "throttled",
        "短時間に多くの要求がありました。" + minutes + "分ほど待ってから、もう一度お試しください。",
        "Too many requests in a short time. Please wait about "
            + minutes
            + " minutes and try again.");
  }

  private int limit(Action action) {
    return switch (action) {
      case LOGIN -> loginLimit;
      case PASSWORD_RESET -> resetLimit;
      case REGISTRATION -> registrationLimit;
    };
  }

  /** IPv4 addresses as they are; IPv6 by their /64 network. */
  static String key(IpAddress client) {
    if (client.isIpv4()) {
      return client.toString();
    }
    return String.format(Locale.ROOT, "%016x::/64", client.hi());
  }
}
