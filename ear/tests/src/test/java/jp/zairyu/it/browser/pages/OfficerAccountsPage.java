package jp.zairyu.it.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Console: 職員アカウント, the list of officer accounts (ADMIN). */
public final class OfficerAccountsPage extends Page {

  public OfficerAccountsPage(WebDriver driver) {
    super(driver);
    byId("officers");
  }

  public static OfficerAccountsPage open(WebDriver driver, String baseUrl) {
    driver.get(baseUrl + "/console/admin/officers/index.xhtml");
    return new OfficerAccountsPage(driver);
  }

  public NewOfficerPage add() {
    click("newOfficer");
    return new NewOfficerPage(driver);
  }

  public boolean lists(String loginId) {
    return !driver.findElements(By.linkText(loginId)).isEmpty();
  }

  public List<String> row(String loginId) {
    WebElement row = driver.findElement(By.linkText(loginId)).findElement(By.xpath("ancestor::tr"));
    return row.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList();
  }

  public OfficerAccountPage open(String loginId) {
    driver.findElement(By.linkText(loginId)).click();
    return new OfficerAccountPage(driver);
  }
}
