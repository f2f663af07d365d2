package jp.zairyu.it.browser.pages;

import org.openqa.selenium.WebDriver;

/** A page that sets a password from a mailed link (first password or reset). */
public final class PasswordPage extends Page {

  private final String form;

  private PasswordPage(WebDriver driver, String form) {
    super(driver);
    this.form = form;
  }

  /** The approval mail's link. */
  public static PasswordPage firstPassword(WebDriver driver, String link) {
    driver.get(link);
    return new PasswordPage(driver, "password");
  }

  /** The reset mail's link. */
  public static PasswordPage reset(WebDriver driver, String link) {
    driver.get(link);
    return new PasswordPage(driver, "reset");
  }

  public PasswordPage set(String password, String confirmation) {
    type(form + ":newPassword", password);
    type(form + ":confirmation", confirmation);
    submitWith(form + ":save");
    return this;
  }

  /** The 認証ID shown once the first password is set. */
  public String authId() {
    return byId("authId").getText().strip();
  }

  public String done() {
    return byId("done").getText();
  }
}
