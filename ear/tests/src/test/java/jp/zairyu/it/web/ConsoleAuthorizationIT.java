package jp.zairyu.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import jp.zairyu.it.support.ConsoleFixtures;
import jp.zairyu.it.support.Deployments;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.TestPorts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Over HTTP, as each kind of visitor: every page of the console (every {@code .xhtml} of the
 * console WAR as built, outside WEB-INF) is served, refused (403, with the bilingual page) or sent
 * to the login, as the roles allow; practitioners cannot log in to the console nor reach it with
 * their portal session.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleAuthorizationIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

  /** Who may see what; pages not listed here fail the test until they are given a rule. */
  private enum Access {
    PUBLIC,
    OFFICER,
    SUPERVISOR,
    ADMIN
  }

  private static final Map<String, Access> RULES =
      Map.ofEntries(
          Map.entry("/login.xhtml", Access.PUBLIC),
          Map.entry("/error.xhtml", Access.PUBLIC),
          Map.entry("/forbidden.xhtml", Access.PUBLIC),
          Map.entry("/index.xhtml", Access.OFFICER),
          Map.entry("/cases/view.xhtml", Access.OFFICER),
          Map.entry("/dashboard.xhtml", Access.OFFICER),
          Map.entry("/registrations/index.xhtml", Access.SUPERVISOR),
          Map.entry("/registrations/view.xhtml", Access.SUPERVISOR),
          Map.entry("/admin/officers/index.xhtml", Access.ADMIN),
          Map.entry("/admin/officers/new.xhtml", Access.ADMIN),
          Map.entry("/admin/officers/edit.xhtml", Access.ADMIN),
          Map.entry("/admin/registry.xhtml", Access.ADMIN),
          Map.entry("/admin/audit.xhtml", Access.ADMIN),
          Map.entry("/admin/maintenance.xhtml", Access.ADMIN),
          Map.entry("/admin/dead-letters.xhtml", Access.ADMIN));

  private static List<String> pages;

  @BeforeAll
  static void listThePagesOfTheConsoleWar() {
    pages = consolePages(Deployments.ear());
  }

  @Test
  void everyPageOfTheConsoleHasARule() {
    assertThat(pages).isNotEmpty().contains("/index.xhtml", "/admin/audit.xhtml");
    assertThat(RULES.keySet()).containsAll(pages);
  }

  @Test
  void anonymousVisitorsReachOnlyThePublicPagesAndAreSentToTheLoginOtherwise() throws Exception {
    Visitor anonymous = new Visitor();
    List<String> wrong = new ArrayList<>();
    for (String page : pages) {
      HttpResponse<String> response = anonymous.get(page);
      boolean pub = RULES.get(page) == Access.PUBLIC;
      boolean ok =
          pub
              ? response.statusCode() == 200
              : response.statusCode() == 302
                  && response
                      .headers()
                      .firstValue("Location")
                      .orElse("")
                      .contains("/console/login.xhtml");
      if (!ok) {
        wrong.add(page + " → " + response.statusCode());
      }
    }
    assertThat(wrong).as("pages answering an anonymous visitor wrongly").isEmpty();
  }

  @Test
  void anExaminerSeesTheCasePagesOnly() throws Exception {
    assertAccess(Fixtures.TOKYO_EXAMINER, Access.OFFICER);
  }

  @Test
  void aSupervisorAlsoReviewsRegistrations() throws Exception {
    assertAccess(ConsoleFixtures.TOKYO_SUPERVISOR, Access.SUPERVISOR);
  }

  @Test
  void anAdministratorSeesEveryPage() throws Exception {
    assertAccess(ConsoleFixtures.ADMIN, Access.ADMIN);
  }

  @Test
  void aPractitionerCannotLogInToTheConsole() throws Exception {
    Visitor practitioner = new Visitor();
    HttpResponse<String> refused =
        practitioner.logIn("/console", "login:loginId", Fixtures.LAWYER_AUTH_ID);

    assertThat(refused.statusCode()).isEqualTo(302);
    assertThat(refused.headers().firstValue("Location")).get().asString().contains("failed=");
    HttpResponse<String> index = practitioner.get("/index.xhtml");
    assertThat(index.statusCode()).isEqualTo(302);
    assertThat(index.headers().firstValue("Location"))
        .get()
        .asString()
        .contains("/console/login.xhtml");
  }

  @Test
  void aPractitionersPortalSessionDoesNotOpenTheConsole() throws Exception {
    Visitor practitioner = new Visitor();
    HttpResponse<String> portalLogin =
        practitioner.logIn("/portal", "login:authId", Fixtures.LAWYER_AUTH_ID);
    assertThat(portalLogin.statusCode()).isEqualTo(302);
    assertThat(portalLogin.headers().firstValue("Location").orElse("")).doesNotContain("failed=");

    for (String page :
        List.of("/index.xhtml", "/registrations/index.xhtml", "/admin/audit.xhtml")) {
      HttpResponse<String> response = practitioner.get(page);
      assertThat(response.statusCode()).as(page).isEqualTo(302);
      assertThat(response.headers().firstValue("Location"))
          .get()
          .asString()
          .contains("/console/login.xhtml");
    }
  }

  private void assertAccess(String loginId, Access level) throws Exception {
    Visitor officer = new Visitor();
    HttpResponse<String> login = officer.logIn("/console", "login:loginId", loginId);
    assertThat(login.headers().firstValue("Location").orElse(""))
        .as("login of " + loginId)
        .endsWith("/console/index.xhtml");

    List<String> wrong = new ArrayList<>();
    for (String page : pages) {
      Access needed = RULES.get(page);
      boolean allowed = needed.ordinal() <= level.ordinal();
      HttpResponse<String> response = officer.get(page);
      boolean ok =
          allowed
              ? response.statusCode() == 200
              : response.statusCode() == 403
                  && response.body().contains("権限がありません")
                  && response.body().contains("You are not allowed to see this page");
      if (!ok) {
        wrong.add(page + " → " + response.statusCode() + (allowed ? " (allowed)" : " (refused)"));
      }
    }
    assertThat(wrong).as("pages answering " + loginId + " wrongly").isEmpty();

    // The menu offers exactly what the role may open.
    String menu = officer.get("/index.xhtml").body();
    assertThat(menu.contains("id=\"navRegistrations\"")).isEqualTo(level.ordinal() >= 2);
    assertThat(menu.contains("id=\"navOfficers\"")).isEqualTo(level == Access.ADMIN);
    assertThat(menu.contains("id=\"navRegistry\"")).isEqualTo(level == Access.ADMIN);
    assertThat(menu.contains("id=\"navAudit\"")).isEqualTo(level == Access.ADMIN);
  }

  /** The console's pages as built: every .xhtml of its WAR outside WEB-INF and resources. */
  static List<String> consolePages(EnterpriseArchive ear) {
    Node war =
        ear.getContent().entrySet().stream()
            .filter(e -> e.getKey().get().matches("/[^/]*officer-console[^/]*\\.war"))
            .map(Map.Entry::getValue)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("No console WAR in " + ear.getContent()));
    TreeSet<String> found = new TreeSet<>();
    try (InputStream in = war.getAsset().openStream();
        ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        String name = "/" + e.getName();
        if (name.endsWith(".xhtml")
            && !name.startsWith("/WEB-INF/")
            && !name.startsWith("/META-INF/")
            && !name.startsWith("/resources/")) {
          found.add(name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(found);
  }

  /** A browser-like HTTP client with its own cookies; redirects are not followed. */
  private static final class Visitor {
    private final HttpClient http =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager())
            .build();

    HttpResponse<String> get(String consolePath) throws Exception {
      return getAbsolute("/console" + consolePath);
    }

    private HttpResponse<String> getAbsolute(String path) throws Exception {
      return http.send(
          HttpRequest.newBuilder(URI.create(TestPorts.baseUrl() + path)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    }

    /** Posts the login form of a front end with the demo password; returns its answer. */
    HttpResponse<String> logIn(String app, String idField, String id) throws Exception {
      HttpResponse<String> page = getAbsolute(app + "/login.xhtml");
      Matcher state = VIEW_STATE.matcher(page.body());
      assertThat(state.find()).as("ViewState of " + app + "/login.xhtml").isTrue();
      String form =
          Stream.of(
                  Map.entry("login", "login"),
                  Map.entry(idField, id),
                  Map.entry("login:password", Fixtures.DEMO_PASSWORD),
                  Map.entry("login:submit", ""),
                  Map.entry("jakarta.faces.ViewState", state.group(1)))
              .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
              .collect(Collectors.joining("&"));
      return http.send(
          HttpRequest.newBuilder(URI.create(TestPorts.baseUrl() + app + "/login.xhtml"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String s) {
      return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
  }
}
