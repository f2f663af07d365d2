package jp.zairyu.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.zairyu.it.support.Accounts;
import jp.zairyu.it.support.CaseRows;
import jp.zairyu.it.support.ConsoleFixtures;
import jp.zairyu.it.support.Database;
import jp.zairyu.it.support.DeployedEar;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.WebSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The authorization matrix: every page, download and action of both front ends × every kind of
 * caller, the expected answer read from {@link #TABLE} and nowhere else. Pages are found in the
 * WARs' sources and downloads in their {@code @WebServlet} paths, so a new one fails {@link
 * #everyPageAndDownloadHasARow} until the table gives it a row. Accounts are written to the
 * database (one of each kind of user of {@code user-types.csv}); the caller that owns the data is
 * the lawyer, a member of an office whose administrator is another caller. An action is a post of
 * the page's form with a view state issued to another session: refused before anything runs (400,
 * or the login / 403 a page itself gets). Every id another caller owns answers 404.
 */
@ExtendWith(DeployedEar.class)
class AuthorizationMatrixIT {

  /** The callers, in the table's column order. */
  enum Caller {
    ANONYMOUS,
    ORG_STAFF,
    /** The lawyer who owns the application, its attachment and the case (LAWYER_SCRIVENER). */
    OWNER,
    PUBLIC_INTEREST_CORP,
    SUPPORT_ORG,
    FOREIGN_NATIONAL,
    LEGAL_REPRESENTATIVE,
    RELATIVE,
    /** The administrator of the owner's office (a lawyer as well). */
    OFFICE_ADMIN,
    /** Another lawyer, in no office. */
    OTHER_PRACTITIONER,
    EXAMINER,
    SUPERVISOR,
    ADMIN,
    /** An examiner of the Osaka bureau; the case is Tokyo's. */
    OTHER_BUREAU
  }

