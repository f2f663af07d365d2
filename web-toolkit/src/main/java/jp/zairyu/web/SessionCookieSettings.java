package jp.zairyu.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;

/**
 * Makes the session cookie {@code Secure} when the site is served over HTTPS ({@code
 * zairyu.web.https}). {@code HttpOnly} and {@code SameSite} are fixed in each WAR's {@code web.xml}
 * ({@code Lax} for the portal, which is entered from links in mails; {@code Strict} for the
 * console). Declared in {@code web.xml}, where a listener may still configure the cookie.
 */
public class SessionCookieSettings implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setHttpOnly(true);
    cookie.setSecure(BrowserSecurity.https());
  }
}
