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
      return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    } catch (TimeoutException e) {
      throw new AssertionError(
          "No #" + id + " on " + driver.getCurrentUrl() + "; the page says: " + visibleText(), e);
    }
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
    wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
  }

  /** Clicks something that submits the page and waits until the next page has replaced it. */
  protected void submitWith(String id) {
    WebElement button = byId(id);
    button.click();
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
              + "; the database: "
              + jp.zairyu.it.support.Database.activity(),
          e);
    }
  }

  /** Clicks an element that submits the page and waits until the next page has replaced it. */
  protected void clickAndWaitForNextPage(WebElement button) {
    button.click();
    waitUntilGone(button);
  }

  protected void waitUntilGone(WebElement button) {
    wait.until(
        d -> {
          try {
            button.isEnabled();
            return false;
          } catch (org.openqa.selenium.WebDriverException gone) {
            // Stale, or Chromium's "node does not belong to the document" while it swaps pages.
            return true;
          }
        });
  }

  /** The error and info messages currently shown on the page. */
  public List<String> messages() {
    return driver
        .findElements(By.cssSelector(".ui-messages li, .ui-messages-error, .ui-messages-info"))
        .stream()
        .map(WebElement::getText)
        .filter(t -> !t.isBlank())
        .toList();
  }

  public String heading() {
    return driver.findElement(By.tagName("h1")).getText();
  }

  public String url() {
    return driver.getCurrentUrl();
  }
}
