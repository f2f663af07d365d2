package jp.zairyu.infrastructure.security;

import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/**
 * A 認証ID and password typed into the portal's login page. Its type keeps the realms apart: in an
 * EAR, every identity store of the application sees every login, and only the practitioners' store
 * accepts this credential.
 */
public final class PractitionerCredential extends UsernamePasswordCredential {

  public PractitionerCredential(String authId, String password) {
    super(authId, new Password(password));
  }
}
