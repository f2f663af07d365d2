package jp.zairyu.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands a successful login check over to the identity store in the same request: {@link
 * AccountAuthentication} issues a ticket once every factor has been checked, and the identity store
 * redeems it once. Tickets live for seconds and only in this server's memory, which is enough
 * because issue and redemption happen in one request.
 */
@ApplicationScoped
public class LoginTickets {

  private static final Duration LIFETIME = Duration.ofSeconds(30);
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Who logged in, as what, and the version of their credentials at that moment. */
  public record Ticket(
      String realm, String caller, Set<String> groups, int credentialsVersion, Instant expires) {}

  private final Map<String, Ticket> tickets = new ConcurrentHashMap<>();

  String issue(String realm, String caller, Set<String> groups, int credentialsVersion) {
    Instant now = Clock.systemUTC().instant();
    tickets.values().removeIf(t -> t.expires().isBefore(now));
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    tickets.put(id, new Ticket(realm, caller, groups, credentialsVersion, now.plus(LIFETIME)));
    return id;
  }

  /** The ticket's login, once, if it is still fresh and for this realm. */
  public Optional<Ticket> redeem(String realm, String id) {
    if (id == null) {
      return Optional.empty();
    }
    Ticket t = tickets.remove(id);
    return Optional.ofNullable(t)
        .filter(x -> x.realm().equals(realm))
        .filter(x -> x.expires().isAfter(Clock.systemUTC().instant()));
  }
}
