package jp.zairyu.it.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AssertProvider;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Automated accessibility check of the page in the browser with axe-core (installed by the build
 * from {@code ear/tests/package.json} into {@code node_modules/}): the WCAG 2.0 and 2.1 level A and
 * AA rules, the level JIS X 8341-3:2016 requires of public services; plus the contrast of every
 * button's text with the background it is drawn on, by the computed styles ({@link
 * #BUTTON_CONTRAST_RULE}), which axe missed.
 *
 * <pre>{@code
 * assertThat(Accessibility.scan(driver, "login, after a failed attempt")).hasNoViolations();
 * }</pre>
 *
 * <p>axe only finds what machines can find (about a third of the success criteria, and those only
 * partly); it complements, never replaces, checks with a keyboard and a screen reader.
 */
public final class Accessibility {

  /** The axe-core tags of WCAG 2.0 and 2.1, levels A and AA. */
  public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private static final Path AXE_SCRIPT =
      Path.of(System.getProperty("zairyu.axe.script", "node_modules/axe-core/axe.min.js"));

  private static String axeSource;

  /** Runs axe in the browser after the page has loaded; returns after at most a minute. */
  private static final String RUN_AXE =
      """
      const done = arguments[arguments.length - 1];
      const tags = arguments[0];
      const ready = document.readyState === 'complete'
          ? Promise.resolve()
          : new Promise(r => window.addEventListener('load', r, { once: true }));
      ready
        .then(() => axe.run(document, {
            runOnly: { type: 'tag', values: tags },
            resultTypes: ['violations']
        }))
        .then(results => done({
          version: axe.version,
          url: results.url,
          violations: results.violations.map(v => ({
            id: v.id,
            impact: v.impact || '',
            help: v.help,
            helpUrl: v.helpUrl,
            nodes: v.nodes.map(n => ({
              target: n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : String(t)),
              summary: n.failureSummary || ''
            }))
          }))
        }))
        .catch(e => done({ error: String(e && e.stack || e) }));
      """;

  /**
   * The rule axe leaves out: every visible, enabled button's text against the background it is
   * drawn on (its own, or what shows through it when its own is transparent), by the computed
   * styles, at least 4.5 : 1 (WCAG 1.4.3). axe skips many of these (an input's value, a background
   * it cannot be sure of), and so missed white text on the theme's white button.
   */
  static final String BUTTON_CONTRAST_RULE = "zairyu-button-contrast";

