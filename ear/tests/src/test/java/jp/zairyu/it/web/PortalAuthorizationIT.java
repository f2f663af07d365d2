package jp.zairyu.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import jp.zairyu.it.support.Accounts;
import jp.zairyu.it.support.Database;
import jp.zairyu.it.support.Deployments;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may open which portal page: every page of the WAR (found in its sources, so a new page is
 * covered the day it is added) for a visitor, a practitioner, a suspended practitioner, and the
 * officers of every role — whose console sessions never open the portal.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalAuthorizationIT {

  /** Pages anyone may open: logging in, registering, resetting a password, confirming a mail. */
  static final Set<String> PUBLIC =
      Set.of(
          "/login.xhtml",
          "/error.xhtml",
          "/registration/start.xhtml",
          "/registration/sent.xhtml",
          "/registration/password.xhtml",
          "/password/forgot.xhtml",
          "/password/reset.xhtml",
          "/account/confirm-email.xhtml");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  static List<String> pages() throws IOException {
    Path root = Path.of("../../web-portal/src/main/webapp");
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> p.toString().endsWith(".xhtml"))
          .map(p -> "/" + root.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith("/WEB-INF/"))
          .sorted()
          .toList();
    }
  }

  @Test
  void theSourcesListThePagesWeKnow() throws IOException {
    assertThat(pages()).containsAll(PUBLIC).contains("/index.xhtml", "/office/index.xhtml");
  }

  @Test
  void visitorsReachOnlyThePublicPages() throws IOException {
    WebSession visitor = WebSession.anonymous();
    for (String page : pages()) {
      HttpResponse<String> r = visitor.get("/portal" + page);
      if (PUBLIC.contains(page)) {
        assertThat(r.statusCode()).as(page).isEqualTo(200);
      } else {
        assertThat(r.statusCode()).as(page).isEqualTo(302);
        assertThat(WebSession.location(r)).as(page).contains("/portal/login.xhtml");
      }
    }
  }

  @Test
  void aPractitionerReachesEveryPage() throws IOException {
    WebSession practitioner = WebSession.portal(Fixtures.LAWYER_AUTH_ID, Fixtures.DEMO_PASSWORD);
    for (String page : pages()) {
      HttpResponse<String> r = practitioner.get("/portal" + page);
      assertThat(r.statusCode()).as(page).isNotIn(401, 403);
      assertThat(WebSession.location(r)).as(page).doesNotContain("login.xhtml");
    }
  }

  @Test
  void attachmentDownloadsNeedAPractitionerAndAreNotFoundForOthers() {
    HttpResponse<String> visitor =
        WebSession.anonymous().get("/portal/applications/attachment?id=1");
    assertThat(visitor.statusCode()).isEqualTo(302);
    assertThat(WebSession.location(visitor)).contains("/portal/login.xhtml");
    WebSession practitioner = WebSession.portal(Fixtures.LAWYER_AUTH_ID, Fixtures.DEMO_PASSWORD);
    assertThat(practitioner.get("/portal/applications/attachment?id=999999999").statusCode())
        .isEqualTo(404);
    assertThat(practitioner.get("/portal/applications/attachment?id=x").statusCode())
        .isEqualTo(404);
  }

  @Test
  void officersOfEveryRoleReachNoPortalPage() throws IOException {
    for (String officer : List.of("tokyo.examiner", "tokyo.supervisor", "admin")) {
      WebSession console = WebSession.console(officer, Fixtures.DEMO_PASSWORD);
      assertThat(console.get("/console/index.xhtml").statusCode()).isEqualTo(200);
      for (String page : pages()) {
        if (PUBLIC.contains(page)) {
          continue;
        }
        HttpResponse<String> r = console.get("/portal" + page);
        assertThat(r.statusCode()).as(officer + " " + page).isEqualTo(302);
        assertThat(WebSession.location(r)).contains("/portal/login.xhtml");
      }
    }
  }

  @Test
  void aPractitionersSessionNeverOpensTheConsole() {
    WebSession practitioner = WebSession.portal(Fixtures.LAWYER_AUTH_ID, Fixtures.DEMO_PASSWORD);
    for (String page : List.of("/index.xhtml", "/cases/view.xhtml?id=1")) {
      HttpResponse<String> r = practitioner.get("/console" + page);
      assertThat(r.statusCode()).as(page).isEqualTo(302);
      assertThat(WebSession.location(r)).contains("/console/login.xhtml");
    }
  }

  @Test
  void aSuspendedPractitionerIsLoggedOutAndCannotLogIn() throws Exception {
    String authId = Accounts.newLawyer();
    WebSession session = WebSession.portal(authId, Fixtures.DEMO_PASSWORD);
    assertThat(session.get("/portal/index.xhtml").statusCode()).isEqualTo(200);
    Database.update("update practitioner set status = 'SUSPENDED' where auth_id = ?", authId);
    Thread.sleep(11_000); // the session guard checks every 10 seconds
    HttpResponse<String> r = session.get("/portal/index.xhtml");
    assertThat(r.statusCode()).isEqualTo(302);
    assertThat(WebSession.location(r)).contains("reason=ended");
  }

  @Test
  void theKeepAliveAnswersOnlyALiveSession() {
    assertThat(WebSession.anonymous().get("/portal/session/keepalive").statusCode()).isEqualTo(302);
    WebSession practitioner = WebSession.portal(Fixtures.LAWYER_AUTH_ID, Fixtures.DEMO_PASSWORD);
    assertThat(practitioner.get("/portal/session/keepalive").statusCode()).isEqualTo(204);
  }
}
