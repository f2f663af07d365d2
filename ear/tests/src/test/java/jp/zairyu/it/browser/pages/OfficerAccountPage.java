package jp.zairyu.it.browser.pages;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** Console: one officer account: role and bureau, disable or enable, password reset (ADMIN). */
public final class OfficerAccountPage extends Page {

  public OfficerAccountPage(WebDriver driver) {
    super(driver);
    byId("loginId");
  }

  public static OfficerAccountPage open(WebDriver driver, String url) {
    driver.get(url);
    return new OfficerAccountPage(driver);
  }

  public String loginId() {
    return byId("loginId").getText();
  }

  public String role() {
    return byId("currentRole").getText();
  }

  public String bureau() {
    return byId("currentBureau").getText();
  }

  public boolean active() {
    return Boolean.parseBoolean(byId("status").getAttribute("data-active"));
  }

  public OfficerAccountPage assign(String role, String bureauCode) {
    new Select(byId("assignment:role")).selectByValue(role);
    new Select(byId("assignment:bureau")).selectByValue(bureauCode);
    click("assignment:assign");
    return new OfficerAccountPage(driver);
  }

  public OfficerAccountPage disable() {
    click("activation:disable");
    return new OfficerAccountPage(driver);
  }

  public OfficerAccountPage enable() {
    click("activation:enable");
    return new OfficerAccountPage(driver);
  }

  public OfficerAccountPage resetPassword(String password) {
    type("reset:newPassword", password);
    click("reset:resetPassword");
    return new OfficerAccountPage(driver);
  }
}
