package jp.zairyu.it.browser.pages;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Portal: one application, read-only, with receipt number and state. */
public final class ApplicationViewPage extends Page {

  public ApplicationViewPage(WebDriver driver) {
    super(driver);
    byId("receiptNumber");
  }

  public static ApplicationViewPage open(WebDriver driver, String url) {
    driver.get(url);
    return new ApplicationViewPage(driver);
  }

  public String receiptNumber() {
    return byId("receiptNumber").getText();
  }

  public String stateCode() {
    return byId("state").getAttribute("data-state");
  }

  public String state() {
    return byId("state").getText();
  }

  /** What a draft's page lists as still missing beside its submit button (empty when complete). */
  public java.util.List<String> missing() {
    return driver.findElements(org.openqa.selenium.By.cssSelector("#missingFields li")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Whether a draft's page offers 入管庁に申請を行う. */
  public boolean offersSubmission() {
    return !driver.findElements(org.openqa.selenium.By.id("submitDraft:submit")).isEmpty();
  }

  /** Presses 入管庁に申請を行う on a draft's page; returns the submitted application's page. */
  public ApplicationViewPage submit() {
    submitWith("submitDraft:submit");
    return new ApplicationViewPage(driver);
  }

  /** 担当局 as the page shows it now. */
  public String bureau() {
    return byId("bureau").getText();
  }

  /**
   * Waits, without reloading the page, until 担当局 names {@code bureau}; fails saying what it showed.
   */
  public ApplicationViewPage awaitBureau(String bureau) {
    try {
      new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30))
          .until(d -> bureau().contains(bureau));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "担当局 still reads \"" + bureau() + "\" 30 s after the page was shown", e);
    }
    return this;
  }

  /** A fact of the summary by its id (addOns, currentStatus, desiredStatus). */
  public String fact(String id) {
    return byId(id).getText();
  }

  /** Withdraws the application with a reason, accepting the confirmation. */
  public ApplicationViewPage withdraw(String reason) {
    type("withdrawal:reason", reason);
    WebElement button = byId("withdrawal:withdraw");
    press(button);
    driver.switchTo().alert().accept();
    waitUntilGone(button);
    return new ApplicationViewPage(driver);
  }

  /** What the examiner asks for in the open request for additional documents (追完). */
  public String requestedDocuments() {
    return byId("documentItems").getText();
  }

  public String documentDeadline() {
    return byId("documentDue").getText();
  }

  public boolean asksForDocuments() {
    return !driver.findElements(org.openqa.selenium.By.id("documentRequest")).isEmpty();
  }

  /** Answers the open request with a note to the examiner. */
  public ApplicationViewPage answerDocuments(String note) {
    type("documents:note", note);
    submitWith("documents:answer");
    return new ApplicationViewPage(driver);
  }

  /** 発行待ち: what the practitioner is asked to send, as listed. */
  public String itemsToSend() {
    return byId("itemsToSend").getText();
  }

  /** 発行待ち: the instructions, as shown. */
  public String issuanceInstructions() {
    return byId("issuance").getText();
  }

  /** Records the sending with a tracking number. */
  public ApplicationViewPage recordSending(String trackingNumber) {
    type("sending:tracking", trackingNumber);
    submitWith("sending:recordSending");
    return new ApplicationViewPage(driver);
  }

  public String sentTracking() {
    return byId("sentTracking").getText();
  }

  /** The reasons of a denial. */
  public String denialReasons() {
    return byId("denialReason").getText();
  }

  public String decision() {
    return byId("decision").getText();
  }

  public String issuedCardNumber() {
    return byId("issuedCardNumber").getText();
  }

  public String returnTracking() {
    return byId("returnTracking").getText();
  }

  /** Whether the page offers to send a correction request (訂正の申出). */
  public boolean offersCorrection() {
    return !driver.findElements(org.openqa.selenium.By.id("correction:sendCorrection")).isEmpty();
  }

  /** Sends a correction request: the item that is wrong and what it should say. */
  public ApplicationViewPage requestCorrection(String item, String correction) {
    type("correction:item", item);
    type("correction:text", correction);
    submitWith("correction:sendCorrection");
    return new ApplicationViewPage(driver);
  }

  /** The correction requests sent, as listed (empty when there are none). */
  public String corrections() {
    return driver.findElements(org.openqa.selenium.By.id("correctionRequests")).stream()
        .map(WebElement::getText)
        .findFirst()
        .orElse("");
  }

  /** What the form still holds (a refused request keeps what was typed). */
  public String typedCorrection() {
    return byId("correction:text").getAttribute("value");
  }

  /** The window's opening hours in the notice of a result to fetch at the window. */
  public String windowHours() {
    return byId("windowHours").getText();
  }
}
