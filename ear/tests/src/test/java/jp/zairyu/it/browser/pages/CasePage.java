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
    click("decision:approve");
    return new CasePage(driver);
  }
}
