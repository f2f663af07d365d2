package jp.zairyu.it.browser.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Console: the idle-timeout warning of a logged-in page (resources/js/idle-timeout.js). */
public final class IdleWarning extends Page {

  public IdleWarning(WebDriver driver) {
    super(driver);
  }

  /**
   * Shortens the page's timer (seconds) so that a test need not wait half an hour; the script
   * offers this for tests ({@code ZairyuIdle.restart}).
   */
  public IdleWarning shorten(int timeoutSeconds, int warnSeconds) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "ZairyuIdle.restart(arguments[0], arguments[1]);", timeoutSeconds, warnSeconds);
    return this;
  }

  public WebElement dialog() {
    return driver.findElement(By.cssSelector("#idleWarning [role='alertdialog']"));
  }

  public IdleWarning awaitShown() {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("idleContinue")));
    return this;
  }

  public boolean shown() {
    return driver.findElement(By.id("idleWarning")).isDisplayed();
  }

  public String countdown() {
    return driver.findElement(By.id("idleCountdown")).getText();
  }

  public String focusedId() {
    return driver.switchTo().activeElement().getAttribute("id");
  }

  /** Presses Enter on the focused button (Continue, where the dialog puts focus). */
  public IdleWarning continueWithKeyboard() {
    driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.invisibilityOfElementLocated(By.id("idleContinue")));
    return this;
  }
}
