package jp.zairyu.it.browser.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every page object shares: the driver, waiting, and the page's messages. */
public abstract class Page {

  protected final WebDriver driver;
  protected final WebDriverWait wait;

  protected Page(WebDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
  }

  protected WebElement byId(String id) {
    try {
      return wait.until(
          d -> {
            try {
              return ExpectedConditions.visibilityOfElementLocated(By.id(id)).apply(d);
            } catch (org.openqa.selenium.WebDriverException e) {
              if (detached(e)) {
                return null; // found while an AJAX update replaced it: look again
              }
              throw e;
            }
          });
    } catch (TimeoutException e) {
      throw new AssertionError(
          "No #" + id + " on " + driver.getCurrentUrl() + "; the page says: " + visibleText(), e);
    }
  }

  /**
   * Chromium's answer for a node an update has just taken out of the document ("Node with given id
   * does not belong to the document"): an unknown error rather than a stale element, so the
   * conditions of {@code ExpectedConditions} let it through.
   */
  protected static boolean detached(org.openqa.selenium.WebDriverException e) {
    return String.valueOf(e.getMessage()).contains("does not belong to the document");
  }

  private String visibleText() {
    String text = driver.findElement(By.tagName("body")).getText().replaceAll("\\s+", " ");
    return text.length() > 600 ? text.substring(0, 600) + "…" : text;
  }

  /** An element that is there, visible or not (an empty region about to be re-rendered). */
  protected WebElement present(String id) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
  }

  protected void type(String id, String text) {
    WebElement input = byId(id);
    input.clear();
    input.sendKeys(text);
  }

  protected void click(String id) {
    click(By.id(id));
  }

  protected void click(By locator) {
    press(wait.until(ExpectedConditions.elementToBeClickable(locator)));
  }

  /**
   * Clicks an element after scrolling it to the middle of the window. WebDriver clicks at the
   * centre of an element it considers in view even when part of it is outside the window; the
   * browser then scrolls the element it focused on mouse-down fully into view, the mouse-up lands
   * beside it, and no click happens (a submit button is focused and nothing is sent).
   */
  protected void press(WebElement element) {
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript(
            "arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
    element.click();
  }

  /** Clicks something that submits the page and waits until the next page has replaced it. */
  protected void submitWith(String id) {
    WebElement button = byId(id);
    press(button);
    try {
      waitUntilGone(button);
    } catch (TimeoutException e) {
      String text = driver.findElement(By.tagName("body")).getText().replaceAll("\\s+", " ");
      String invalid =
          String.valueOf(
              ((org.openqa.selenium.JavascriptExecutor) driver)
                  .executeScript(
                      "return Array.from(document.querySelectorAll('input,select,textarea'))"
                          + ".filter(e => !e.checkValidity()).map(e => e.id + ': '"
                          + " + e.validationMessage).join('; ')"));
      throw new AssertionError(
          "Pressing #"
              + id
              + " did not lead anywhere. Fields the browser refuses: ["
              + invalid
              + "]; the page says: "
              + text.substring(Math.max(0, text.length() - 1500))
              + "; the browser: "
              + browserState()
              + "; the database: "
              + jp.zairyu.it.support.Database.activity(),
          e);
    }
  }

  private String browserState() {
    try {
      Object state =
          ((org.openqa.selenium.JavascriptExecutor) driver)
              .executeScript(
                  "var n = performance.getEntriesByType('navigation')[0];"
                      + " return 'readyState=' + document.readyState + ' active=' +"
                      + " (document.activeElement && document.activeElement.id) + ' navigation=' +"
                      + " (n && (n.type + ' ' + n.name + ' ' + n.responseStatus)) + ' url=' +"
                      + " location.href + ' resources=' + performance.getEntriesByType('resource')"
                      + ".slice(-5).map(function (r) { return r.name + ' ' +"
                      + " Math.round(r.duration) + 'ms'; }).join(', ')");
      java.nio.file.Path shot =
          java.nio.file.Path.of("target", "page-" + System.currentTimeMillis() + ".png");
      java.nio.file.Files.write(
          shot,
          ((org.openqa.selenium.TakesScreenshot) driver)
              .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
      return state + " screenshot=" + shot.toAbsolutePath();
    } catch (Exception e) {
      return "unknown (" + e + ")";
    }
  }

  /** Clicks an element that submits the page and waits until the next page has replaced it. */
  protected void clickAndWaitForNextPage(WebElement button) {
    press(button);
    waitUntilGone(button);
  }

  protected void waitUntilGone(WebElement button) {
    waitUntilGone(wait, button);
  }

  /**
   * Waits until {@code element} has left the document, for a test without a page object: {@code
   * ExpectedConditions.stalenessOf} fails on Chromium's "node does not belong to the document".
   */
  public static void waitUntilGone(WebDriverWait wait, WebElement element) {
    wait.until(
        d -> {
          try {
            element.isEnabled();
            return false;
          } catch (org.openqa.selenium.WebDriverException gone) {
            // Stale, or Chromium's "node does not belong to the document" while it swaps pages.
            return true;
          }
        });
  }

  /**
   * The error and info messages currently shown on the page, each once: the items of the messages'
   * lists (the shared messages template), else the message boxes themselves (a page of its own).
   * Reading both listed every message twice (issue 19).
   */
  public List<String> messages() {
    List<WebElement> items = driver.findElements(By.cssSelector(".ui-messages li"));
    return (items.isEmpty()
            ? driver.findElements(By.cssSelector(".ui-messages-error, .ui-messages-info"))
            : items)
        .stream().map(WebElement::getText).filter(t -> !t.isBlank()).toList();
  }

  /**
   * The sections of the application's form the page shows (portal view and console case share the
   * template), by id, each only if its heading is visible.
   */
  public List<String> formSections() {
    return driver.findElements(By.cssSelector("#formSections > section")).stream()
        .filter(s -> s.findElement(By.tagName("h2")).isDisplayed())
        .map(s -> s.getAttribute("id"))
        .toList();
  }

  public String heading() {
    return driver.findElement(By.tagName("h1")).getText();
  }

  /** The notice that the service is for PCs and which browsers (login and registration). */
  public String deviceNotice() {
    return byId("deviceNotice").getText();
  }

  /** Whether the notice for a screen too narrow for the service is shown. */
  public boolean narrowScreenNoticeShown() {
    return driver.findElements(By.id("narrowScreenNotice")).stream()
        .anyMatch(WebElement::isDisplayed);
  }

  /** Whether anything makes the page wider than the window (a horizontal scroll bar). */
  public boolean overflowsHorizontally() {
    return (Boolean)
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript(
                "return document.documentElement.scrollWidth"
                    + " > document.documentElement.clientWidth;");
  }

  /**
   * The labels of the page's form grids that are not beside their own field, as drawn: each visible
   * label of a {@code .form-grid} must sit in the left column with its control to its right,
   * overlapping it vertically (a hint taking a grid cell of its own shifts every later row).
   */
  public List<String> labelsOutOfPlace() {
    return jp.zairyu.it.browser.VisualCheck.labelsOutOfPlace(driver);
  }

  /** How many times a text is shown on the page (its rendered text, as people read it). */
  public int timesShown(String text) {
    String shown = driver.findElement(By.tagName("body")).getText();
    int count = 0;
    for (int i = shown.indexOf(text); i >= 0; i = shown.indexOf(text, i + text.length())) {
      count++;
    }
    return count;
  }

  public String url() {
    return driver.getCurrentUrl();
  }
}
