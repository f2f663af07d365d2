package jp.zairyu.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What both front ends' session filters do, on plain fakes of the servlet API. */
class SessionCheckTest {

  private final Map<String, Object> session = new HashMap<>();
  private final List<String> calls = new ArrayList<>();
  private final StringWriter written = new StringWriter();
  private String servletPath = "/index.xhtml";
  private String facesRequest;

  /** The account answers with this reason (null: the session is still good). */
  private String ended;

  private final SessionCheck check =
      new SessionCheck() {
        private static final long serialVersionUID = 1L;

        @Override
        protected String endedBecause(String user, Integer version, Instant loggedInAt) {
          calls.add("asked " + user + " " + version + " " + (loggedInAt != null));
          return ended;
        }

        @Override
        protected void toEnrolment(HttpServletRequest request, HttpServletResponse response)
            throws java.io.IOException {
          redirect(request, response, "/ctx" + ENROL_PAGE, HttpServletResponse.SC_FORBIDDEN);
        }
      };

  /** A cluster copies the session to another instance (issue 18): what the login keeps must go. */
  @Test
  void whatTheLoginKeepsInTheSessionCanBeCopiedToAnotherInstance() throws Exception {
    SessionCheck.loggedIn(session(), 3, true);
    SessionCheck.credentialsChanged(session(), 4);

    assertThat(session).isNotEmpty();
    for (Map.Entry<String, Object> attribute : session.entrySet()) {
      var bytes = new java.io.ByteArrayOutputStream();
      try (var out = new java.io.ObjectOutputStream(bytes)) {
        out.writeObject(attribute.getValue());
      }
      try (var in =
          new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
        assertThat(in.readObject()).as(attribute.getKey()).isEqualTo(attribute.getValue());
      }
    }
  }

  @Test
  void aGoodSessionGoesOn() throws Exception {
    SessionCheck.loggedIn(session(), 3, false);

    check.doFilter(request(), response(), (rq, rs) -> calls.add("chain"));

    assertThat(calls).containsExactly("asked alice 3 true", "chain");
  }

  @Test
  void anEndedSessionIsLoggedOutAndSentToTheLoginPageWithTheReason() throws Exception {
    SessionCheck.loggedIn(session(), 3, false);
    ended = "expired";

    check.doFilter(request(), response(), (rq, rs) -> calls.add("chain"));

    assertThat(calls)
        .containsExactly(
            "asked alice 3 true",
            "logout",
            "invalidate",
            "redirect /ctx/login.xhtml?reason=expired");
  }

  @Test
  void anAjaxRequestGetsThePartialRedirectAndAFile401() throws Exception {
    SessionCheck.loggedIn(session(), 3, false);
    ended = "ended";
    facesRequest = "partial/ajax";
    check.doFilter(request(), response(), (rq, rs) -> calls.add("chain"));
    assertThat(written.toString()).contains("<redirect url=\"/ctx/login.xhtml?reason=ended\"/>");

    facesRequest = null;
    servletPath = "/applications/attachment";
    check.doFilter(request(), response(), (rq, rs) -> calls.add("chain"));
    assertThat(calls).contains("error 401").doesNotContain("chain");
  }

  @Test
  void staticResourcesAreNotChecked() throws Exception {
    servletPath = "/jakarta.faces.resource/css/base.css.xhtml";

    check.doFilter(request(), response(), (rq, rs) -> calls.add("chain"));

    assertThat(calls).containsExactly("chain");
  }

  @Test
  void whoMustEnrolReachesOnlyEnrolmentLoginAndError() throws Exception {
    SessionCheck.loggedIn(session(), 3, true);
    check.doFilter(request(), response(), (rq, rs) -> calls.add("chain"));
    servletPath = SessionCheck.ENROL_PAGE;
    check.doFilter(request(), response(), (rq, rs) -> calls.add("chain"));
    servletPath = "/dashboard.csv";
    check.doFilter(request(), response(), (rq, rs) -> calls.add("chain"));

    assertThat(calls)
        .containsExactly(
            "asked alice 3 true",
            "redirect /ctx/account/security.xhtml",
            "asked alice 3 true",
            "chain",
            "asked alice 3 true",
            "error 403");
  }

  @Test
  void changedCredentialsKeepThisSessionAndLiftTheEnrolment() throws Exception {
    SessionCheck.loggedIn(session(), 3, true);
    SessionCheck.credentialsChanged(session(), 4);

    check.doFilter(request(), response(), (rq, rs) -> calls.add("chain"));

    assertThat(calls).containsExactly("asked alice 4 true", "chain");
  }

  /** Issue 18: a session another instance served last reaches the page without its flash cookie. */
  @Test
  void aSessionComingFromAnotherInstanceLeavesTheOtherInstancesFlashCookieBehind()
      throws Exception {
    SessionCheck.loggedIn(session(), 3, false);
    List<List<String>> cookiesSeen = new ArrayList<>();
    jakarta.servlet.FilterChain page =
        (rq, rs) -> {
          jakarta.servlet.http.Cookie[] seen = ((HttpServletRequest) rq).getCookies();
          cookiesSeen.add(
              java.util.Arrays.stream(seen).map(jakarta.servlet.http.Cookie::getName).toList());
        };

    check.doFilter(request(), response(), page); // first served here: the flash is ours
    check.doFilter(request(), response(), page);
    session.put(SessionCheck.SERVED_BY, "an instance that died");
    check.doFilter(request(), response(), page); // moved here: the dead instance's flash cookie
    check.doFilter(request(), response(), page); // from now on served here

    assertThat(cookiesSeen)
        .containsExactly(
            List.of("JSESSIONID", "csfcfc"),
            List.of("JSESSIONID", "csfcfc"),
            List.of("JSESSIONID"),
            List.of("JSESSIONID", "csfcfc"));
    assertThat(session).containsEntry(SessionCheck.SERVED_BY, SessionCheck.THIS_INSTANCE);
  }

  private HttpSession session() {
    return (HttpSession)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {HttpSession.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "setAttribute" -> session.put((String) args[0], args[1]);
                  case "getAttribute" -> session.get((String) args[0]);
                  case "invalidate" -> calls.add("invalidate");
                  default -> null;
                });
  }

  private HttpServletRequest request() {
    Principal alice = () -> "alice";
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getUserPrincipal" -> alice;
                  case "getSession" -> session();
                  case "getServletPath" -> servletPath;
                  case "getContextPath" -> "/ctx";
                  case "getHeader" -> "Faces-Request".equals(args[0]) ? facesRequest : null;
                  case "logout" -> calls.add("logout");
                  case "getCookies" ->
                      new jakarta.servlet.http.Cookie[] {
                        new jakarta.servlet.http.Cookie("JSESSIONID", "s"),
                        new jakarta.servlet.http.Cookie("csfcfc", "flash")
                      };
                  default -> null;
                });
  }

  private HttpServletResponse response() {
    return (HttpServletResponse)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {HttpServletResponse.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "sendRedirect" -> calls.add("redirect " + args[0]);
                  case "sendError" -> calls.add("error " + args[0]);
                  case "getWriter" -> new PrintWriter(written, true);
                  default -> null;
                });
  }
}
