package jp.zairyu.it.browser.pages;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** メンテナンス予定 in the console (administrators only). */
public final class MaintenancePage extends Page {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  private MaintenancePage(WebDriver driver) {
    super(driver);
    byId("schedule:submit");
  }

  public static MaintenancePage open(WebDriver driver, String baseUrl) {
    driver.get(baseUrl + "/console/admin/maintenance.xhtml");
    return new MaintenancePage(driver);
  }

  /** Fills in the form (times in Japan time) and submits it; returns the page after it. */
  public MaintenancePage schedule(
      LocalDateTime start, LocalDateTime end, String messageJa, String messageEn) {
    setDateTime("schedule:start", start);
    setDateTime("schedule:end", end);
    type("schedule:messageJa", messageJa);
    type("schedule:messageEn", messageEn);
    submitWith("schedule:submit"); // waits until the answer has replaced this page
    return new MaintenancePage(driver);
  }

  /** A datetime-local input's segments depend on the browser's locale: set its value directly. */
  private void setDateTime(String id, LocalDateTime value) {
    WebElement input = byId(id);
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].value = arguments[1];", input, LOCAL.format(value));
  }

  /** The text of the table of scheduled windows, or "" when there is none. */
  public String scheduled() {
    return driver.findElements(By.id("scheduled:windows")).stream()
        .map(WebElement::getText)
        .findFirst()
        .orElse("");
  }
}
