package jp.zairyu.console.security;

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
 * Ends an officer's session once it is no longer good: an ADMIN disabled the account or changed its
 * role or bureau, its password was reset, or the session outlived its absolute lifetime. The
 * account is asked on every request (one indexed read), so a demoted ADMIN loses the admin pages at
 * the next click, on every server of a cluster; the officer is logged out and sent to the login
 * page, which says why ({@code reason=ended} or {@code expired}). AJAX requests get the redirect as
 * a JSF partial response, which PrimeFaces follows; a request for a file gets 401.
 */
@WebFilter(
    filterName = "officerSessionFilter",
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST})
public class OfficerSessionFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private static final String VERSION = "zairyu.credentialsVersion";
  private static final String LOGGED_IN_AT = "zairyu.loggedInAt";
  private static final String MUST_ENROL = "zairyu.mustEnrolSecondFactor";
  static final String ENROL_PAGE = "/account/security.xhtml";
  static final String ENDED = "/login.xhtml?reason=";

  @EJB private AccountAuthentication accounts;

  /**
   * Called by the login page once the officer is authenticated; {@code mustEnrol}: an ADMIN without
   * a second factor, who may use only the enrolment page until it is set up.
   */
  static void loggedIn(HttpSession session, int credentialsVersion, boolean mustEnrol) {
    session.setAttribute(VERSION, credentialsVersion);
    session.setAttribute(LOGGED_IN_AT, Instant.now());
    session.setAttribute(MUST_ENROL, mustEnrol);
  }

  /** After the officer enrolled a second factor: this session goes on, the others end. */
  public static void secondFactorEnrolled(HttpSession session, int credentialsVersion) {
    session.setAttribute(VERSION, credentialsVersion);
    session.setAttribute(MUST_ENROL, false);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Principal officer = request.getUserPrincipal();
    if (officer != null && !isResource(request)) {
      HttpSession session = request.getSession(false);
      SessionState state =
          session == null
              ? SessionState.ENDED
              : accounts.officerSession(
                  officer.getName(),
                  session.getAttribute(VERSION) instanceof Integer v ? v : null,
                  session.getAttribute(LOGGED_IN_AT) instanceof Instant at ? at : null);
      if (state != SessionState.VALID) {
        end(request, response, session, state == SessionState.EXPIRED ? "expired" : "ended");
        return;
      }
      String path = request.getServletPath();
      if (Boolean.TRUE.equals(session.getAttribute(MUST_ENROL))
          && !path.equals(ENROL_PAGE)
          && !path.equals("/login.xhtml")
          && !path.equals("/error.xhtml")) {
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
          redirectAjax(response, request.getContextPath() + ENROL_PAGE);
        } else if (path.endsWith(".xhtml") || path.equals("/")) {
          response.sendRedirect(request.getContextPath() + ENROL_PAGE);
        } else {
          response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private static boolean isResource(HttpServletRequest request) {
    String path = request.getServletPath();
    return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
  }

  private static void end(
      HttpServletRequest request, HttpServletResponse response, HttpSession session, String why)
      throws IOException, ServletException {
    request.logout();
    if (session != null) {
      try {
        session.invalidate();
      } catch (IllegalStateException alreadyInvalid) {
        // a concurrent request of the same session ended it first
      }
    }
    String target = request.getContextPath() + ENDED + why;
    response.setHeader("Cache-Control", "no-store");
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      redirectAjax(response, target);
    } else if (request.getServletPath().endsWith(".xhtml")
        || request.getServletPath().equals("/")) {
      response.sendRedirect(target);
    } else {
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
    }
  }

  private static void redirectAjax(HttpServletResponse response, String target) throws IOException {
    response.setContentType("text/xml");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                + target
                + "\"/></partial-response>");
  }
}
