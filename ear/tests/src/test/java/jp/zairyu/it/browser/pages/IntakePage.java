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

  /**
   * Opens a queue (INTAKE, MINE, EXAMINATION, DOCUMENTS, ISSUANCE) filtered by a receipt number.
   */
  public static IntakePage open(
      WebDriver driver, String baseUrl, String queue, String receiptNumber) {
    driver.get(baseUrl + "/console/index.xhtml?queue=" + queue + "&receipt=" + receiptNumber);
    return new IntakePage(driver);
  }

  public String bureau() {
    return byId("bureau").getText();
  }

  public boolean lists(String receiptNumber) {
    return !driver.findElements(By.linkText(receiptNumber)).isEmpty();
  }

  /**
   * Shows the queue filtered by the receipt number, reloading until the application appears
   * (routing is asynchronous).
   */
  public IntakePage awaitListing(String receiptNumber) {
    return awaitListing("INTAKE", receiptNumber);
  }

  /** The same, in the queue given (INTAKE, MINE, EXAMINATION, DOCUMENTS, ISSUANCE). */
  public IntakePage awaitListing(String queue, String receiptNumber) {
    String url = queueUrl(queue, receiptNumber);
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .pollingEvery(Duration.ofSeconds(1))
        .until(
            d -> {
              d.get(url);
              return !d.findElements(By.linkText(receiptNumber)).isEmpty();
            });
    return new IntakePage(driver);
  }

  /** Shows a queue filtered by a receipt number. */
  public IntakePage show(String queue, String receiptNumber) {
    driver.get(queueUrl(queue, receiptNumber));
    return new IntakePage(driver);
  }

  private String queueUrl(String queue, String receiptNumber) {
    String current = driver.getCurrentUrl();
    String console = current.substring(0, current.indexOf("/console/") + "/console/".length());
    return console + "index.xhtml?queue=" + queue + "&receipt=" + receiptNumber;
  }

  /** Takes the oldest new case (examiners) and lands on it. */
  public CasePage takeNext() {
    submitWith("take:takeNext");
    return new CasePage(driver);
  }

  /** A supervisor assigns the listed case to an examiner (login ID). */
  public IntakePage assign(String receiptNumber, String examinerLoginId) {
    org.openqa.selenium.WebElement row =
        driver.findElement(By.xpath("//tr[.//a[text()='" + receiptNumber + "']]"));
    new org.openqa.selenium.support.ui.Select(
            row.findElement(By.cssSelector("select[id$=':assignee']")))
        .selectByValue(examinerLoginId);
    org.openqa.selenium.WebElement button =
        row.findElement(By.cssSelector("button[id$=':assign']"));
    clickAndWaitForNextPage(button);
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

  /** The table of cases waiting for an officer beyond the queues (empty when there is none). */
  public String awaiting() {
    return driver.findElements(org.openqa.selenium.By.id("awaitingTable")).stream()
        .map(org.openqa.selenium.WebElement::getText)
        .findFirst()
        .orElse("");
  }
}
