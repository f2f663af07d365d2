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

  /** The guidance for the kind chosen: {Japanese, English}. */
  public java.util.List<String> guidance() {
    return java.util.List.of(byId("guidanceJa").getText(), byId("guidanceEn").getText());
  }

  /**
   * The fields of the form shown for the kind chosen that are not marked required both ways: a
   * visible mark in their label and {@code aria-required="true"} on the control (by id).
   */
  @SuppressWarnings("unchecked")
  public java.util.List<String> fieldsNotMarkedRequired() {
    return (java.util.List<String>)
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript(
                "return Array.from(document.querySelectorAll("
                    + "'#registration\\\\:fields input:not([type=hidden]),"
                    + " #registration\\\\:fields select, #registration\\\\:fields textarea'))"
                    + ".filter(e => e.getClientRects().length && !e.readOnly && !e.disabled)"
                    + ".filter(e => {"
                    + "  const label = document.querySelector('label[for=\"' + e.id + '\"]');"
                    + "  const mark = label && Array.from(label.querySelectorAll('.required'))"
                    + "      .some(m => m.getClientRects().length && m.textContent.trim());"
                    + "  return !mark || e.getAttribute('aria-required') !== 'true';"
                    + "}).map(e => e.id);");
  }

  /** The number of fields the form shows for the kind chosen. */
  public int fieldCount() {
    return driver
        .findElements(
            By.cssSelector(
                "#registration\\:fields input:not([type=hidden]), #registration\\:fields select"))
        .size();
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