  private static final String BUTTON_CONTRAST =
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
          found.push({ target: (b.id ? '#' + b.id : b.tagName.toLowerCase()) + ' "' + name(b) + '"',
              summary: 'text ' + style.color + ' on ' + 'rgb(' + bg.slice(0, 3).map(Math.round)
                  .join(', ') + ')' + ': ' + ratio.toFixed(2) + ' : 1, below 4.5 : 1' });
        }
      });
      return found;
      """;

  private Accessibility() {}

  /**
   * Checks the current page of the browser against {@link #WCAG_21_AA}.
   *
   * @param state what the page shows, for the failure message (e.g. "empty", "after a refusal")
   */
  public static Report scan(WebDriver driver, String state) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
      js.executeScript(axeSource());
    }
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    Object answer = js.executeAsyncScript(RUN_AXE, WCAG_21_AA);
    if (!(answer instanceof Map<?, ?> result) || result.containsKey("error")) {
      throw new IllegalStateException(
          "axe-core failed on " + driver.getCurrentUrl() + ": " + answer);
    }
    List<Violation> violations = new java.util.ArrayList<>();
    list(result.get("violations")).stream().map(Accessibility::violation).forEach(violations::add);
    List<Node> lowContrastButtons =
        list(js.executeScript(BUTTON_CONTRAST)).stream()
            .map(n -> (Map<?, ?>) n)
            .map(
                n ->
                    new Node(
                        List.of(String.valueOf(n.get("target"))), String.valueOf(n.get("summary"))))
            .toList();
    if (!lowContrastButtons.isEmpty()) {
      violations.add(
          new Violation(
              BUTTON_CONTRAST_RULE,
              "serious",
              "Buttons' text must contrast with the background they are drawn on (computed"
                  + " styles)",
              "https://www.w3.org/WAI/WCAG21/Understanding/contrast-minimum.html",
              lowContrastButtons));
    }
    return new Report(
        String.valueOf(result.get("url")),
        state,
        String.valueOf(result.get("version")),
        List.copyOf(violations));
  }

  private static synchronized String axeSource() {
    if (axeSource == null) {
      if (!Files.isRegularFile(AXE_SCRIPT)) {
        throw new IllegalStateException(
            "axe-core is not installed at "
                + AXE_SCRIPT.toAbsolutePath()
                + " (the build installs it with npm ci in ear/tests; Node.js and npm are needed)");
      }
      try {
        axeSource = Files.readString(AXE_SCRIPT, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return axeSource;
  }

  private static Violation violation(Object raw) {
    Map<?, ?> v = (Map<?, ?>) raw;
    List<Node> nodes =
        list(v.get("nodes")).stream()
            .map(n -> (Map<?, ?>) n)
            .map(
                n ->
                    new Node(
                        list(n.get("target")).stream().map(String::valueOf).toList(),
                        String.valueOf(n.get("summary"))))
            .toList();
    return new Violation(
        String.valueOf(v.get("id")),
        String.valueOf(v.get("impact")),
        String.valueOf(v.get("help")),
        String.valueOf(v.get("helpUrl")),
        nodes);
  }

  private static List<?> list(Object value) {
    return value instanceof List<?> l ? l : List.of();
  }

  /** What axe found on one page in one state; {@code assertThat(report).hasNoViolations()}. */
  public record Report(String url, String state, String axeVersion, List<Violation> violations)
      implements AssertProvider<ReportAssert> {

    @Override
    public ReportAssert assertThat() {
      return new ReportAssert(this);
    }

    @Override
    public String toString() {
      StringBuilder text =
          new StringBuilder()
              .append(violations.size())
              .append(" WCAG 2.1 A/AA violation(s) found by axe-core ")
              .append(axeVersion)
              .append(" on ")
              .append(url)
              .append(" (")
              .append(state)
              .append("):");
      violations.forEach(v -> text.append(System.lineSeparator()).append(v));
      return text.toString();
    }
  }

  /** One rule the page breaks, with every element that breaks it. */
  public record Violation(
      String rule, String impact, String help, String helpUrl, List<Node> nodes) {

    @Override
    public String toString() {
      String nl = System.lineSeparator();
      StringBuilder text =
          new StringBuilder()
              .append("- ")
              .append(rule)
              .append(" [")
              .append(impact)
              .append("] ")
              .append(help)
              .append(" <")
              .append(helpUrl)
              .append('>');
      for (Node node : nodes) {
        text.append(nl).append("    ").append(String.join(" ", node.target()));
        String summary = oneLine(node.summary());
        if (!summary.isEmpty()) {
          text.append(nl).append("      ").append(summary);
        }
      }
      return text.toString();
    }

    /** "Fix any of the following:\n A\n B" as "Fix any of the following: A; B". */
    private static String oneLine(String summary) {
      StringBuilder line = new StringBuilder();
      boolean first = true;
      for (String part : summary.strip().split("\\s*\\R\\s*")) {
        if (part.isEmpty()) {
          continue;
        }
        if (line.length() > 0) {
          line.append(first ? " " : part.endsWith(":") ? ". " : "; ");
        }
        line.append(part);
        first = part.endsWith(":");
      }
      return line.toString();
    }
  }

  /** An element breaking a rule: its CSS selector(s) and axe's account of what is wrong. */
  public record Node(List<String> target, String summary) {}

  /** AssertJ assertions on a {@link Report}. */
  public static final class ReportAssert extends AbstractAssert<ReportAssert, Report> {

    ReportAssert(Report actual) {
      super(actual, ReportAssert.class);
    }

    /** Fails listing rule, impact, help and the elements of every violation. */
    public ReportAssert hasNoViolations() {
      isNotNull();
      if (!actual.violations().isEmpty()) {
        failWithMessage("%s", actual);
      }
      return this;
    }
  }
}
