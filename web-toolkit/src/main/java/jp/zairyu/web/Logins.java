package jp.zairyu.web;

import jakarta.faces.context.ExternalContext;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The last steps of both login pages, once the application has checked every factor and issued a
 * ticket: hand the front end's credential to Jakarta Security (only the matching identity store
 * accepts it), then start the session afresh.
 */
public final class Logins {

  private Logins() {}

  /** A new authentication with {@code credential} for the current request. */
  public static AuthenticationStatus authenticate(
      SecurityContext security, ExternalContext external, Credential credential) {
    return security.authenticate(
        (HttpServletRequest) external.getRequest(),
        (HttpServletResponse) external.getResponse(),
        AuthenticationParameters.withParams().newAuthentication(true).credential(credential));
  }

  /**
   * After a successful authentication: a new session id (a session fixed before the login is
   * worthless after it), what {@link SessionCheck} checks from now on, and the address to go to —
   * the enrolment page when a second factor must be set up first, else the start page.
   */
  public static String started(
      ExternalContext external, int credentialsVersion, boolean mustEnrolSecondFactor) {
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    request.changeSessionId();
    SessionCheck.loggedIn(request.getSession(), credentialsVersion, mustEnrolSecondFactor);
    return external.getRequestContextPath()
        + (mustEnrolSecondFactor ? SessionCheck.ENROL_PAGE : "/index.xhtml");
  }
}
