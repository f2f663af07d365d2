package jp.zairyu.portal.security;

import jakarta.ejb.EJB;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.time.Instant;
import jp.zairyu.application.AccountAuthentication;
import jp.zairyu.application.AccountAuthentication.SessionState;

/**
 * Ends a practitioner's session once it is no longer good, on every request path (pages, AJAX,
 * downloads, PDFs, keep-alive): the password or second factor changed elsewhere ("logout
 * everywhere"), the account was suspended or closed, or the session outlived its absolute lifetime.
 * The account is asked on every request (one indexed read), so it holds at once and on every server
 * of a cluster. Also keeps a user whose office requires two-step verification on the enrolment page
 * until it is set up.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST})
public class SessionGuard extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String ENROL_PAGE = "/account/security.xhtml";
  private static final String VERSION = "zairyu.credentialsVersion";
  private static final String LOGGED_IN_AT = "zairyu.loggedInAt";
  private static final String MUST_ENROL = "zairyu.mustEnrolSecondFactor";

  @EJB private AccountAuthentication accounts;

  static void loggedIn(HttpSession session, int credentialsVersion, boolean mustEnrol) {
    session.setAttribute(VERSION, credentialsVersion);
    session.setAttribute(LOGGED_IN_AT, Instant.now());
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
    if (user != null && !isStaticResource(req)) {
      HttpSession session = req.getSession(false);
      SessionState state =
          session == null
              ? SessionState.ENDED
              : accounts.practitionerSession(
                  user.getName(),
                  session.getAttribute(VERSION) instanceof Integer v ? v : null,
                  session.getAttribute(LOGGED_IN_AT) instanceof Instant at ? at : null);
      if (state != SessionState.VALID) {
        end(req, res, session, state == SessionState.EXPIRED ? "expired" : "ended");
        return;
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

  private static boolean isStaticResource(HttpServletRequest request) {
    String path = request.getServletPath();
    return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
  }

  /**
   * Logs out and sends the browser to the login page, which says why; an AJAX request gets the
   * redirect as a JSF partial response, a request for a file or the keep-alive a plain 401.
   */
  private static void end(
      HttpServletRequest req, HttpServletResponse res, HttpSession session, String reason)
      throws IOException, ServletException {
    req.logout();
    if (session != null) {
      try {
        session.invalidate();
      } catch (IllegalStateException alreadyInvalid) {
        // a concurrent request of the same session ended it first
      }
    }
    String target = req.getContextPath() + "/login.xhtml?reason=" + reason;
    res.setHeader("Cache-Control", "no-store");
    if ("partial/ajax".equals(req.getHeader("Faces-Request"))) {
      res.setContentType("text/xml");
      res.setCharacterEncoding("UTF-8");
      res.getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + target
                  + "\"/></partial-response>");
    } else if (req.getServletPath().endsWith(".xhtml") || req.getServletPath().equals("/")) {
      res.sendRedirect(target);
    } else {
      res.sendError(HttpServletResponse.SC_UNAUTHORIZED);
    }
  }
}
