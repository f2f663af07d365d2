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
 * AA rules, the level JIS X 8341-3:2016 requires of public services; plus what {@link VisualCheck}
 * measures of the page as drawn at 1280 and 1024 px (labels beside their controls, the contrast of
 * every button's text with the background it is drawn on, which axe missed, nothing wider than the
 * window), a screenshot of each kept under {@code target/screenshots/}.
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
   * The rule axe leaves out, measured by {@link VisualCheck} at each of its widths: every button's
   * text against the background it is drawn on, by the computed styles.
   */
  static final String BUTTON_CONTRAST_RULE = VisualCheck.BUTTON_CONTRAST_RULE;

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
    violations.addAll(VisualCheck.check(driver, Browsers.currentTest(), state));
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
              .append(" and the visual check at ")
              .append(VisualCheck.WIDTHS.stream().map(w -> w + " px").toList())
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
