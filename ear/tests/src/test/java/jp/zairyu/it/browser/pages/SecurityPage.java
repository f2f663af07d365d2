package jp.zairyu.it.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** セキュリティ設定: password change and two-step verification. */
public final class SecurityPage extends Page {

  public SecurityPage(WebDriver driver) {
    super(driver);
  }

  public static SecurityPage open(WebDriver driver, String baseUrl) {
    driver.get(baseUrl + "/portal/account/security.xhtml");
    return new SecurityPage(driver);
  }

  /** Starts enrolment; returns the secret as shown (groups of four). */
  public String beginEnrolment() {
    submitWith("totpStart:begin");
    return byId("secret").getText().replace(" ", "");
  }

  public boolean showsQrCode() {
    return !driver.findElements(By.cssSelector(".qr svg, .qr img")).isEmpty();
  }

  public SecurityPage confirm(String code) {
    type("totpEnrol:code", code);
    submitWith("totpEnrol:confirm");
    return this;
  }

  public List<String> recoveryCodes() {
    return byId("recoveryCodes").findElements(By.tagName("code")).stream()
        .map(WebElement::getText)
        .toList();
  }

  public SecurityPage changePassword(String current, String password) {
    type("passwordForm:currentPassword", current);
    type("passwordForm:newPassword", password);
    type("passwordForm:confirmation", password);
    submitWith("passwordForm:changePassword");
    return this;
  }
}