  /**
   * The one table. Answers: a status code; {@code L} = sent to the login of the resource's front
   * end (302). Ids: {draft} the owner's draft, {case} the owner's application submitted to Tokyo
   * and under examination by tokyo.examiner, {attachment} a PDF of that case, {registration} one in
   * review, {officer} an officer's account. POST = the page's form sent with a view state that is
   * not the caller's. The office administrator sees the members' applications (the page, the
   * draft's form and its attachments, the files); saving is the author's (DraftingService.owned);
   * the fee slip exists only while 発行待ち.
   */
  static final String TABLE =
      """
      #                                                    ANO ORG OWN PIC SUP FN  LEG REL OAD OTH EXA SUV ADM OBU
      portal  GET  /login.xhtml                            200 200 200 200 200 200 200 200 200 200 200 200 200 200
      portal  GET  /error.xhtml                            200 200 200 200 200 200 200 200 200 200 200 200 200 200
      portal  GET  /problem.xhtml                          200 200 200 200 200 200 200 200 200 200 200 200 200 200
      portal  GET  /registration/start.xhtml               200 200 200 200 200 200 200 200 200 200 200 200 200 200
      portal  GET  /registration/sent.xhtml                200 200 200 200 200 200 200 200 200 200 200 200 200 200
      portal  GET  /registration/password.xhtml            200 200 200 200 200 200 200 200 200 200 200 200 200 200
      portal  GET  /password/forgot.xhtml                  200 200 200 200 200 200 200 200 200 200 200 200 200 200
      portal  GET  /password/reset.xhtml                   200 200 200 200 200 200 200 200 200 200 200 200 200 200
      portal  GET  /account/confirm-email.xhtml            200 200 200 200 200 200 200 200 200 200 200 200 200 200
      portal  GET  /index.xhtml                            L   200 200 200 200 200 200 200 200 200 L   L   L   L
      portal  GET  /account/index.xhtml                    L   200 200 200 200 200 200 200 200 200 L   L   L   L
      portal  GET  /account/security.xhtml                 L   200 200 200 200 200 200 200 200 200 L   L   L   L
      portal  GET  /office/index.xhtml                     L   200 200 200 200 200 200 200 200 200 L   L   L   L
      portal  GET  /applications/edit.xhtml                L   200 200 200 200 200 200 200 200 200 L   L   L   L
      portal  GET  /applications/edit.xhtml?id={draft}     L   404 200 404 404 404 404 404 200 404 L   L   L   L
      portal  GET  /applications/attachments.xhtml?id={draft} L 404 200 404 404 404 404 404 200 404 L   L   L   L
      portal  GET  /applications/view.xhtml?id={case}      L   404 200 404 404 404 404 404 200 404 L   L   L   L
      portal  GET  /applications/attachment?id={attachment} L  404 200 404 404 404 404 404 200 404 L   L   L   L
      portal  GET  /applications/application.pdf?id={case} L   404 200 404 404 404 404 404 200 404 L   L   L   L
      portal  GET  /applications/fee-slip.pdf?id={case}    L   404 404 404 404 404 404 404 404 404 L   L   L   L
      portal  GET  /session/keepalive                      L   405 405 405 405 405 405 405 405 405 L   L   L   L
      portal  POST /login.xhtml                            400 400 400 400 400 400 400 400 400 400 400 400 400 400
      portal  POST /registration/start.xhtml               400 400 400 400 400 400 400 400 400 400 400 400 400 400
      portal  POST /registration/password.xhtml            400 400 400 400 400 400 400 400 400 400 400 400 400 400
      portal  POST /password/forgot.xhtml                  400 400 400 400 400 400 400 400 400 400 400 400 400 400
      portal  POST /password/reset.xhtml                   400 400 400 400 400 400 400 400 400 400 400 400 400 400
      portal  POST /index.xhtml                            L   400 400 400 400 400 400 400 400 400 L   L   L   L
      portal  POST /account/index.xhtml                    L   400 400 400 400 400 400 400 400 400 L   L   L   L
      portal  POST /account/security.xhtml                 L   400 400 400 400 400 400 400 400 400 L   L   L   L
      portal  POST /office/index.xhtml                     L   400 400 400 400 400 400 400 400 400 L   L   L   L
      portal  POST /applications/edit.xhtml?id={draft}     L   400 400 400 400 400 400 400 400 400 L   L   L   L
      portal  POST /applications/attachments.xhtml?id={draft} L 400 400 400 400 400 400 400 400 400 L  L   L   L
      portal  POST /applications/view.xhtml?id={case}      L   400 400 400 400 400 400 400 400 400 L   L   L   L
      console GET  /login.xhtml                            200 200 200 200 200 200 200 200 200 200 200 200 200 200
      console GET  /error.xhtml                            200 200 200 200 200 200 200 200 200 200 200 200 200 200
      console GET  /problem.xhtml                          200 200 200 200 200 200 200 200 200 200 200 200 200 200
      console GET  /forbidden.xhtml                        200 200 200 200 200 200 200 200 200 200 200 200 200 200
      console GET  /index.xhtml                            L   L   L   L   L   L   L   L   L   L   200 200 200 200
      console GET  /dashboard.xhtml                        L   L   L   L   L   L   L   L   L   L   200 200 200 200
      console GET  /account/security.xhtml                 L   L   L   L   L   L   L   L   L   L   200 200 200 200
      console GET  /cases/view.xhtml?id={case}             L   L   L   L   L   L   L   L   L   L   200 200 200 404
      console GET  /cases/document?case={case}&id={attachment} L L   L   L   L   L   L   L   L   L   200 200 200 404
      console GET  /cases/application.pdf?id={case}        L   L   L   L   L   L   L   L   L   L   200 200 200 404
      console GET  /cases/queue.csv                        L   L   L   L   L   L   L   L   L   L   200 200 200 200
      console GET  /dashboard.csv?table=backlog            L   L   L   L   L   L   L   L   L   L   200 200 200 200
      console GET  /dashboard.csv                          L   L   L   L   L   L   L   L   L   L   404 404 404 404
      console GET  /registrations/index.xhtml              L   L   L   L   L   L   L   L   L   L   403 200 200 403
      console GET  /registrations/view.xhtml?id={registration} L L  L   L   L   L   L   L   L   L   403 200 200 403
      console GET  /admin/officers/index.xhtml             L   L   L   L   L   L   L   L   L   L   403 403 200 403
      console GET  /admin/officers/new.xhtml               L   L   L   L   L   L   L   L   L   L   403 403 200 403
      console GET  /admin/officers/edit.xhtml?id={officer} L   L   L   L   L   L   L   L   L   L   403 403 200 403
      console GET  /admin/registry.xhtml                   L   L   L   L   L   L   L   L   L   L   403 403 200 403
      console GET  /admin/audit.xhtml                      L   L   L   L   L   L   L   L   L   L   403 403 200 403
      console GET  /admin/maintenance.xhtml                L   L   L   L   L   L   L   L   L   L   403 403 200 403
      console GET  /admin/dead-letters.xhtml               L   L   L   L   L   L   L   L   L   L   403 403 200 403
      console POST /login.xhtml                            400 400 400 400 400 400 400 400 400 400 400 400 400 400
      console POST /index.xhtml                            L   L   L   L   L   L   L   L   L   L   400 400 400 400
      console POST /dashboard.xhtml                        L   L   L   L   L   L   L   L   L   L   400 400 400 400
      console POST /account/security.xhtml                 L   L   L   L   L   L   L   L   L   L   400 400 400 400
      console POST /cases/view.xhtml?id={case}             L   L   L   L   L   L   L   L   L   L   400 400 400 400
      console POST /registrations/index.xhtml              L   L   L   L   L   L   L   L   L   L   403 400 400 403
      console POST /registrations/view.xhtml?id={registration} L L L  L   L   L   L   L   L   L   403 400 400 403
      console POST /admin/officers/index.xhtml             L   L   L   L   L   L   L   L   L   L   403 403 400 403
      console POST /admin/officers/new.xhtml               L   L   L   L   L   L   L   L   L   L   403 403 400 403
      console POST /admin/officers/edit.xhtml?id={officer} L   L   L   L   L   L   L   L   L   L   403 403 400 403
      console POST /admin/registry.xhtml                   L   L   L   L   L   L   L   L   L   L   403 403 400 403
      console POST /admin/audit.xhtml                      L   L   L   L   L   L   L   L   L   L   403 403 400 403
      console POST /admin/maintenance.xhtml                L   L   L   L   L   L   L   L   L   L   403 403 400 403
      console POST /admin/dead-letters.xhtml               L   L   L   L   L   L   L   L   L   L   403 403 400 403
      """;

