package jp.zairyu.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import jp.zairyu.it.support.Accounts;
import jp.zairyu.it.support.Database;
import jp.zairyu.it.support.DeployedEar;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.OfficerCodes;
import jp.zairyu.it.support.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A session opened before a change that must end it (password, second factor, suspension, role,
 * bureau) is refused at its next request on every path: pages, downloads, PDFs, the keep-alive. The
 * change is made the way the domain makes it (the account's credentials version grows, which the
 * domain tests prove for each change), from outside this session, as another session or another
 * server would.
 */
@ExtendWith(DeployedEar.class)
class SessionEndIT {

  @Test
  void aPractitionersOtherSessionEndsOnEveryPathAtItsNextRequest() {
    String authId = Accounts.newLawyer();
    WebSession keepAlive = WebSession.portal(authId, Fixtures.DEMO_PASSWORD);
    WebSession download = WebSession.portal(authId, Fixtures.DEMO_PASSWORD);
    WebSession pdf = WebSession.portal(authId, Fixtures.DEMO_PASSWORD);
    WebSession pages = WebSession.portal(authId, Fixtures.DEMO_PASSWORD);
    assertThat(keepAlive.post("/portal/session/keepalive", Map.of()).statusCode()).isEqualTo(204);
    assertThat(download.get("/portal/applications/attachment?id=999999999").statusCode())
        .as("the download servlet is reached: an id nobody owns")
        .isEqualTo(404);
    assertThat(pdf.get("/portal/applications/application.pdf?id=999999999").statusCode())
        .isEqualTo(404);
    assertThat(pages.get("/portal/index.xhtml").statusCode()).isEqualTo(200);

    // the password is changed in another session (Practitioner.changePassword)
    Database.update(
        "update practitioner set credentials_version = credentials_version + 1 where auth_id = ?",
        authId);

    assertThat(keepAlive.post("/portal/session/keepalive", Map.of()).statusCode()).isEqualTo(401);
    assertThat(download.get("/portal/applications/attachment?id=999999999").statusCode())
        .isEqualTo(401);
    assertThat(pdf.get("/portal/applications/application.pdf?id=999999999").statusCode())
        .isEqualTo(401);
    HttpResponse<String> page = pages.get("/portal/index.xhtml");
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(WebSession.location(page)).endsWith("/portal/login.xhtml?reason=ended");
    for (WebSession ended : new WebSession[] {keepAlive, download, pdf, pages}) {
      HttpResponse<String> next = ended.get("/portal/index.xhtml");
      assertThat(next.statusCode()).as("logged out for good").isEqualTo(302);
      assertThat(WebSession.location(next)).contains("/portal/login.xhtml");
    }

    // a new login works and is not ended
    WebSession after = WebSession.portal(authId, Fixtures.DEMO_PASSWORD);
    assertThat(after.post("/portal/session/keepalive", Map.of()).statusCode()).isEqualTo(204);
  }

  @Test
  void aSuspendedPractitionersSessionEndsAtOnce() {
    String authId = Accounts.newLawyer();
    WebSession session = WebSession.portal(authId, Fixtures.DEMO_PASSWORD);
    assertThat(session.post("/portal/session/keepalive", Map.of()).statusCode()).isEqualTo(204);
    Database.update(
        "update practitioner set status = 'SUSPENDED',"
            + " credentials_version = credentials_version + 1 where auth_id = ?",
        authId);
    assertThat(session.post("/portal/session/keepalive", Map.of()).statusCode()).isEqualTo(401);
  }

  @Test
  void anAdminDemotedToExaminerLosesTheAdminPagesOfTheSessionOpenedBefore() {
    String login = Fixtures.uniqueName("sec.admin").toLowerCase().replaceAll("[^a-z0-9.]", "");
    Database.update(
        "insert into officer (login_id, password_hash, full_name, bureau_code, role,"
            + " totp_secret, totp_enabled_at)"
            + " select ?, password_hash, '安全 管理', 'TOKYO', 'ADMIN', ?, now() from officer"
            + " where login_id = 'tokyo.examiner'",
        login,
        OfficerCodes.DEMO_SECRET);
    WebSession admin =
        WebSession.console(
            login, Fixtures.DEMO_PASSWORD, OfficerCodes.next(login, OfficerCodes.DEMO_SECRET));
    assertThat(admin.get("/console/admin/officers/index.xhtml").statusCode()).isEqualTo(200);

    // another ADMIN makes them an examiner (Officer.assign: role changed, sessions end)
    Database.update(
        "update officer set role = 'EXAMINER', credentials_version = credentials_version + 1"
            + " where login_id = ?",
        login);

    HttpResponse<String> refused = admin.get("/console/admin/officers/index.xhtml");
    assertThat(refused.statusCode()).isEqualTo(302);
    assertThat(WebSession.location(refused)).endsWith("/console/login.xhtml?reason=ended");
    assertThat(admin.get("/console/cases/queue.csv?queue=NEW").statusCode()).isEqualTo(302);

    WebSession again =
        WebSession.console(
            login, Fixtures.DEMO_PASSWORD, OfficerCodes.next(login, OfficerCodes.DEMO_SECRET));
    assertThat(again.get("/console/admin/officers/index.xhtml").statusCode())
        .as("logged in again as the examiner they now are")
        .isIn(302, 403);
    assertThat(again.get("/console/index.xhtml").statusCode()).isEqualTo(200);
  }
}
