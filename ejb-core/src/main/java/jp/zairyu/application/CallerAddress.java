package jp.zairyu.application;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import jp.zairyu.domain.model.access.IpAddress;

/**
 * The client address of the web request being served, as the edge filter resolved it (behind the
 * trusted proxies, the first hop that is not one of them). Services read it in the same request,
 * for {@link ClientThrottle}; outside a web request (messages, timers) it is empty.
 */
@RequestScoped
public class CallerAddress {

  private IpAddress address;

  /** Called by the edge filter of each front end, once per request. */
  public void resolved(IpAddress client) {
    this.address = client;
  }

  public Optional<IpAddress> get() {
    return Optional.ofNullable(address);
  }
}
