package jp.zairyu.it.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import jp.zairyu.it.browser.Accessibility.Node;
import jp.zairyu.it.browser.Accessibility.Violation;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;

/**
 * What a person sees of a page that axe does not judge, checked with every {@link
 * Accessibility#scan} (issue 19): at each of {@link #WIDTHS} the page is drawn, photographed as a
 * build artefact ({@code target/screenshots/<class>/<test>-<state>-<width>.png}, the whole page)
 * and measured in the browser, one script per rule:
 *
 * <ul>
 *   <li>{@value #LABEL_ROWS_RULE}: every visible label of a form grid sits in the left column with
 *       its own control to its right, on the same row (a hint taking a cell of its own shifted
 *       every later row);
 *   <li>{@value #BUTTON_CONTRAST_RULE}: every visible button's text contrasts with the background
 *       it is drawn on, by the computed styles (its own, or what shows through it), at least 4.5 :
 *       1 (WCAG 1.4.3), which axe missed (white text on the theme's white button);
 *   <li>{@value #OVERFLOW_RULE}: nothing makes the page wider than the window (no horizontal scroll
 *       bar), naming the outermost elements that stick out.
 * </ul>
 *
 * A width other than the window's is set as Chromium's viewport (DevTools' device metrics), then
 * given back; at the window's own width the page is measured as the test left it.
 */
public final class VisualCheck {

  /** The widths a practitioner's PC shows the portal at: a usual screen and a small one. */
  public static final List<Integer> WIDTHS = List.of(1280, 1024);

  static final String LABEL_ROWS_RULE = "zairyu-label-beside-control";
  static final String BUTTON_CONTRAST_RULE = "zairyu-button-contrast";
  static final String OVERFLOW_RULE = "zairyu-horizontal-overflow";

  /** Where the screenshots go (relative to the tests' working directory, {@code ear/tests}). */
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static final String LABELS_OUT_OF_PLACE =
      """
      const out = [];
      for (const label of document.querySelectorAll('.form-grid > label[for]')) {
        const control = document.getElementById(label.htmlFor);
        if (!control || label.offsetParent === null) { continue; }
        const cell = control.closest('.form-grid > *') || control;
        const l = label.getBoundingClientRect(), c = cell.getBoundingClientRect();
        const beside = c.left >= l.right - 1;
        const sameRow = c.top < l.bottom && l.top < c.bottom;
        if (!beside || !sameRow) {
          out.push(label.textContent.trim() + ' [' + Math.round(l.left) + ',' + Math.round(l.top)
              + '] vs ' + label.htmlFor + ' [' + Math.round(c.left) + ',' + Math.round(c.top) + ']');
        }
      }
      return out;
      """;

  private static final String LOW_CONTRAST_BUTTONS =
      """
      const parse = c => {
        const m = c.match(/rgba?\\(([^)]+)\\)/);
        if (!m) { return [0, 0, 0, 0]; }
        const p = m[1].split(/[ ,\\/]+/).filter(x => x.length).map(Number);
        return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
      };
      const over = (top, below) => {
        const a = top[3] + below[3] * (1 - top[3]);
        if (a === 0) { return [0, 0, 0, 0]; }
        return [0, 1, 2].map(i => (top[i] * top[3] + below[i] * below[3] * (1 - top[3])) / a)
            .concat([a]);
      };
      const background = element => {
        let colour = [0, 0, 0, 0];
        for (let e = element; e; e = e.parentElement) {
          colour = over(colour, parse(getComputedStyle(e).backgroundColor));
          if (colour[3] >= 0.999) { return colour; }
        }
        return over(colour, [255, 255, 255, 1]);
      };
      const luminance = c => {
        const l = [0, 1, 2].map(i => {
          const v = c[i] / 255;
          return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        });
        return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
      };
      const textElement = button => {
        if (button.tagName === 'INPUT') { return button; }
        const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const e = n.parentElement;
          if (n.textContent.trim() && getComputedStyle(e).visibility === 'visible') { return e; }
        }
        return null;
      };
      const name = b => (b.tagName === 'INPUT' ? b.value : b.innerText).trim();
      const found = [];
      document.querySelectorAll(
          'button, input[type=submit], input[type=button], input[type=reset], a.ui-button,'
          + ' [role=button]').forEach(b => {
        if (b.disabled || !b.getClientRects().length || getComputedStyle(b).visibility !== 'visible'
            || !name(b)) { return; }
        const text = textElement(b);
        if (!text) { return; }
        const style = getComputedStyle(text);
        const bg = background(text);
        const fg = over(parse(style.color), bg);
        const [l1, l2] = [luminance(fg), luminance(bg)].sort((x, y) => y - x);
        const ratio = (l1 + 0.05) / (l2 + 0.05);
        if (ratio < 4.5) {
          found.push((b.id ? '#' + b.id : b.tagName.toLowerCase()) + ' "' + name(b) + '": text '
              + style.color + ' on rgb(' + bg.slice(0, 3).map(Math.round).join(', ') + '): '
              + ratio.toFixed(2) + ' : 1, below 4.5 : 1');
        }
      });
      return found;
      """;

