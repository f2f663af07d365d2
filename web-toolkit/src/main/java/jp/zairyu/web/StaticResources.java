package jp.zairyu.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Which requests ask for a static resource (a stylesheet, a script, an image): the gates and the
 * session checks let them through untouched, so a refused or closed page still has its style.
 */
public final class StaticResources {

  private StaticResources() {}

  /** Whether the request asks for a JSF resource or a file under {@code /resources/}. */
  public static boolean requested(HttpServletRequest request) {
    String path = request.getServletPath();
    return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
  }
}
