package jp.zairyu.portal.security;

import jakarta.ejb.EJB;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import jp.zairyu.application.AccountAuthentication;
import jp.zairyu.application.AccountAuthentication.SessionState;
import jp.zairyu.web.SessionCheck;

/**
 * Ends a practitioner's session once it is no longer good, on every request path (pages, AJAX,
 * downloads, PDFs, keep-alive): the password or second factor changed elsewhere ("logout
 * everywhere"), the account was suspended or closed, or the session outlived its absolute lifetime.
 * The account is asked on every request (one indexed read), so it holds at once and on every server
 * of a cluster. Also keeps a user whose office requires two-step verification on the enrolment page
 * until it is set up. How is {@link SessionCheck}'s.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST})
public class SessionGuard extends SessionCheck {

  private static final long serialVersionUID = 1L;

  @EJB private AccountAuthentication accounts;

  @Override
  protected String endedBecause(String user, Integer credentialsVersion, Instant loggedInAt) {
    SessionState state = accounts.practitionerSession(user, credentialsVersion, loggedInAt);
    return state == SessionState.VALID ? null : state.name().toLowerCase(Locale.ROOT);
  }

  /** The portal redirects whatever was asked for. */
  @Override
  protected void toEnrolment(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendRedirect(request.getContextPath() + ENROL_PAGE);
  }
}
