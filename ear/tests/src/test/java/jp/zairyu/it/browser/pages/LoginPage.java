package jp.zairyu.it.browser.pages;

import jp.zairyu.it.support.OfficerCodes;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The login page of the portal (認証ID) or of the console (login ID); same form shape. */
public final class LoginPage extends Page {

  private final String idField;

  private LoginPage(WebDriver driver, String idField) {
    super(driver);
    this.idField = idField;
  }

  public static LoginPage portal(WebDriver driver, String baseUrl) {
    driver.get(baseUrl + "/portal/login.xhtml");
    return new LoginPage(driver, "login:authId");
  }

  public static LoginPage console(WebDriver driver, String baseUrl) {
    driver.get(baseUrl + "/console/login.xhtml");
    return new LoginPage(driver, "login:loginId");
  }

  /**
   * Logs in; the caller then builds the page it expects to land on. A demo ADMIN of the console
   * types the authenticator app's code as well (every ADMIN has a second factor).
   */
  public void logIn(String id, String password) {
    type(idField, id);
    type("login:password", password);
    if (idField.equals("login:loginId") && OfficerCodes.needsCode(id)) {
      type("login:code", OfficerCodes.next(id));
    }
    submitWith("login:submit");
  }

  /** A console login with the code of the officer's authenticator app. */
  public void logIn(String id, String password, String code) {
    type(idField, id);
    type("login:password", password);
    type("login:code", code);
    submitWith("login:submit");
  }

  /** Logs in with credentials that are refused; returns the login page saying so. */
  public LoginPage logInRefused(String id, String password) {
    logIn(id, password);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-error")));
    return new LoginPage(driver, idField);
  }

  /** The second step of a portal login: the authenticator app's code (or a recovery code). */
  public void code(String code) {
    type("code:otp", code);
    submitWith("code:verify");
  }

  public boolean asksForCode() {
    return !driver.findElements(By.id("code:otp")).isEmpty();
  }
}
