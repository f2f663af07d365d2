package jp.zairyu.it.browser;

import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;

/**
 * Counts a person's clicks in one browser tab across its pages, as a practitioner would count them:
 * every click on a button, a link, a check box or the like (not the clicks a page's own script
 * makes), and every choice made in a drop-down list (a {@code change} of a {@code select}, whatever
 * it took to open it); typing is not a click, but each text field typed into and left changed is
 * counted apart ({@link #typed}). The count lives in the tab's session storage, a script put in
 * every page of the tab by DevTools ({@code Page.addScriptToEvaluateOnNewDocument}) adds to it.
 *
 * <pre>{@code
 * ClickCounter clicks = ClickCounter.start(browser);
 * ... // log in, fill, submit
 * int count = clicks.count();
 * clicks.stop();
 * }</pre>
 */
public final class ClickCounter {

  private static final String KEY = "zairyu.clicks";
  private static final String TYPED = "zairyu.typed";

  private static final String COUNT =
      """
      (() => {
        const add = (key = '%s', what = '') => {
          sessionStorage.setItem(key, String(Number(sessionStorage.getItem(key) || '0') + 1));
          sessionStorage.setItem('zairyu.clickLog',
              (sessionStorage.getItem('zairyu.clickLog') || '') + key.substring(7) + ':' + what + ' ');
        };
        const name = t => t.tagName.toLowerCase() + (t.id ? '#' + t.id : '');
        document.addEventListener('click', e => {
          const t = e.target;
          // a click a page's script makes (a command link clicking a hidden button) is no person's
          if (!e.isTrusted || !(t instanceof Element) || t.closest('select')) { return; }
          if (t.closest('a, button, input, label, [role=button], [role=link], .ui-button,'
              + ' .ui-datepicker-trigger')) { add(undefined, name(t)); }
        }, true);
        document.addEventListener('change', e => {
          const t = e.target;
          if (t instanceof HTMLSelectElement) { add(undefined, name(t)); }
          else if (t instanceof HTMLTextAreaElement || (t instanceof HTMLInputElement
              && !['checkbox', 'radio', 'file', 'submit', 'button', 'hidden'].includes(t.type))) {
            add('%s', name(t));
          }
        }, true);
      })();
      """
          .formatted(KEY, TYPED);

  private final WebDriver driver;
  private final String scriptId;

  private ClickCounter(WebDriver driver, String scriptId) {
    this.driver = driver;
    this.scriptId = scriptId;
  }

  /** Counts from now on, in every page this tab loads (and in the one it shows). */
  public static ClickCounter start(WebDriver driver) {
    Map<String, Object> added =
        ((HasCdp) driver)
            .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", COUNT));
    ClickCounter counter = new ClickCounter(driver, String.valueOf(added.get("identifier")));
    counter.reset();
    return counter;
  }

  /** The clicks counted since the start or the last reset (0 on a page of another origin). */
  public int count() {
    Object n =
        ((JavascriptExecutor) driver)
            .executeScript(
                "try { return Number(sessionStorage.getItem(arguments[0]) || '0'); }"
                    + " catch (e) { return 0; }",
                KEY);
    return ((Number) n).intValue();
  }

  /** The text fields typed into (and left changed) since the start or the last reset. */
  public int typed() {
    Object n =
        ((JavascriptExecutor) driver)
            .executeScript(
                "try { return Number(sessionStorage.getItem(arguments[0]) || '0'); }"
                    + " catch (e) { return 0; }",
                TYPED);
    return ((Number) n).intValue();
  }

  /** What was counted, in order ("clicks:button#login:submit typed:input#… "), to show. */
  public String log() {
    return String.valueOf(
        ((JavascriptExecutor) driver)
            .executeScript(
                "try { return sessionStorage.getItem('zairyu.clickLog') || ''; }"
                    + " catch (e) { return ''; }"));
  }

  /** Starts counting from 0 again (on a page of the application's origin). */
  public void reset() {
    ((JavascriptExecutor) driver)
        .executeScript(
            "try { sessionStorage.removeItem(arguments[0]); sessionStorage.removeItem(arguments[1]);"
                + " sessionStorage.removeItem('zairyu.clickLog'); }"
                + " catch (e) { }",
            KEY,
            TYPED);
  }

  /** Stops adding the counting script to new pages. */
  public void stop() {
    ((HasCdp) driver)
        .executeCdpCommand(
            "Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", scriptId));
  }
}
