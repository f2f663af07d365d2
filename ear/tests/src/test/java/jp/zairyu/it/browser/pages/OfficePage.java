package jp.zairyu.it.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** 事務所: found, invite, suspend, require two-step verification, reassign cases. */
public final class OfficePage extends Page {

  public OfficePage(WebDriver driver) {
    super(driver);
  }

  public static OfficePage open(WebDriver driver, String baseUrl) {
    driver.get(baseUrl + "/portal/office/index.xhtml");
    return new OfficePage(driver);
  }

  public OfficePage found(String name) {
    type("found:officeName", name);
    submitWith("found:create");
    return this;
  }

  public String name() {
    return byId("officeName").getText();
  }

  public OfficePage invite(String email) {
    type("invite:inviteEmail", email);
    submitWith("invite:sendInvite");
    return this;
  }

  public OfficePage toggleSecondFactor() {
    submitWith("secondFactor:toggleSecondFactor");
    return this;
  }

  public String memberRow(String authId) {
    return row("members:memberTable", authId).getText();
  }

  /** Presses a button (by its text, e.g. "停止") in the member's row. */
  public OfficePage memberAction(String authId, String buttonText) {
    WebElement button =
        row("members:memberTable", authId)
            .findElement(By.xpath(".//input[contains(@value, '" + buttonText + "')]"));
    clickAndWaitForNextPage(button);
    return this;
  }

  public String caseRow(String applicant) {
    return row("cases:caseTable", applicant).getText();
  }

  public OfficePage reassign(String applicant, String toAuthId) {
    WebElement row = row("cases:caseTable", applicant);
    new Select(row.findElement(By.tagName("select"))).selectByValue(toAuthId);
    WebElement button = row.findElement(By.xpath(".//input[@type='submit']"));
    clickAndWaitForNextPage(button);
    return this;
  }

  private WebElement row(String tableId, String text) {
    return byId(tableId).findElements(By.cssSelector("tbody tr")).stream()
        .filter(r -> r.getText().contains(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No row with " + text + " in " + tableId));
  }
}
