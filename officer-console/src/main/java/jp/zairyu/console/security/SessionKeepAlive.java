package jp.zairyu.console.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The idle-timeout warning's 続ける / Continue: a postback of the current page that does nothing else;
 * the request itself renews the session's idle time.
 */
@Named
@RequestScoped
public class SessionKeepAlive {

  public void ping() {
    // The request is the point: the container renews the session it belongs to.
  }
}
