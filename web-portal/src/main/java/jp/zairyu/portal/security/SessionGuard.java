package jp.zairyu.portal.security;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import jp.zairyu.application.AccountAuthentication;

/**
 * Ends a practitioner's session once it is no longer good: the password or second factor changed
 * elsewhere ("logout everywhere"), or the account was suspended or closed. Checked at most every
 * {@value #CHECK_INTERVAL_MILLIS} ms per session. Also keeps a user whose office requires two-step
 * verification on the enrolment page until it is set up.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class SessionGuard extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String ENROL_PAGE = "/account/security.xhtml";
  static final long CHECK_INTERVAL_MILLIS = 10_000;
  private static final String VERSION = "zairyu.credentialsVersion";
  private static final String CHECKED_AT = "zairyu.credentialsCheckedAt";
  private static final String MUST_ENROL = "zairyu.mustEnrolSecondFactor";

  @EJB private AccountAuthentication accounts;

  static void loggedIn(HttpSession session, int credentialsVersion, boolean mustEnrol) {
    session.setAttribute(VERSION, credentialsVersion);
    session.setAttribute(CHECKED_AT, System.currentTimeMillis());
    session.setAttribute(MUST_ENROL, mustEnrol);
  }

  /** After the user changed their own credentials: this session goes on, the others end. */
  public static void credentialsChanged(HttpSession session, int credentialsVersion) {
    session.setAttribute(VERSION, credentialsVersion);
    session.setAttribute(MUST_ENROL, false);
  }

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    Principal user = req.getUserPrincipal();
    HttpSession session = req.getSession(false);
    if (user != null && session != null && session.getAttribute(VERSION) instanceof Integer v) {
      long now = System.currentTimeMillis();
      Object checked = session.getAttribute(CHECKED_AT);
      if (!(checked instanceof Long at) || now - at > CHECK_INTERVAL_MILLIS) {
        if (!accounts.sessionValid(user.getName(), v)) {
          session.invalidate();
          res.sendRedirect(req.getContextPath() + "/login.xhtml?reason=ended");
          return;
        }
        session.setAttribute(CHECKED_AT, now);
      }
      String path = req.getServletPath();
      if (Boolean.TRUE.equals(session.getAttribute(MUST_ENROL))
          && !path.equals(ENROL_PAGE)
          && !path.equals("/login.xhtml")
          && !path.equals("/error.xhtml")) {
        res.sendRedirect(req.getContextPath() + ENROL_PAGE);
        return;
      }
    }
    chain.doFilter(req, res);
  }
}
