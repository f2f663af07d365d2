package jp.zairyu.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The first look at every request of a front end (each WAR declares a subclass as its filter): the
 * address and every parameter must be {@link RequestText well-formed text}, or the request is
 * answered with 400 and a bilingual page ({@link ClearAnswers#malformed}) before any page,
 * converter or query sees it. Parameters are decoded as UTF-8, the only encoding the pages use.
 */
public abstract class WellFormedRequests extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getCharacterEncoding() == null) {
      request.setCharacterEncoding(StandardCharsets.UTF_8.name());
    }
    if (!wellFormed(request)) {
      ClearAnswers.malformed(request, response);
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean wellFormed(HttpServletRequest request) {
    if (!RequestText.wellFormedQuery(request.getRequestURI())
        || !RequestText.wellFormedQuery(request.getQueryString())) {
      return false;
    }
    String type = request.getContentType();
    if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
      // An upload: its parts are read by the page, which checks the file and answers about its
      // size and content; its few text fields are choices and the view state, checked there.
      return true;
    }
    Map<String, String[]> parameters;
    try {
      parameters = request.getParameterMap();
    } catch (IllegalStateException | IllegalArgumentException unreadable) {
      return false;
    }
    for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
      if (!RequestText.allowed(parameter.getKey(), false)) {
        return false;
      }
      for (String value : parameter.getValue()) {
        if (!RequestText.allowed(value, true)) {
          return false;
        }
      }
    }
    return true;
  }
}
