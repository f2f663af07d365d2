package jp.zairyu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jp.zairyu.it.browser.pages.ApplicationsPage;
import jp.zairyu.it.browser.pages.DraftPage;
import jp.zairyu.it.browser.pages.LoginPage;
import jp.zairyu.it.support.Accounts;
import jp.zairyu.it.support.Database;
import jp.zairyu.it.support.Deployments;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.TestPorts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * A draft is saved while it is typed, without pressing anything: when the session is lost in the
 * middle (timeout, closed browser), logging in again finds the draft with everything typed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AutosaveIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  private final String base = TestPorts.baseUrl();
  private WebDriver browser;

  @BeforeEach
  void openBrowser() {
    browser = Browser.start();
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  @Test
  void aSessionLostInTheMiddleOfADraftLosesNothing() {
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

    browser.manage().deleteAllCookies(); // the session is gone, as after a timeout
    browser.get(url);
    assertThat(browser.getCurrentUrl()).contains("/login.xhtml");
    LoginPage.portal(browser, base).logIn(authId, Fixtures.DEMO_PASSWORD);
    new ApplicationsPage(browser);

    DraftPage resumed = DraftPage.open(browser, url);
    assertThat(resumed.value("fullName")).isEqualTo(name);
    assertThat(resumed.value("nationality")).isEqualTo("モンゴル");
    assertThat(resumed.value("addressLine")).isEqualTo("文京区本郷7-3-1");
  }
}
