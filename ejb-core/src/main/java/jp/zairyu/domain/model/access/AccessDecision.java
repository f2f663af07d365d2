package jp.zairyu.domain.model.access;

/**
 * Whether a request may reach a front end, and why not.
 *
 * @param allowed whether it may
 * @param refusal why not, or null when allowed
 * @param origin where it came from, coarse enough to log and to count: an ISO country code, {@code
 *     local} (loopback or private), {@code internal} (the console's networks) or {@code unknown}.
 *     Never the address itself.
 */
public record AccessDecision(boolean allowed, Refusal refusal, String origin) {

  public static final String LOCAL = "local";
  public static final String INTERNAL = "internal";
  public static final String UNKNOWN = "unknown";

  /** Why a request was refused. */
  public enum Refusal {
    /** The client's address is registered outside Japan (or in no country the data knows). */
    OUTSIDE_JAPAN,
    /** A loopback or private address, while those are not allowed. */
    LOCAL_NOT_ALLOWED,
    /** The console is reachable only from the internal networks. */
    OUTSIDE_INTERNAL_NETWORKS,
    /** A trusted proxy forwarded the request but the client could not be identified. */
    UNIDENTIFIED_CLIENT
  }

  static AccessDecision allow(String origin) {
    return new AccessDecision(true, null, origin);
  }

  static AccessDecision refuse(Refusal refusal, String origin) {
    return new AccessDecision(false, refusal, origin);
  }
}
