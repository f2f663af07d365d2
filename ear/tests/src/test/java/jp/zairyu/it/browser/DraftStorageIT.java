package jp.zairyu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jp.zairyu.it.browser.pages.ApplicationsPage;
import jp.zairyu.it.browser.pages.DraftPage;
import jp.zairyu.it.browser.pages.LoginPage;
import jp.zairyu.it.support.Accounts;
import jp.zairyu.it.support.Database;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.TestPorts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/**
 * Draft storage per account (issue 15): an account that holds 50 drafts is told it may hold no more
 * when it starts the 51st, by the service (the form's own save), and nothing is stored.
 */
class DraftStorageIT {

  @RegisterExtension static final Browsers browsers = new Browsers();

  private final String base = TestPorts.baseUrl();
  private WebDriver browser;

  @BeforeEach
  void openBrowser() {
    browser = browsers.of("browser");
  }

  @Test
  void theFiftyFirstDraftIsRefusedWithAClearMessage() {
    String lawyer = Accounts.newLawyer();
    String marker = Fixtures.uniqueName("QUOTA");
    Database.update(
        "insert into application (practitioner_id, procedure_code, state, applicant_name,"
            + " current_status, desired_status, created_at, updated_at)"
            + " select p.id, 'EXTENSION', 'DRAFT', ? || ' ' || g, 'ENGINEER_HUMANITIES',"
            + " 'ENGINEER_HUMANITIES', now(), now()"
            + " from practitioner p, generate_series(1, 50) g where p.auth_id = ?",
        marker,
        lawyer);
    LoginPage.portal(browser, base).logIn(lawyer, Fixtures.DEMO_PASSWORD);
    new ApplicationsPage(browser);

    DraftPage refused = DraftPage.start(browser, base, "EXTENSION").nextRefused();

    assertThat(refused.messages())
        .anyMatch(m -> m.contains("下書きは1つのアカウントにつき50件まで"))
        .anyMatch(m -> m.contains("at most 50 drafts"));
    assertThat(
            Database.string(
                "select count(*) from application a join practitioner p on p.id ="
                    + " a.practitioner_id where p.auth_id = ? and a.state = 'DRAFT'",
                lawyer))
        .isEqualTo("50");
  }
}
