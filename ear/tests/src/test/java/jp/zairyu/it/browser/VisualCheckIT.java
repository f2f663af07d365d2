package jp.zairyu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import jp.zairyu.it.browser.Accessibility.Report;
import jp.zairyu.it.browser.Accessibility.Violation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The visual check every accessibility scan makes ({@link VisualCheck}) fails where it should: on a
 * page breaking each of its rules (src/test/resources/visual/known-bad.html: a label pushed off its
 * row by a hint, blue text on a transparent button in a blue header, white text on a white button,
 * a block 1200 px wide) it names the state, the rule, the width and the element; on a page keeping
 * them (known-good.html: a hint inside the field's cell, a wide table scrolled in its own box) it
 * finds nothing. Screenshots of both widths are kept, as wide as the width.
 */
class VisualCheckIT {

  @RegisterExtension static final Browsers browsers = new Browsers();

  private WebDriver browser;

  @BeforeEach
  void openBrowser() {
    browser = browsers.of("browser");
  }

  @Test
  void aKnownBadPageBreaksEachRuleNamingTheStateTheWidthAndTheElements() throws Exception {
    browser.get(fixture("known-bad.html"));
    Report report = Accessibility.scan(browser, "known bad fixture");

    assertThat(found(report, VisualCheck.LABEL_ROWS_RULE, 1280))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("性別 / Sex")
        .contains("vs sex");
    assertThat(found(report, VisualCheck.LABEL_ROWS_RULE, 1024)).hasSize(1);
    for (int width : VisualCheck.WIDTHS) {
      assertThat(found(report, VisualCheck.BUTTON_CONTRAST_RULE, width))
          .as("buttons at " + width + " px")
          .hasSize(2)
          .anyMatch(
              b -> b.startsWith("#logout \"ログアウト / Log out\"") && b.contains("rgb(26, 79, 139)"))
          .anyMatch(b -> b.startsWith("#save \"保存 / Save\"") && b.contains("1.00 : 1"));
    }
    assertThat(found(report, VisualCheck.OVERFLOW_RULE, 1280)).as("1200 px fit in 1280").isEmpty();
    assertThat(found(report, VisualCheck.OVERFLOW_RULE, 1024))
        .first(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("document ");
    assertThat(found(report, VisualCheck.OVERFLOW_RULE, 1024))
        .anyMatch(e -> e.startsWith("div#wideTable: right edge at 120") && e.contains("beyond"));
    assertThatThrownBy(() -> assertThat(report).hasNoViolations())
        .hasMessageContaining("(known bad fixture)")
        .hasMessageContaining(VisualCheck.LABEL_ROWS_RULE)
        .hasMessageContaining("(1024 px)")
        .hasMessageContaining("div#wideTable");

    for (int width : VisualCheck.WIDTHS) {
      assertThat(screenshotWidth("known bad fixture", width)).isEqualTo(width);
    }
    assertWindowGivenBack();
  }

  @Test
  void aKnownGoodPageHasNothingFoundAndItsScreenshots() throws Exception {
    browser.get(fixture("known-good.html"));
    assertThat(Accessibility.scan(browser, "known good fixture")).hasNoViolations();
    for (int width : VisualCheck.WIDTHS) {
      assertThat(screenshotWidth("known good fixture", width)).isEqualTo(width);
    }
    assertThat(VisualCheck.screenshotPath(Browsers.currentTest(), "known good fixture", 1024))
        .hasFileName("aKnownGoodPageHasNothingFoundAndItsScreenshots-known-good-fixture-1024.png")
        .hasParent(VisualCheck.SCREENSHOTS.resolve("VisualCheckIT"));
    assertWindowGivenBack();
  }

  /** The elements a rule named at a width. */
  private static List<String> found(Report report, String rule, int width) {
    return report.violations().stream()
        .filter(v -> v.rule().equals(rule) && v.help().endsWith("(" + width + " px)"))
        .map(Violation::nodes)
        .flatMap(List::stream)
        .map(n -> n.target().get(0))
        .toList();
  }

  private int screenshotWidth(String state, int width) throws IOException {
    Path file = VisualCheck.screenshotPath(Browsers.currentTest(), state, width);
    assertThat(file).isRegularFile();
    BufferedImage image = ImageIO.read(file.toFile());
    return image.getWidth();
  }

  /** After the check the window is as wide as the browser was started (1280 px). */
  private void assertWindowGivenBack() {
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(
            d ->
                ((Number) ((JavascriptExecutor) d).executeScript("return window.innerWidth;"))
                        .intValue()
                    == 1280);
  }

  private static String fixture(String name) throws URISyntaxException {
    return VisualCheckIT.class.getResource("/visual/" + name).toURI().toString();
  }
}
