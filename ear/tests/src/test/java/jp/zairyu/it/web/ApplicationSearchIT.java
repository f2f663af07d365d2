package jp.zairyu.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import jp.zairyu.it.support.Accounts;
import jp.zairyu.it.support.Database;
import jp.zairyu.it.support.DeployedEar;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 申請情報検索: a practitioner's 45 applications filtered by state, procedure, status, name and receipt
 * number, paged by 20, as bookmarkable addresses; another practitioner sees none of them.
 */
@ExtendWith(DeployedEar.class)
class ApplicationSearchIT {

  /** A receipt series of letters no other run uses (numbers as the bureaus issue them). */
  private static String series() {
    StringBuilder s = new StringBuilder("S");
    java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
    for (int i = 0; i < 7; i++) {
      s.append((char) ('A' + r.nextInt(26)));
    }
    return s.toString();
  }

  private static void seed(String authId, String marker) {
    // 45 applications: 15 drafts of changes (STUDENT → HSP), 30 submitted extensions.
    Database.update(
        "insert into application (practitioner_id, procedure_code, state, applicant_name,"
            + " current_status, desired_status, desired_status_subtype, receipt_number,"
            + " created_at, updated_at, submitted_at)"
            + " select p.id, case when g <= 15 then 'CHANGE' else 'EXTENSION' end,"
            + " case when g <= 15 then 'DRAFT' else 'SUBMITTED' end,"
            + " ? || ' ' || lpad(g::text, 3, '0'),"
            + " case when g <= 15 then 'STUDENT' else 'ENGINEER_HUMANITIES' end,"
            + " case when g <= 15 then 'HSP' else 'ENGINEER_HUMANITIES' end,"
            + " case when g <= 15 then '1号イ' end,"
            + " case when g > 15 then ? || '-2099-' || lpad(g::text, 7, '0') end,"
            + " now() - g * interval '1 hour', now() - g * interval '1 hour',"
            + " case when g > 15 then now() - g * interval '1 hour' end"
            + " from practitioner p, generate_series(1, 45) g where p.auth_id = ?",
        marker,
        series(),
        authId);
  }

  private static String get(WebSession s, String query) {
    var r = s.get("/portal/index.xhtml" + query);
    assertThat(r.statusCode()).as(query).isEqualTo(200);
    return r.body();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void filtersPagesAndSortsTheCallersApplicationsOnly() {
    String authId = Accounts.newLawyer();
    String marker = Fixtures.uniqueName("SEARCH");
    seed(authId, marker);
    WebSession s = WebSession.portal(authId, Fixtures.DEMO_PASSWORD);

    String all = get(s, "");
    assertThat(all).contains("45件").contains("1 / 3ページ");
    assertThat(all).contains("id=\"next\"").doesNotContain("id=\"previous\"");
    String page3 = get(s, "?page=3");
    assertThat(page3)
        .contains("3 / 3ページ")
        .contains("id=\"previous\"")
        .doesNotContain("id=\"next\"");
    // A page past the last one (an old bookmark) still counts the matches and links back.
    assertThat(get(s, "?page=9"))
        .contains("45件")
        .contains("このページに申請はありません")
        .contains("id=\"previous\"")
        .doesNotContain("id=\"next\"");

    assertThat(get(s, "?state=DRAFT")).contains("15件");
    String bothFilters = get(s, "?procedure=EXTENSION&state=SUBMITTED");
    assertThat(bothFilters).contains("30件");
    // The form shows the search it answers (the options are built once, the choice per request).
    assertThat(bothFilters)
        .contains("<option value=\"SUBMITTED\" selected=\"selected\">")
        .contains("<option value=\"EXTENSION\" selected=\"selected\">")
        .doesNotContain("<option value=\"DRAFT\" selected")
        .doesNotContain("<option value=\"HSP\" selected");
    String byStatus = get(s, "?status=HSP");
    assertThat(byStatus).contains("15件").contains("<option value=\"HSP\" selected=\"selected\">");
    // The page posts nothing back: its view is stateless (nothing of it kept in the session).
    assertThat(byStatus).contains("value=\"stateless\"");
    // "… 04" matches 040 to 045, case-insensitively.
    assertThat(get(s, "?q=" + enc(marker.toLowerCase() + " 04"))).contains("6件");
    assertThat(get(s, "?q=" + enc("100%_"))).contains("0件").contains("条件に合う申請はありません");
    String sorted = get(s, "?sort=APPLICANT&asc=true&state=SUBMITTED");
    assertThat(sorted.indexOf(marker + " 016")).isLessThan(sorted.indexOf(marker + " 017"));
    String receipt =
        Database.string(
            "select min(receipt_number) from application where applicant_name like ?",
            marker + "%");
    assertThat(get(s, "?receipt=" + receipt)).contains("1件").contains(receipt);

    // Bad parameters never break the page.
    assertThat(get(s, "?state=NOPE&sort=DROP%20TABLE&page=-4")).contains("45件");
    assertThat(get(s, "?from=yesterday")).contains("YYYY-MM-DD");

    WebSession other = WebSession.portal(Accounts.newLawyer(), Fixtures.DEMO_PASSWORD);
    assertThat(get(other, "?q=" + enc(marker))).contains("0件");
  }

  @Test
  void countsUpToTheLimitAndStillPagesBeyondIt() {
    String authId = Accounts.newLawyer();
    String marker = Fixtures.uniqueName("MANY");
    // 1,005 applications, 5 of them drafts: more than the count goes (1,000).
    Database.update(
        "insert into application (practitioner_id, procedure_code, state, applicant_name,"
            + " receipt_number, created_at, updated_at, submitted_at)"
            + " select p.id, 'EXTENSION', case when g <= 5 then 'DRAFT' else 'SUBMITTED' end,"
            + " ? || ' ' || lpad(g::text, 4, '0'),"
            + " case when g > 5 then ? || '-2099-' || lpad(g::text, 7, '0') end,"
            + " now() - g * interval '1 minute', now() - g * interval '1 minute',"
            + " case when g > 5 then now() - g * interval '1 minute' end"
            + " from practitioner p, generate_series(1, 1005) g where p.auth_id = ?",
        marker,
        series(),
        authId);
    WebSession s = WebSession.portal(authId, Fixtures.DEMO_PASSWORD);

    String first = get(s, "");
    assertThat(first)
        .contains("1,000件以上")
        .contains("more than 1,000 applications")
        .contains("1ページ目")
        .contains("id=\"narrowSearch\"")
        .contains("id=\"next\"")
        .doesNotContain("1005件");
    // The last page (rows 1,001 to 1,005, sorted by update, newest first) has no next page.
    String last = get(s, "?page=51");
    assertThat(last).contains("51ページ目").contains(marker + " 1005").doesNotContain("id=\"next\"");
    assertThat(last.split(marker + " 1").length - 1).isEqualTo(5);
    // A narrower search is counted exactly again.
    String drafts = get(s, "?state=DRAFT");
    assertThat(drafts).contains("5件").contains("1 / 1ページ").doesNotContain("narrowSearch");
    String submitted = get(s, "?state=SUBMITTED&page=2");
    assertThat(submitted).contains("1,000件 / ").contains("2 / 50ページ").contains("id=\"next\"");
  }
}
