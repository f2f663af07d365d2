package jp.zairyu.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/**
 * What the portal's and the console's session filters share: on every request of a logged-in user
 * (pages, AJAX, downloads, PDFs, keep-alive; static resources aside) the WAR's filter asks the
 * account whether the session is still good ({@link #endedBecause}); a session no longer good is
 * logged out and sent to the login page, which says why ({@code reason=ended} or {@code expired}):
 * an AJAX request gets the redirect as a JSF partial response (PrimeFaces follows it), a page a
 * redirect, anything else (a file, the keep-alive) a plain 401. A user who must first enrol a
 * second factor reaches only the enrolment page ({@link #ENROL_PAGE}), the login and error pages.
 *
 * <p>In a cluster, the first request of a session on another instance (its own died) goes to the
 * page without Mojarra's flash cookie ({@link #FLASH_COOKIE}): the flash lives in the memory of the
 * instance that wrote it and its cookie is encrypted with that instance's own key, so the cookie
 * means nothing here, and Mojarra, unable to decode it, left the request a flash that fails when
 * written to ({@code NullPointerException} in {@code ELFlash.setKeepMessages}: the next click after
 * the failover answered 500). The session remembers which instance served it last ({@link
 * #SERVED_BY}).
 */
public abstract class SessionCheck extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The page where the second factor is set up. */
  public static final String ENROL_PAGE = "/account/security.xhtml";

  private static final String VERSION = "zairyu.credentialsVersion";
  private static final String LOGGED_IN_AT = "zairyu.loggedInAt";
  private static final String MUST_ENROL = "zairyu.mustEnrolSecondFactor";

  /** The session attribute naming the instance (JVM) that served the session last. */
  static final String SERVED_BY = "zairyu.servedBy";

  /** This instance, as {@link #SERVED_BY} names it. */
  static final String THIS_INSTANCE = UUID.randomUUID().toString();

  /** Mojarra's flash cookie ({@code ELFlash}). */
  static final String FLASH_COOKIE = "csfcfc";

  /**
   * Called by the login page once the user is authenticated; {@code mustEnrol}: the user may use
   * only the enrolment page until a second factor is set up.
   */
  public static void loggedIn(HttpSession session, int credentialsVersion, boolean mustEnrol) {
    session.setAttribute(VERSION, credentialsVersion);
    session.setAttribute(LOGGED_IN_AT, Instant.now());
    session.setAttribute(MUST_ENROL, mustEnrol);
  }

  /** After the user changed their own credentials: this session goes on, the others end. */
  public static void credentialsChanged(HttpSession session, int credentialsVersion) {
    session.setAttribute(VERSION, credentialsVersion);
    session.setAttribute(MUST_ENROL, false);
  }

  /**
   * Why the session of {@code user} is no longer good: {@code "ended"}, {@code "expired"}, or
   * {@code null} while it is. {@code credentialsVersion} and {@code loggedInAt} are what the login
   * stored, null when missing.
   */
  protected abstract String endedBecause(
      String user, Integer credentialsVersion, Instant loggedInAt);

  /** Sends a user who must enrol a second factor, and asked for another page, to enrolment. */
  protected abstract void toEnrolment(HttpServletRequest request, HttpServletResponse response)
      throws IOException;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Principal user = request.getUserPrincipal();
    if (user != null && !StaticResources.requested(request)) {
      HttpSession session = request.getSession(false);
      String ended =
          session == null
              ? "ended"
              : endedBecause(
                  user.getName(),
                  session.getAttribute(VERSION) instanceof Integer v ? v : null,
                  session.getAttribute(LOGGED_IN_AT) instanceof Instant at ? at : null);
      if (ended != null) {
        end(request, response, session, ended);
        return;
      }
      String path = request.getServletPath();
      if (Boolean.TRUE.equals(session.getAttribute(MUST_ENROL))
          && !path.equals(ENROL_PAGE)
          && !path.equals("/login.xhtml")
          && !path.equals("/error.xhtml")) {
        toEnrolment(request, response);
        return;
      }
      if (!THIS_INSTANCE.equals(session.getAttribute(SERVED_BY))) {
        boolean servedElsewhere = session.getAttribute(SERVED_BY) != null;
        session.setAttribute(SERVED_BY, THIS_INSTANCE);
        if (servedElsewhere) {
          request = withoutFlashCookie(request);
        }
      }
    }
    chain.doFilter(request, response);
  }

  /** The request as the page sees it, without Mojarra's flash cookie. */
  static HttpServletRequest withoutFlashCookie(HttpServletRequest request) {
    return new HttpServletRequestWrapper(request) {
      @Override
      public Cookie[] getCookies() {
        Cookie[] cookies = super.getCookies();
        return cookies == null
            ? null
            : Arrays.stream(cookies)
                .filter(cookie -> !cookie.getName().equals(FLASH_COOKIE))
                .toArray(Cookie[]::new);
      }
    };
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
    response.setHeader("Cache-Control", "no-store");
    redirect(
        request,
        response,
        request.getContextPath() + "/login.xhtml?reason=" + why,
        HttpServletResponse.SC_UNAUTHORIZED);
  }

  /**
   * Sends the browser to {@code target}: an AJAX request as a JSF partial response, a page (or the
   * root) with a redirect; anything else gets {@code otherwise}.
   */
  protected static void redirect(
      HttpServletRequest request, HttpServletResponse response, String target, int otherwise)
      throws IOException {
    String path = request.getServletPath();
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      response.setContentType("text/xml");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + target
                  + "\"/></partial-response>");
    } else if (path.endsWith(".xhtml") || path.equals("/")) {
      response.sendRedirect(target);
    } else {
      response.sendError(otherwise);
    }
  }
}
