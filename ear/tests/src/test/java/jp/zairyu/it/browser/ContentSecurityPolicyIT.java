package jp.zairyu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jp.zairyu.it.browser.pages.ApplicationsPage;
import jp.zairyu.it.browser.pages.DashboardPage;
import jp.zairyu.it.browser.pages.DraftPage;
import jp.zairyu.it.browser.pages.IdleWarning;
import jp.zairyu.it.browser.pages.IntakePage;
import jp.zairyu.it.browser.pages.LoginPage;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.TestPorts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The pages under their Content-Security-Policy in Chromium (issue 15): PrimeFaces' widgets, AJAX
 * (autosave, the console's keep-alive), the calendar and the charts work, and the browser reports
 * no violation; while a script injected inline into the same page is blocked and reported (so the
 * policy is enforced and the check sees violations).
 */
class ContentSecurityPolicyIT {

  @RegisterExtension static final Browsers browsers = new Browsers();

  private final String base = TestPorts.baseUrl();
  private WebDriver browser;

  @BeforeEach
  void openBrowser() {
    browser = browsers.of("browser");
  }

  @Test
  void thePortalWorksUnderItsPolicyAndBlocksAnInjectedScript() {
    LoginPage.portal(browser, base).logIn(Fixtures.LAWYER_AUTH_ID, Fixtures.DEMO_PASSWORD);
    // the current status's choice is AJAX (PrimeFaces), the calendar a widget, each step a post
    DraftPage draft =
        new ApplicationsPage(browser)
            .startExtension()
            .name("ポリシー 確認")
            .openCalendar()
            .closeCalendar()
            .next();
    assertThat(draft.step()).isGreaterThan(1);
    browser.get(base + "/portal/index.xhtml");
    browser.get(base + "/portal/account/index.xhtml");
    assertThat(Browser.cspViolations(browser)).isEmpty();

    assertThat(injectInlineScriptRan()).as("an injected inline script ran").isFalse();
    assertThat(Browser.cspViolations(browser)).as("the blocked script was reported").isNotEmpty();
  }

  @Test
  void theConsoleWorksUnderItsPolicy() {
    LoginPage.console(browser, base).logIn(Fixtures.TOKYO_EXAMINER, Fixtures.DEMO_PASSWORD);
    new IntakePage(browser);
    DashboardPage dashboard = DashboardPage.open(browser, base, null);
    assertThat(dashboard.chartDrawn("backlogChart")).isTrue();
    browser.get(base + "/console/index.xhtml");
    IdleWarning warning = new IdleWarning(browser).shorten(60, 58).awaitShown();
    warning.continueWithKeyboard();
    assertThat(warning.shown()).isFalse();
    browser.navigate().refresh();
    new IntakePage(browser);
    assertThat(Browser.cspViolations(browser)).isEmpty();

    assertThat(injectInlineScriptRan()).as("an injected inline script ran").isFalse();
    assertThat(Browser.cspViolations(browser)).isNotEmpty();
  }

  private boolean injectInlineScriptRan() {
    return (Boolean)
        ((JavascriptExecutor) browser)
            .executeScript(
                "var s = document.createElement('script');"
                    + "s.textContent = 'window.zairyuInjected = true;';"
                    + "document.body.appendChild(s);"
                    + "return window.zairyuInjected === true;");
  }
}
