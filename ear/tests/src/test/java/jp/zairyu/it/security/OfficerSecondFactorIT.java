package jp.zairyu.it.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.zairyu.domain.model.account.Totp;
import jp.zairyu.it.support.Database;
import jp.zairyu.it.support.DeployedEar;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.OfficerCodes;
import jp.zairyu.it.support.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Officers log in with a second factor (TOTP) once they have one, and every ADMIN must: an ADMIN
 * without one reaches nothing but the enrolment page until it is set up; codes work once.
 */
@ExtendWith(DeployedEar.class)
class OfficerSecondFactorIT {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern SECRET = Pattern.compile("<code id=\"secret\">([A-Z2-7 ]+)</code>");

  /** A new officer of the role with the demo password, without a second factor. */
  private static String officer(String role) {
    String login = "sec." + Long.toString(System.nanoTime(), 36);
    Database.update(
        "insert into officer (login_id, password_hash, full_name, bureau_code, role)"
            + " select ?, password_hash, '二段階 試験', 'TOKYO', ? from officer"
            + " where login_id = 'tokyo.examiner'",
        login,
        role);
    return login;
  }

  @Test
  void anAdminWithoutASecondFactorReachesOnlyTheEnrolmentPageUntilItIsSetUp() {
    String login = officer("ADMIN");
    WebSession admin = WebSession.console(login, Fixtures.DEMO_PASSWORD, "");
    for (String page :
        new String[] {
          "/console/index.xhtml", "/console/admin/officers/index.xhtml", "/console/dashboard.xhtml"
        }) {
      HttpResponse<String> refused = admin.get(page);
      assertThat(refused.statusCode()).as(page).isEqualTo(302);
      assertThat(WebSession.location(refused)).endsWith("/console/account/security.xhtml");
    }
    assertThat(admin.get("/console/dashboard.csv").statusCode()).isEqualTo(403);

    // enrol: read the key the page shows, answer with the app's code
    HttpResponse<String> enrolment = admin.get("/console/account/security.xhtml");
    assertThat(enrolment.statusCode()).isEqualTo(200);
    Matcher key = SECRET.matcher(enrolment.body());
    assertThat(key.find()).as("the key is shown").isTrue();
    String secret = key.group(1).replace(" ", "");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("totpEnrol", "totpEnrol");
    form.put("totpEnrol:code", "000000".equals(Totp.code(secret, 0)) ? "111111" : "000000");
    form.put("totpEnrol:confirm", "");
    form.put("jakarta.faces.ViewState", viewState(enrolment.body()));
    HttpResponse<String> wrong = admin.post("/console/account/security.xhtml", form);
    assertThat(wrong.statusCode()).isEqualTo(200);
    assertThat(wrong.body()).contains("確認コードが正しくありません");

    form.put("totpEnrol:code", OfficerCodes.next(login, secret));
    form.put("jakarta.faces.ViewState", viewState(wrong.body()));
    HttpResponse<String> enrolled = admin.post("/console/account/security.xhtml", form);
    assertThat(enrolled.statusCode()).isEqualTo(302);
    assertThat(admin.get("/console/admin/officers/index.xhtml").statusCode()).isEqualTo(200);
    assertThat(Database.string("select totp_secret from officer where login_id = ?", login))
        .as("encrypted at rest")
        .startsWith("enc:v1:")
        .doesNotContain(secret);

    // from now on the code is asked for at every login, and each code works once
    assertThatThrownBy(() -> WebSession.console(login, Fixtures.DEMO_PASSWORD, ""))
        .hasMessageContaining("failed=code");
    String code = OfficerCodes.next(login, secret);
    WebSession.console(login, Fixtures.DEMO_PASSWORD, code);
    assertThatThrownBy(() -> WebSession.console(login, Fixtures.DEMO_PASSWORD, code))
        .as("the same code a second time")
        .hasMessageContaining("failed=true");
  }

  @Test
  void anExaminerWithoutASecondFactorWorksAsBefore() {
    String login = officer("EXAMINER");
    WebSession examiner = WebSession.console(login, Fixtures.DEMO_PASSWORD, "");
    assertThat(examiner.get("/console/index.xhtml").statusCode()).isEqualTo(200);
    assertThat(examiner.get("/console/account/security.xhtml").statusCode()).isEqualTo(200);
  }

  @Test
  void theDemoAdminLogsInWithItsCodeAndNotWithoutIt() {
    assertThatThrownBy(() -> WebSession.console("tokyo.admin", Fixtures.DEMO_PASSWORD, ""))
        .hasMessageContaining("failed=code");
    WebSession admin = WebSession.console("tokyo.admin", Fixtures.DEMO_PASSWORD);
    assertThat(admin.get("/console/admin/maintenance.xhtml").statusCode()).isEqualTo(200);
  }

  private static String viewState(String page) {
    Matcher m = VIEW_STATE.matcher(page);
    assertThat(m.find()).as("a view state").isTrue();
    return m.group(1);
  }
}
