package jp.zairyu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * The browsers of a test, one per person (a practitioner at the office, an officer at the bureau,
 * each on a machine of their own): started when the test first asks for one by name, all closed
 * after the test; when the test failed, each browser's last page is kept as {@code
 * target/page-<test>-<name>.png}; when it passed, no browser may have reported a
 * Content-Security-Policy violation.
 *
 * <pre>{@code
 * @RegisterExtension final Browsers browsers = new Browsers();
 * ...
 * WebDriver lawyer = browsers.of("lawyer");
 * }</pre>
 */
public final class Browsers implements AfterEachCallback {

  private final Map<String, WebDriver> open = new LinkedHashMap<>();

  /** The browser of this person, started on first use. */
  public WebDriver of(String person) {
    return open.computeIfAbsent(person, p -> Browser.start());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try {
      if (context.getExecutionException().isPresent()) {
        open.forEach((person, driver) -> keepLastPage(context, person, driver));
      } else {
        // a page whose Content-Security-Policy blocked something may have lost a button
        open.forEach(
            (person, driver) ->
                assertThat(Browser.cspViolations(driver))
                    .as("Content-Security-Policy violations in the browser of " + person)
                    .isEmpty());
      }
    } finally {
      open.values().forEach(WebDriver::quit);
      open.clear();
    }
  }

  private static void keepLastPage(ExtensionContext context, String person, WebDriver driver) {
    try {
      Path shot =
          Path.of(
              "target",
              "page-" + context.getRequiredTestMethod().getName() + "-" + person + ".png");
      Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException | RuntimeException e) {
      // The failure itself matters more than its picture.
    }
  }
}
