package jp.zairyu.it.browser.pages;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** Console: 職員の追加, the form for a new officer account (ADMIN). */
public final class NewOfficerPage extends Page {

  public NewOfficerPage(WebDriver driver) {
    super(driver);
    byId("officer:loginId");
  }

  public NewOfficerPage fill(
      String loginId, String name, String bureauCode, String role, String password) {
    type("officer:loginId", loginId);
    type("officer:fullName", name);
    new Select(byId("officer:bureau")).selectByValue(bureauCode);
    new Select(byId("officer:role")).selectByValue(role);
    type("officer:password", password);
    return this;
  }

  public OfficerAccountsPage create() {
    click("officer:create");
    return new OfficerAccountsPage(driver);
  }

  /** Submits a form the service refuses; the form stays with its messages. */
  public NewOfficerPage createRefused() {
    click("officer:create");
    return new NewOfficerPage(driver);
  }
}
