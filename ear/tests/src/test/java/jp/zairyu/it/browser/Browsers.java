package jp.zairyu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.zairyu.it.support.DeployedEar;
import jp.zairyu.it.support.DeploymentSource;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * The one extension of every browser test: the EAR deployed ({@link DeployedEar}: the shared one,
 * or one with settings of the class's own), and the test's browsers, one per person (a practitioner
 * at the office, an officer at the bureau, each on a machine of their own), given when the test
 * first asks for one by name: a browser new to the application (started, or one an earlier test
 * used, with its windows, cookies, storage and extra headers cleared). When the test failed, each
 * browser's last page is kept as {@code target/page-<test>-<person>.png} (and its HTML as {@code
 * .html}); when it passed, no browser may have reported a Content-Security-Policy violation. Each
 * accessibility scan's screenshots are named after the test ({@link #currentTest}).
 *
 * <pre>{@code
 * class SomeIT {
 *   @RegisterExtension static final Browsers browsers = new Browsers();
 *
 *   @Test
 *   void aLawyerFilesAnApplication() {
 *     WebDriver lawyer = browsers.of("lawyer");
 *     ...
 *   }
 * }
 * }</pre>
 *
 * Registered in a static field, so that the deployment happens once before the class's tests.
 */
public final class Browsers
    implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, DeploymentSource {

  /**
   * Browsers of passed tests, made new again ({@link Browser#reset}), for the next tests of the
   * run: starting Chromium and its driver costs one to two seconds a browser.
   */
  private static final Deque<WebDriver> IDLE = new ArrayDeque<>();

  /** The test running on this thread, as {@code <class>/<method>}, for screenshots' names. */
  private static final ThreadLocal<String> CURRENT_TEST = new ThreadLocal<>();

  private final DeployedEar ear;
  private final Map<String, WebDriver> open = new LinkedHashMap<>();

  /** Browsers on the shared EAR. */
  public Browsers() {
    this(new DeployedEar());
  }

  private Browsers(DeployedEar ear) {
    this.ear = ear;
  }

  /** Browsers on the EAR with MicroProfile Config values of the class's own. */
  public static Browsers onEarWithConfig(Map<String, String> config) {
    return new Browsers(DeployedEar.withConfig(config));
  }

  @Override
  public DeployedEar deployment() {
    return ear;
  }

  /** The browser of this person, new to the application on first use. */
  public WebDriver of(String person) {
    return open.computeIfAbsent(person, p -> idleOrStarted());
  }

  private static WebDriver idleOrStarted() {
    synchronized (IDLE) {
      WebDriver idle = IDLE.poll();
      if (idle != null) {
        return idle;
      }
    }
    return Browser.start();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    ear.ensureDeployed();
    // the idle browsers are quit when the run ends
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.create(Browsers.class))
        .getOrComputeIfAbsent(
            "idle browsers",
            key -> (ExtensionContext.Store.CloseableResource) Browsers::quitIdle,
            ExtensionContext.Store.CloseableResource.class);
  }

  private static void quitIdle() {
    synchronized (IDLE) {
      IDLE.forEach(WebDriver::quit);
      IDLE.clear();
    }
  }

  /**
   * The test running, as {@code <class>/<method>} (e.g. {@code AccessibilityIT/portalLogin…}), or
   * {@code "browser"} outside one: {@link VisualCheck} names its screenshots after it.
   */
  public static String currentTest() {
    String test = CURRENT_TEST.get();
    return test == null ? "browser" : test;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    CURRENT_TEST.set(
        context.getRequiredTestClass().getSimpleName()
            + "/"
            + context.getRequiredTestMethod().getName());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    CURRENT_TEST.remove();
    boolean failed = context.getExecutionException().isPresent();
    try {
      if (failed) {
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
      for (WebDriver driver : open.values()) {
        // a failed test's browser may be in any state: it goes
        if (!failed && Browser.reset(driver)) {
          synchronized (IDLE) {
            IDLE.push(driver);
          }
        } else {
          driver.quit();
        }
      }
      open.clear();
    }
  }

  private static void keepLastPage(ExtensionContext context, String person, WebDriver driver) {
    String name = "page-" + context.getRequiredTestMethod().getName() + "-" + person;
    try {
      Files.write(
          Path.of("target", name + ".png"),
          ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      Files.writeString(
          Path.of("target", name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      // The failure itself matters more than its picture.
    }
  }
}
