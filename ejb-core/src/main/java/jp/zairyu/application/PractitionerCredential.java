package jp.zairyu.application;

import jakarta.security.enterprise.credential.Credential;

/**
 * The ticket the portal's login page received from {@code AccountAuthentication} once every factor
 * was checked. Its type keeps the realms apart: in an EAR, every identity store of the application
 * sees every login, and only the matching store accepts this credential.
 */
public final class PractitionerCredential implements Credential {

  private final String ticket;

  public PractitionerCredential(String ticket) {
    this.ticket = ticket;
  }

  public String ticket() {
    return ticket;
  }
}
