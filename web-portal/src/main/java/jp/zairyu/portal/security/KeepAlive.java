package jp.zairyu.portal.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Keeps a logged-in session alive (the idle warning's "continue"): 204 while the session lives.
 * Behind the portal's security constraint, so an expired session gets the login redirect instead. A
 * POST only (a GET is 405): renewing the session changes it, and another site can neither post here
 * with the session cookie (SameSite=Lax) nor past the cross-site check.
 */
@WebServlet("/session/keepalive")
public class KeepAlive extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) {
    resp.setHeader("Cache-Control", "no-store");
    resp.setStatus(
        req.getSession(false) != null && req.getUserPrincipal() != null
            ? HttpServletResponse.SC_NO_CONTENT
            : HttpServletResponse.SC_UNAUTHORIZED);
  }
}
