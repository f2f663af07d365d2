package jp.zairyu.it.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

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

  public DraftPage residenceCardNumber(String number) {
    type("draft:residenceCardNumber", number);
    return this;
  }

  public DraftPage prefecture(String prefecture) {
    By label = By.id("draft:prefecture_label");
    By item = By.cssSelector("#draft\\:prefecture_panel li[data-label='" + prefecture + "']");
    // The menu's panel animates open; retry until the choice shows in the menu's label.
    wait.ignoring(WebDriverException.class)
        .until(
            d -> {
              if (!d.findElement(label).getText().equals(prefecture)) {
                if (!d.findElement(By.id("draft:prefecture_panel")).isDisplayed()) {
                  d.findElement(By.id("draft:prefecture")).click();
                }
                WebElement choice = ExpectedConditions.elementToBeClickable(item).apply(d);
                if (choice != null) {
                  choice.click();
                }
              }
              return d.findElement(label).getText().equals(prefecture);
            });
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

  public DraftPage save() {
    click("draft:save");
    return new DraftPage(driver);
  }

  public ApplicationViewPage submitAndView() {
    submit();
    return new ApplicationViewPage(driver);
  }
}
