package jp.zairyu.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import jp.zairyu.it.support.DeployedEar;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 19: every error the container itself answers (403 of a web constraint, 404, 405) gets the
 * product's own page in both languages with our headers, never Payara's "HTTP Status … – Error
 * report" page, in both front ends. The status stays the error's.
 */
@ExtendWith(DeployedEar.class)
class ErrorPagesIT {

  private static void assertOwnPage(HttpResponse<String> answer, int status, String marker) {
    String what = answer.request().method() + " " + answer.uri();
    assertThat(answer.statusCode()).as(what).isEqualTo(status);
    assertThat(answer.body())
        .as(what + ": our bilingual page")
        .contains(marker)
        .contains("lang=\"en\"")
        .contains("在留申請オンライン")
        .doesNotContain("HTTP Status")
        .doesNotContain("Error report")
        .doesNotContain("Payara");
    assertThat(answer.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("text/html");
    assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
    assertThat(answer.headers().allValues("Content-Security-Policy")).as(what).isNotEmpty();
  }

  private static String problem(int status) {
    return "data-status=\"" + status + "\"";
  }

  @Test
  void thePortalAnswersItsOwnPageForEachContainerError() {
    WebSession lawyer = WebSession.portal(Fixtures.LAWYER_AUTH_ID, Fixtures.DEMO_PASSWORD);
    assertOwnPage(lawyer.get("/portal/no-such-page.xhtml"), 404, problem(404));
    assertOwnPage(
        lawyer.get("/portal/applications/application.pdf?id=999999999"), 404, problem(404));
    assertOwnPage(lawyer.get("/portal/session/keepalive"), 405, problem(405));
    // page sources are never served: an empty auth-constraint refuses every caller
    HttpResponse<String> source = lawyer.get("/portal/WEB-INF/web.xml");
    assertThat(source.statusCode()).isIn(403, 404);
    assertOwnPage(source, source.statusCode(), problem(source.statusCode()));
  }

  @Test
  void theConsoleAnswersItsOwnPageForEachContainerError() {
    WebSession examiner = WebSession.console(Fixtures.TOKYO_EXAMINER, Fixtures.DEMO_PASSWORD);
    assertOwnPage(examiner.get("/console/no-such-page.xhtml"), 404, problem(404));
    assertOwnPage(examiner.post("/console/cases/queue.csv", Map.of()), 405, problem(405));
    // a page of the ADMIN role: the web constraint refuses an examiner
    assertOwnPage(examiner.get("/console/admin/audit.xhtml"), 403, "id=\"forbidden\"");
    HttpResponse<String> source = examiner.get("/console/WEB-INF/web.xml");
    assertThat(source.statusCode()).isIn(403, 404);
    assertOwnPage(
        source,
        source.statusCode(),
        source.statusCode() == 403 ? "id=\"forbidden\"" : problem(404));
  }
}