  /**
   * The outermost elements whose right edge lies beyond the window, when the document is wider than
   * it; elements inside something that clips or scrolls them, and fixed ones, make no scroll bar.
   */
  private static final String OVERFLOWING =
      """
      const de = document.documentElement;
      const width = de.clientWidth;
      if (de.scrollWidth <= width) { return []; }
      const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
          + (typeof e.className === 'string' && e.className.trim()
              ? '.' + e.className.trim().split(/\\s+/).slice(0, 3).join('.') : '');
      const beyond = e => e.getBoundingClientRect().right + window.scrollX > width + 0.5;
      const contained = e => {
        for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
          const s = getComputedStyle(a);
          if (s.overflowX !== 'visible' || s.position === 'fixed') { return true; }
        }
        return getComputedStyle(e).position === 'fixed';
      };
      const out = [];
      for (const e of document.body.querySelectorAll('*')) {
        const r = e.getBoundingClientRect();
        if ((!r.width && !r.height) || !beyond(e)) { continue; }
        const parent = e.parentElement;
        if (parent && parent !== document.body && beyond(parent)) { continue; }
        if (contained(e)) { continue; }
        out.push(describe(e) + ': right edge at ' + Math.round(r.right + window.scrollX) + ' px, '
            + Math.round(r.right + window.scrollX - width) + ' px beyond the window');
        if (out.length >= 10) { break; }
      }
      out.unshift('document ' + de.scrollWidth + ' px wide in a ' + width + ' px window');
      return out;
      """;

  /** Waits until the viewport has the width asked for and the browser has drawn it twice. */
  private static final String DRAWN_AT =
      """
      const done = arguments[arguments.length - 1];
      const width = arguments[0];
      const drawn = () => {
        if (window.innerWidth === width) {
          requestAnimationFrame(() => requestAnimationFrame(() => done(true)));
        } else {
          requestAnimationFrame(drawn);
        }
      };
      drawn();
      """;

  private VisualCheck() {}

  /**
   * Draws the page at each of {@link #WIDTHS}, keeps its screenshot and measures it; gives the
   * viewport back as it was. What breaks a rule, one {@link Violation} per rule and width.
   *
   * @param test whose screenshot (e.g. {@code AccessibilityIT/everyStepOfTheWizard})
   * @param state what the page shows, for the screenshot's name
   */
  static List<Violation> check(WebDriver driver, String test, String state) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    HasCdp cdp = (HasCdp) driver;
    long height = ((Number) js.executeScript("return window.innerHeight;")).longValue();
    long shown = ((Number) js.executeScript("return window.innerWidth;")).longValue();
    List<Violation> violations = new ArrayList<>();
    boolean overridden = false;
    try {
      for (int width : WIDTHS) {
        // The page as the test left it when the window already has the width (an open calendar
        // closes when the window is resized); else the width set as the viewport.
        if (overridden || shown != width) {
          cdp.executeCdpCommand(
              "Emulation.setDeviceMetricsOverride",
              Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
          overridden = true;
          js.executeAsyncScript(DRAWN_AT, width);
        }
        screenshot(driver, cdp, test, state, width);
        String px = " (" + width + " px)";
        List<String> labels = labelsOutOfPlace(driver);
        if (!labels.isEmpty()) {
          violations.add(
              violation(
                  LABEL_ROWS_RULE,
                  "Every label sits beside its own control, on the same row" + px,
                  "https://www.w3.org/WAI/WCAG21/Understanding/info-and-relationships.html",
                  labels));
        }
        List<String> buttons = strings(js.executeScript(LOW_CONTRAST_BUTTONS));
        if (!buttons.isEmpty()) {
          violations.add(
              violation(
                  BUTTON_CONTRAST_RULE,
                  "Buttons' text must contrast with the background they are drawn on (computed"
                      + " styles)"
                      + px,
                  "https://www.w3.org/WAI/WCAG21/Understanding/contrast-minimum.html",
                  buttons));
        }
        List<String> overflowing = strings(js.executeScript(OVERFLOWING));
        if (!overflowing.isEmpty()) {
          violations.add(
              violation(
                  OVERFLOW_RULE,
                  "Nothing makes the page wider than the window" + px,
                  "https://www.w3.org/WAI/WCAG21/Understanding/reflow.html",
                  overflowing));
        }
      }
    } finally {
      if (overridden) {
        cdp.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
      }
    }
    return violations;
  }

