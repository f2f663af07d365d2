package jp.zairyu.it.browser.pages;

import org.openqa.selenium.WebDriver;

/** The error page of the portal or the console, as shown after a fault (both allow anyone). */
public final class ErrorPage extends Page {

  private ErrorPage(WebDriver driver) {
    super(driver);
    byId("main");
  }

  public static ErrorPage portal(WebDriver driver, String baseUrl) {
    driver.get(baseUrl + "/portal/error.xhtml");
    return new ErrorPage(driver);
  }

  public static ErrorPage console(WebDriver driver, String baseUrl) {
    driver.get(baseUrl + "/console/error.xhtml");
    return new ErrorPage(driver);
  }
}
