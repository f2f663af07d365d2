package jp.zairyu.it.browser.pages;

import org.openqa.selenium.WebDriver;

/** Console: one registration in review, with its approval and rejection. */
public final class ConsoleReviewPage extends Page {

  public ConsoleReviewPage(WebDriver driver) {
    super(driver);
    byId("facts");
  }

  public String registrant() {
    return byId("registrant").getText();
  }

  /** A value shown, by its key (fullName, certificateNumber, reason, state, …). */
  public String fact(String key) {
    return byId("fact-" + key).getText();
  }

  public ConsoleReviewListPage approve() {
    click("approval:approve");
    return new ConsoleReviewListPage(driver);
  }

  public ConsoleReviewListPage reject(String reason) {
    type("rejection:reason", reason);
    click("rejection:reject");
    return new ConsoleReviewListPage(driver);
  }

  /** Rejects without a reason: the page stays, saying what is missing. */
  public ConsoleReviewPage rejectWithoutReason() {
    byId("rejection:reason").clear();
    click("rejection:reject");
    return new ConsoleReviewPage(driver);
  }
}
