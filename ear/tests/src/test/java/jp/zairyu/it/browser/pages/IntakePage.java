package jp.zairyu.it.browser.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Console: 受付一覧, the intake queue of the officer's bureau. */
public final class IntakePage extends Page {

  public IntakePage(WebDriver driver) {
    super(driver);
    byId("intake");
  }

  public String bureau() {
    return byId("bureau").getText();
  }

  public boolean lists(String receiptNumber) {
    return !driver.findElements(By.linkText(receiptNumber)).isEmpty();
  }

  /** Reloads until the application appears (routing is asynchronous). */
  public IntakePage awaitListing(String receiptNumber) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .pollingEvery(Duration.ofSeconds(1))
        .until(
            d -> {
              d.navigate().refresh();
              return !d.findElements(By.linkText(receiptNumber)).isEmpty();
            });
    return new IntakePage(driver);
  }

  public CasePage open(String receiptNumber) {
    driver.findElement(By.linkText(receiptNumber)).click();
    return new CasePage(driver);
  }

  /** Reloads until the application appears (routing is asynchronous), then opens it. */
  public CasePage awaitAndOpen(String receiptNumber) {
    return awaitListing(receiptNumber).open(receiptNumber);
  }
}