  /**
   * The labels of the page's form grids that are not beside their own field, as drawn: each visible
   * label of a {@code .form-grid} must sit in the left column with its control to its right,
   * overlapping it vertically.
   */
  public static List<String> labelsOutOfPlace(WebDriver driver) {
    return strings(((JavascriptExecutor) driver).executeScript(LABELS_OUT_OF_PLACE));
  }

  /**
   * The buttons whose text contrasts less than 4.5 : 1 with what it is drawn on, each described.
   */
  public static List<String> lowContrastButtons(WebDriver driver) {
    return strings(((JavascriptExecutor) driver).executeScript(LOW_CONTRAST_BUTTONS));
  }

  /**
   * Empty when the page is no wider than the window; else its width and the outermost elements
   * sticking out.
   */
  public static List<String> overflowing(WebDriver driver) {
    return strings(((JavascriptExecutor) driver).executeScript(OVERFLOWING));
  }

  /** The screenshot of a test's page state at a width, as {@link #check} names it. */
  static Path screenshotPath(String test, String state, int width) {
    String name = slug(state) + "-" + width + ".png";
    int slash = test.indexOf('/');
    return slash < 0
        ? SCREENSHOTS.resolve(slug(test) + "-" + name)
        : SCREENSHOTS
            .resolve(test.substring(0, slash))
            .resolve(slug(test.substring(slash + 1)) + "-" + name);
  }

  /**
   * "wizard step 2, applicant" as "wizard-step-2-applicant"; letters of any script and their case
   * are kept (a test method's name reads as written).
   */
  static String slug(String text) {
    String slug =
        Normalizer.normalize(text, Normalizer.Form.NFKC)
            .replaceAll("[^\\p{L}\\p{N}]+", "-")
            .replaceAll("^-|-$", "");
    return slug.length() > 90 ? slug.substring(0, 90) : slug;
  }

  /** The whole page, not only the window (DevTools, as a full-page screenshot is taken). */
  private static void screenshot(
      WebDriver driver, HasCdp cdp, String test, String state, int width) {
    Path file = screenshotPath(test, state, width);
    try {
      Files.createDirectories(file.getParent());
      byte[] png;
      try {
        long height =
            ((Number)
                    ((JavascriptExecutor) driver)
                        .executeScript(
                            "return Math.ceil(Math.max(document.documentElement.scrollHeight,"
                                + " window.innerHeight));"))
                .longValue();
        Map<String, Object> shot =
            cdp.executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                    "format",
                    "png",
                    "captureBeyondViewport",
                    true,
                    "clip",
                    Map.of(
                        "x",
                        0,
                        "y",
                        0,
                        "width",
                        width,
                        "height",
                        Math.min(height, 12_000),
                        "scale",
                        1)));
        png = Base64.getDecoder().decode(String.valueOf(shot.get("data")));
      } catch (RuntimeException e) {
        png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      }
      Files.write(file, png);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep the screenshot " + file.toAbsolutePath(), e);
    }
  }

  private static Violation violation(String rule, String help, String url, List<String> found) {
    return new Violation(
        rule, "serious", help, url, found.stream().map(f -> new Node(List.of(f), "")).toList());
  }

  private static List<String> strings(Object value) {
    return value instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
  }
}
