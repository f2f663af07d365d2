package jp.zairyu.it.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Console: 登録審査, the registrations in review (SUPERVISOR, ADMIN). */
public final class ConsoleReviewListPage extends Page {

  public ConsoleReviewListPage(WebDriver driver) {
    super(driver);
    byId("registrations");
  }

  public static ConsoleReviewListPage open(WebDriver driver, String baseUrl) {
    driver.get(baseUrl + "/console/registrations/index.xhtml");
    return new ConsoleReviewListPage(driver);
  }

  /** Through the layout's navigation, as an officer would. */
  public static ConsoleReviewListPage fromMenu(WebDriver driver) {
    driver.findElement(By.id("navRegistrations")).click();
    return new ConsoleReviewListPage(driver);
  }

  public boolean lists(String name) {
    return !driver.findElements(By.linkText(name)).isEmpty();
  }

  /** The cells of the row of this registrant, header cell first. */
  public List<String> row(String name) {
    WebElement link = driver.findElement(By.linkText(name));
    WebElement row = link.findElement(By.xpath("ancestor::tr"));
    return row.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList();
  }

  public ConsoleReviewPage open(String name) {
    driver.findElement(By.linkText(name)).click();
    return new ConsoleReviewPage(driver);
  }
}
