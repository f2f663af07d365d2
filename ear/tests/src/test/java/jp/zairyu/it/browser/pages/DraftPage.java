package jp.zairyu.it.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** Portal: 申請情報入力 for an extension of period of stay. */
public final class DraftPage extends Page {

  public DraftPage(WebDriver driver) {
    super(driver);
    byId("draft:fullName");
  }

  public DraftPage name(String name) {
    type("draft:fullName", name);
    return this;
  }

  public DraftPage nationality(String nationality) {
    type("draft:nationality", nationality);
    return this;
  }

  public DraftPage dateOfBirth(String isoDate) {
    type("draft:dateOfBirth_input", isoDate);
    byId("draft:dateOfBirth_input").sendKeys(Keys.TAB);
    return this;
  }

  /** Opens the calendar with the date field's button and waits until it has finished opening. */
  public DraftPage openCalendar() {
    click(By.cssSelector("#draft\\:dateOfBirth .ui-datepicker-trigger"));
    wait.until(
        ExpectedConditions.attributeContains(
            By.id("draft:dateOfBirth_panel"), "class", "ui-connected-overlay-enter-done"));
    return this;
  }

  /** Closes the calendar with the Escape key. */
  public DraftPage closeCalendar() {
    driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("draft:dateOfBirth_panel")));
    return this;
  }

  public DraftPage residenceCardNumber(String number) {
    type("draft:residenceCardNumber", number);
    return this;
  }

  /**
   * Opens a new draft of a procedure (its code, e.g. CHANGE), the result to be received by mail and
   * the applicant's mail address given (the rest is left to the test).
   */
  public static DraftPage start(WebDriver driver, String baseUrl, String procedure) {
    driver.get(baseUrl + "/portal/applications/edit.xhtml?procedure=" + procedure);
    return new DraftPage(driver).resultByMail("applicant@example.jp");
  }

  /** The result by mail, and the foreign national's own mail address. */
  public DraftPage resultByMail(String applicantEmail) {
    new Select(byId("draft:resultReceipt")).selectByValue("MAIL");
    type("draft:applicantEmail", applicantEmail);
    return this;
  }

  /** The result at the bureau's window, and the foreign national's own mail address. */
  public DraftPage resultAtWindow(String applicantEmail) {
    new Select(byId("draft:resultReceipt")).selectByValue("WINDOW");
    type("draft:applicantEmail", applicantEmail);
    return this;
  }

  public String heading() {
    return driver.findElement(By.tagName("h1")).getText();
  }

  /** Chooses the status applied for, and its category when it has categories. */
  public DraftPage desiredStatus(String code, String category) {
    WebElement group = present("draft:desiredSubtypeGroup");
    new Select(byId("draft:desiredStatus")).selectByValue(code);
    wait.until(ExpectedConditions.stalenessOf(group));
    if (category != null) {
      new Select(byId("draft:desiredSubtype")).selectByValue(category);
    }
    return this;
  }

  public DraftPage reentry(String choice) {
    WebElement fee = byId("draft:fee");
    new Select(byId("draft:reentry")).selectByValue(choice);
    wait.until(ExpectedConditions.stalenessOf(fee));
    return this;
  }

  public DraftPage activityOutside() {
    click("draft:activityOutside");
    return this;
  }

  public String fee() {
    return byId("draft:fee").getText();
  }

  /** Chooses the current status of residence (its code, e.g. ENGINEER_HUMANITIES). */
  public DraftPage currentStatus(String code) {
    new Select(byId("draft:currentStatus")).selectByValue(code);
    return this;
  }

  public DraftPage prefecture(String prefecture) {
    new Select(byId("draft:prefecture")).selectByVisibleText(prefecture);
    return this;
  }

  public DraftPage address(String address) {
    type("draft:addressLine", address);
    return this;
  }

  /** Submits; stays on this page when the service refuses. */
  public void submit() {
    click("draft:submit");
  }

  /** Submits what the service refuses; returns this page showing why. */
  public DraftPage submitRefused() {
    submit();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-error")));
    return new DraftPage(driver);
  }

  public DraftPage save() {
    click("draft:save");
    return new DraftPage(driver);
  }

  /** Follows the link to the draft's attachments (a saved draft only). */
  public AttachmentsPage attachments() {
    WebElement link = byId("draft:attachments");
    clickAndWaitForNextPage(link);
    return new AttachmentsPage(driver);
  }

  public ApplicationViewPage submitAndView() {
    submit();
    return new ApplicationViewPage(driver);
  }

  /** Waits until the page says the draft was saved automatically; returns the status line. */
  public String awaitAutosaved() {
    return wait.until(
        d -> {
          String status =
              d.findElement(org.openqa.selenium.By.id("draft:autosaveStatus")).getText();
          return status.contains("自動保存しました") ? status : null;
        });
  }

  /** The value a field of the draft shows (fullName, nationality, addressLine, …). */
  public String value(String field) {
    return byId("draft:" + field).getAttribute("value");
  }

  public static DraftPage open(WebDriver driver, String url) {
    driver.get(url);
    return new DraftPage(driver);
  }
}
