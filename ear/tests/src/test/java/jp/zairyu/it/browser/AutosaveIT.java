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
 * A draft is saved while it is typed, without pressing anything: when the session is lost in the
 * middle (timeout, closed browser), logging in again finds the draft with everything typed, at the
 * step of the form where the user stopped.
 */
class AutosaveIT {

  @RegisterExtension static final Browsers browsers = new Browsers();

  private final String base = TestPorts.baseUrl();
  private WebDriver browser;

  @BeforeEach
  void openBrowser() {
    browser = browsers.of("browser");
  }

  @Test
  void aSessionLostInTheMiddleOfADraftLosesNothingAndResumesAtItsStep() {
    String authId = Accounts.newLawyer();
    LoginPage.portal(browser, base).logIn(authId, Fixtures.DEMO_PASSWORD);
    String name = Fixtures.uniqueName("自動保存");
    DraftPage draft =
        new ApplicationsPage(browser)
            .startExtension()
            .name(name)
            .nationality("モンゴル")
            .prefecture("東京都")
            .address("文京区本郷7-3-1");
    assertThat(draft.awaitAutosaved()).contains("Saved automatically");
    String url = browser.getCurrentUrl();
    assertThat(url).as("the address bar names the draft").containsPattern("[?&]id=\\d+");
    assertThat(
            Database.string("select nationality from application where applicant_name = ?", name))
        .isEqualTo("モンゴル");
    assertThat(Accessibility.scan(browser, "draft after an automatic save")).hasNoViolations();

    // On to step 3: what is typed there is saved without pressing anything, with the step.
    draft.passport("MN7654321", "2031-03-03").reason("引き続き同じ会社で働くため");
    assertThat(draft.awaitAutosaved()).contains("Saved automatically");
    String id = Database.string("select id from application where applicant_name = ?", name);
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(20))
        .until(
            () ->
                "MN7654321 3 引き続き同じ会社で働くため"
                    .equals(
                        Database.string(
                            "select passport_number || ' ' || wizard_step || ' ' ||"
                                + " application_reason from application where id = ?",
                            Long.parseLong(id))));

    browser.manage().deleteAllCookies(); // the session is gone, as after a timeout
    String draftUrl = base + "/portal/applications/edit.xhtml?id=" + id;
    browser.get(draftUrl);
    assertThat(browser.getCurrentUrl()).contains("/login.xhtml");
    LoginPage.portal(browser, base).logIn(authId, Fixtures.DEMO_PASSWORD);
    new ApplicationsPage(browser);

    // Reopened without naming a step: it resumes where the user stopped, nothing lost.
    DraftPage resumed = DraftPage.open(browser, draftUrl);
    assertThat(resumed.step()).isEqualTo(3);
    assertThat(resumed.value("passportNumber")).isEqualTo("MN7654321");
    assertThat(resumed.value("reason")).isEqualTo("引き続き同じ会社で働くため");
    assertThat(resumed.value("fullName")).isEqualTo(name);
    assertThat(resumed.value("nationality")).isEqualTo("モンゴル");
    assertThat(resumed.value("addressLine")).isEqualTo("文京区本郷7-3-1");
  }
}