  record Row(String front, String method, String path, Map<Caller, String> expected) {
    String base() {
      int q = path.indexOf('?');
      return q < 0 ? path : path.substring(0, q);
    }
  }

  static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (String line : TABLE.split("\n")) {
      String trimmed = line.trim();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String[] cells = trimmed.split("\\s+");
      assertThat(cells).as("a row of the table: " + line).hasSize(3 + Caller.values().length);
      Map<Caller, String> expected = new EnumMap<>(Caller.class);
      for (Caller c : Caller.values()) {
        expected.put(c, cells[3 + c.ordinal()]);
      }
      rows.add(new Row(cells[0], cells[1], cells[2], expected));
    }
    return rows;
  }

  private static final Map<Caller, WebSession> sessions = new EnumMap<>(Caller.class);
  private static final Map<String, String> ids = new LinkedHashMap<>();

  @BeforeAll
  static void callersAndTheirData() {
    long office = CaseRows.office(Fixtures.uniqueName("行列事務所"));
    String owner = CaseRows.practitioner("LAWYER_SCRIVENER", office, "STAFF");
    String officeAdmin = CaseRows.practitioner("LAWYER_SCRIVENER", office, "ADMIN");
    long draft = CaseRows.draft(owner);
    long kase = CaseRows.submitted(owner, "UNDER_REVIEW", "TOKYO", Fixtures.TOKYO_EXAMINER);
    long attachment = CaseRows.document(kase);
    ids.put("{draft}", Long.toString(draft));
    ids.put("{case}", Long.toString(kase));
    ids.put("{attachment}", Long.toString(attachment));
    ids.put(
        "{registration}",
        Long.toString(ConsoleFixtures.lawyerWithMismatchingName(Fixtures.uniqueName("行列")).id()));
    ids.put(
        "{officer}",
        Database.string("select id from officer where login_id = ?", "osaka.examiner"));

    sessions.put(Caller.ANONYMOUS, WebSession.anonymous());
    for (Caller kind :
        List.of(
            Caller.ORG_STAFF,
            Caller.PUBLIC_INTEREST_CORP,
            Caller.SUPPORT_ORG,
            Caller.FOREIGN_NATIONAL,
            Caller.LEGAL_REPRESENTATIVE,
            Caller.RELATIVE)) {
      sessions.put(
          kind,
          WebSession.portal(
              CaseRows.practitioner(kind.name(), null, null), Fixtures.DEMO_PASSWORD));
    }
    sessions.put(Caller.OWNER, WebSession.portal(owner, Fixtures.DEMO_PASSWORD));
    sessions.put(Caller.OFFICE_ADMIN, WebSession.portal(officeAdmin, Fixtures.DEMO_PASSWORD));
    sessions.put(
        Caller.OTHER_PRACTITIONER,
        WebSession.portal(
            CaseRows.practitioner("LAWYER_SCRIVENER", null, null), Fixtures.DEMO_PASSWORD));
    sessions.put(
        Caller.EXAMINER, WebSession.console(Fixtures.TOKYO_EXAMINER, Fixtures.DEMO_PASSWORD));
    sessions.put(
        Caller.SUPERVISOR, WebSession.console(Fixtures.TOKYO_SUPERVISOR, Fixtures.DEMO_PASSWORD));
    sessions.put(
        Caller.ADMIN, WebSession.console(ConsoleFixtures.newAdmin(), Fixtures.DEMO_PASSWORD));
    sessions.put(
        Caller.OTHER_BUREAU, WebSession.console(Fixtures.OSAKA_EXAMINER, Fixtures.DEMO_PASSWORD));
  }

  @Test
  void everyPageAndDownloadHasARow() throws IOException {
    List<Row> rows = rows();
    for (String front : List.of("portal", "console")) {
      List<String> got =
          rows.stream()
              .filter(r -> r.front().equals(front) && r.method().equals("GET"))
              .map(Row::base)
              .toList();
      assertThat(got).as(front + " rows").containsAll(pages(front)).containsAll(servlets(front));
    }
  }

  @TestFactory
  Stream<DynamicTest> matrix() {
    List<DynamicTest> cells = new ArrayList<>();
    for (Row row : rows()) {
      for (Caller caller : Caller.values()) {
        String expected = row.expected().get(caller);
        cells.add(
            DynamicTest.dynamicTest(
                row.front()
                    + " "
                    + row.method()
                    + " "
                    + row.path()
                    + " × "
                    + caller
                    + " → "
                    + expected,
                () -> cell(row, caller, expected)));
      }
    }
    System.out.println("AuthorizationMatrixIT: " + cells.size() + " cells");
    return cells.stream();
  }

  private static void cell(Row row, Caller caller, String expected) {
    String path = "/" + row.front() + row.path();
    for (Map.Entry<String, String> id : ids.entrySet()) {
      path = path.replace(id.getKey(), id.getValue());
    }
    WebSession session = sessions.get(caller);
    HttpResponse<String> r;
    if (row.method().equals("GET")) {
      r = session.get(path);
    } else {
      // a view state that another session was given, as a forged cross-site post would carry
      String foreign = foreignViewState(row.front());
      r =
          session.post(
              path,
              Map.of(
                  "jakarta.faces.ViewState",
                  foreign,
                  "form",
                  "form",
                  "form:submit",
                  "form:submit"));
    }
    String where = caller + " " + row.method() + " " + path;
    String body = r.body() == null ? "" : r.body();
    assertThat(r.statusCode()).as(where + " (5xx never)").isLessThan(500);
    switch (expected) {
      case "L" -> {
        assertThat(r.statusCode()).as(where + " → login").isEqualTo(302);
        assertThat(WebSession.location(r)).as(where).contains("/" + row.front() + "/login.xhtml");
      }
      case "403" -> {
        assertThat(r.statusCode()).as(where).isEqualTo(403);
        assertThat(body).contains("権限がありません").contains("You are not allowed to see this page");
      }
      default -> assertThat(r.statusCode()).as(where).isEqualTo(Integer.parseInt(expected));
    }
  }

  private static final Map<String, String> foreignStates = new LinkedHashMap<>();

  private static synchronized String foreignViewState(String front) {
    return foreignStates.computeIfAbsent(
        front,
        f -> {
          String page = WebSession.anonymous().get("/" + f + "/login.xhtml").body();
          Matcher m =
              Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"")
                  .matcher(page);
          assertThat(m.find()).isTrue();
          return m.group(1);
        });
  }

  // ---------------------------------------------------------------- what the WARs hold

  private static Path webapp(String front) {
    return Path.of(front.equals("portal") ? "../../web-portal" : "../../officer-console");
  }

  static List<String> pages(String front) throws IOException {
    Path root = webapp(front).resolve("src/main/webapp");
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> p.toString().endsWith(".xhtml"))
          .map(p -> "/" + root.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/"))
          .sorted()
          .toList();
    }
  }

  static List<String> servlets(String front) throws IOException {
    Path root = webapp(front).resolve("src/main/java");
    Pattern annotation = Pattern.compile("@WebServlet\\(\\{?([^)}]*)\\}?\\)");
    Pattern literal = Pattern.compile("\"([^\"]+)\"");
    TreeSet<String> paths = new TreeSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher a = annotation.matcher(Files.readString(file));
        while (a.find()) {
          Matcher l = literal.matcher(a.group(1));
          while (l.find()) {
            paths.add(l.group(1));
          }
        }
      }
    }
    return List.copyOf(paths);
  }

  // ---------------------------------------------------------------- beyond the matrix

  @Test
  void thePagesAndDownloadsAreFound() throws IOException {
    assertThat(pages("portal")).contains("/index.xhtml", "/office/index.xhtml");
    assertThat(pages("console")).contains("/index.xhtml", "/admin/audit.xhtml");
    assertThat(servlets("portal")).contains("/applications/attachment", "/session/keepalive");
    assertThat(servlets("console")).contains("/cases/document", "/dashboard.csv");
  }

  @Test
  void aPractitionerCannotLogInToTheConsole() {
    WebSession practitioner = WebSession.anonymous();
    String page = practitioner.get("/console/login.xhtml").body();
    Matcher m =
        Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"")
            .matcher(page);
    assertThat(m.find()).isTrue();
    HttpResponse<String> refused =
        practitioner.post(
            "/console/login.xhtml",
            Map.of(
                "login",
                "login",
                "login:loginId",
                Fixtures.LAWYER_AUTH_ID,
                "login:password",
                Fixtures.DEMO_PASSWORD,
                "login:submit",
                "",
                "jakarta.faces.ViewState",
                m.group(1)));
    assertThat(refused.statusCode()).isEqualTo(302);
    assertThat(WebSession.location(refused)).contains("failed=");
    assertThat(WebSession.location(practitioner.get("/console/index.xhtml")))
        .contains("/console/login.xhtml");
  }

  @Test
  void theConsoleMenuOffersWhatTheRoleMayOpen() {
    Map<String, Integer> levels =
        Map.of(
            Fixtures.TOKYO_EXAMINER,
            0,
            Fixtures.TOKYO_SUPERVISOR,
            1,
            ConsoleFixtures.newAdmin(),
            2);
    levels.forEach(
        (login, level) -> {
          String menu =
              WebSession.console(login, Fixtures.DEMO_PASSWORD).get("/console/index.xhtml").body();
          assertThat(menu.contains("id=\"navRegistrations\"")).as(login).isEqualTo(level >= 1);
          assertThat(menu.contains("id=\"navOfficers\"")).as(login).isEqualTo(level == 2);
          assertThat(menu.contains("id=\"navRegistry\"")).as(login).isEqualTo(level == 2);
          assertThat(menu.contains("id=\"navAudit\"")).as(login).isEqualTo(level == 2);
        });
  }

  @Test
  void aSuspendedPractitionerIsLoggedOutAndCannotLogIn() throws Exception {
    String authId = Accounts.newLawyer();
    WebSession session = WebSession.portal(authId, Fixtures.DEMO_PASSWORD);
    assertThat(session.get("/portal/index.xhtml").statusCode()).isEqualTo(200);
    Database.update("update practitioner set status = 'SUSPENDED' where auth_id = ?", authId);
    // the session guard checks every 10 seconds
    HttpResponse<String> r =
        org.awaitility.Awaitility.await()
            .atMost(java.time.Duration.ofSeconds(30))
            .pollInterval(java.time.Duration.ofMillis(500))
            .until(() -> session.get("/portal/index.xhtml"), page -> page.statusCode() != 200);
    assertThat(r.statusCode()).isEqualTo(302);
    assertThat(WebSession.location(r)).contains("reason=ended");
  }
}
