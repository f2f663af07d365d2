package jp.zairyu.it.browser.pages;

import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** 利用者登録 (public): kind of user, then its fields, the terms, 登録. */
public final class RegistrationPage extends Page {

  public RegistrationPage(WebDriver driver) {
    super(driver);
  }

  public static RegistrationPage open(WebDriver driver, String baseUrl) {
    driver.get(baseUrl + "/portal/registration/start.xhtml");
    return new RegistrationPage(driver);
  }

  public RegistrationPage kind(String code) {
    // The (possibly empty, so invisible) region that is re-rendered for the kind chosen.
    org.openqa.selenium.WebElement fields =
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("registration:fields")));
    new Select(byId("registration:kind")).selectByValue(code);
    wait.until(ExpectedConditions.stalenessOf(fields)); // re-rendered for the new kind
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("registration:fullName")));
    return this;
  }

  public RegistrationPage field(String id, String value) {
    type("registration:" + id, value);
    return this;
  }

  public RegistrationPage person(String name, String kana, String email) {
    return field("fullName", name)
        .field("fullNameKana", kana)
        .field("email", email)
        .field("phone", "03-1234-5678")
        .field("postalCode", "100-0013")
        .field("address", "東京都千代田区霞が関1-1-1");
  }

  public RegistrationPage certificate(String number, LocalDate expiry, String association) {
    field("certificateNumber", number);
    type("registration:certificateExpiry_input", expiry.toString());
    byId("registration:certificateExpiry_input").sendKeys(org.openqa.selenium.Keys.ESCAPE);
    // The calendar must be closed, or it may take the next click meant for the form.
    wait.until(
        ExpectedConditions.invisibilityOfElementLocated(
            By.id("registration:certificateExpiry_panel")));
    return field("unitAssociation", association);
  }

  public RegistrationPage acceptTerms() {
    click("registration:terms");
    return this;
  }

  public void submit() {
    submitWith("registration:submit");
  }

  /** Submits and expects the page that says a mail was sent. */
  public String submitAndExpectSent() {
    submit();
    wait.until(ExpectedConditions.urlContains("/registration/sent.xhtml"));
    return byId("sent").getText();
  }
}
