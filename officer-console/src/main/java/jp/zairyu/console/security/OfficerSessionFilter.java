package jp.zairyu.console.security;

import jakarta.ejb.EJB;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import jp.zairyu.application.AccountAuthentication;
import jp.zairyu.application.AccountAuthentication.SessionState;
import jp.zairyu.web.SessionCheck;

/**
 * Ends an officer's session once it is no longer good: an ADMIN disabled the account or changed its
 * role or bureau, its password was reset, or the session outlived its absolute lifetime. The
 * account is asked on every request (one indexed read), so a demoted ADMIN loses the admin pages at
 * the next click, on every server of a cluster. An ADMIN without a second factor reaches only the
 * enrolment page. How is {@link SessionCheck}'s.
 */
@WebFilter(
    filterName = "officerSessionFilter",
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST})
public class OfficerSessionFilter extends SessionCheck {

  private static final long serialVersionUID = 1L;

  @EJB private AccountAuthentication accounts;

  /** After the officer enrolled a second factor: this session goes on, the others end. */
  public static void secondFactorEnrolled(HttpSession session, int credentialsVersion) {
    credentialsChanged(session, credentialsVersion);
  }

  @Override
  protected String endedBecause(String officer, Integer credentialsVersion, Instant loggedInAt) {
    SessionState state = accounts.officerSession(officer, credentialsVersion, loggedInAt);
    return state == SessionState.VALID ? null : state.name().toLowerCase(Locale.ROOT);
  }

  /** The console redirects a page or an AJAX request; a file gets 403. */
  @Override
  protected void toEnrolment(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    redirect(
        request, response, request.getContextPath() + ENROL_PAGE, HttpServletResponse.SC_FORBIDDEN);
  }
}
