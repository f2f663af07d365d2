package jp.zairyu.it.browser.pages;

import org.openqa.selenium.WebDriver;

/** Console: examination of one case. */
public final class CasePage extends Page {

  public CasePage(WebDriver driver) {
    super(driver);
    byId("receiptNumber");
  }

  public String stateCode() {
    return byId("state").getAttribute("data-state");
  }

  public CasePage approve() {
    submitWith("decision:approve");
    return new CasePage(driver);
  }

  /** Asks the practitioner for additional documents (追完) by the deadline given (YYYY-MM-DD). */
  public CasePage requestDocuments(String items, String due) {
    type("documents:items", items);
    type("documents:due", due);
    submitWith("documents:request");
    return new CasePage(driver);
  }

  /** The history of requests for additional documents, as the table shows it. */
  public String documentRequests() {
    return byId("documentRequests").getText();
  }
}
