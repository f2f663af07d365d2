package jp.zairyu.console.security;

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
import java.time.Duration;
import jp.zairyu.application.AccountAuthentication;

/**
 * Ends the session of an officer whose account an ADMIN disabled meanwhile: at most every {@link
 * #INTERVAL} per session the account is checked; if it may no longer be used, the officer is logged
 * out and sent to the login page, which says why ({@code reason=ended}). AJAX requests get the
 * redirect as a JSF partial response, which PrimeFaces follows.
 */
@WebFilter(filterName = "officerSessionFilter", urlPatterns = "/*")
public class OfficerSessionFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** How often one session is checked at most. */
  static final Duration INTERVAL = Duration.ofSeconds(10);

  private static final String CHECKED_AT = OfficerSessionFilter.class.getName() + ".checkedAt";
  static final String ENDED = "/login.xhtml?reason=ended";

  @EJB private AccountAuthentication accounts;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Principal officer = request.getUserPrincipal();
    HttpSession session = request.getSession(false);
    if (officer != null && session != null && !isResource(request)) {
      long now = System.currentTimeMillis();
      Object checkedAt = session.getAttribute(CHECKED_AT);
      if (!(checkedAt instanceof Long last) || now - last >= INTERVAL.toMillis()) {
        if (!accounts.officerSessionValid(officer.getName())) {
          end(request, response, session);
          return;
        }
        session.setAttribute(CHECKED_AT, now);
      }
    }
    chain.doFilter(request, response);
  }

  private static boolean isResource(HttpServletRequest request) {
    String path = request.getServletPath();
    return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
  }

  private static void end(
      HttpServletRequest request, HttpServletResponse response, HttpSession session)
      throws IOException, ServletException {
    request.logout();
    try {
      session.invalidate();
    } catch (IllegalStateException alreadyInvalid) {
      // a concurrent request of the same session ended it first
    }
    String target = request.getContextPath() + ENDED;
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      response.setContentType("text/xml");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + target
                  + "\"/></partial-response>");
    } else {
      response.sendRedirect(target);
    }
  }
}
