package jp.zairyu.infrastructure.security;

import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/**
 * An officer login ID and password typed into the console's login page. Its type keeps the realms
 * apart: in an EAR, every identity store of the application sees every login, and only the
 * officers' store accepts this credential.
 */
public final class OfficerCredential extends UsernamePasswordCredential {

  public OfficerCredential(String loginId, String password) {
    super(loginId, new Password(password));
  }
}
