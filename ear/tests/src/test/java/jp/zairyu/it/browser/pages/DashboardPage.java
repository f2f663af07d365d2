package jp.zairyu.it.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Console: the dashboard (統計), its charts and the tables beside them. */
public final class DashboardPage extends Page {

  public DashboardPage(WebDriver driver) {
    super(driver);
    present("main");
  }

  /** Opens the dashboard (an ADMIN may name a bureau; null for the default). */
  public static DashboardPage open(WebDriver driver, String baseUrl, String bureau) {
    driver.get(baseUrl + "/console/dashboard.xhtml" + (bureau == null ? "" : "?bureau=" + bureau));
    return new DashboardPage(driver);
  }

  public boolean showsFigures() {
    return !driver.findElements(By.id("backlogTable")).isEmpty();
  }

  /** The code of the bureau shown, empty for all bureaus. */
  public String shownBureau() {
    // Facelets leaves an attribute out when its value is empty.
    String code = byId("shownBureau").getAttribute("data-bureau");
    return code == null ? "" : code;
  }

  public boolean offersBureauChoice() {
    return !driver.findElements(By.id("bureau")).isEmpty();
  }

  /** An ADMIN chooses a bureau (its code) in the form and shows it. */
  public DashboardPage choose(String bureau) {
    new Select(byId("bureau")).selectByValue(bureau);
    WebElement button = byId("showBureau");
    clickAndWaitForNextPage(button);
    return new DashboardPage(driver);
  }

  /** The bureaus listed in the backlog table, by code. */
  public List<String> backlogBureaus() {
    return driver.findElements(By.cssSelector("#backlogTable tbody tr")).stream()
        .map(r -> r.getAttribute("data-bureau"))
        .toList();
  }

  /**
   * The backlog of a bureau in the state at {@code column} (0 新規受付, 1 審査中, 2 追完待ち, 3 発行待ち); 0 when
   * the bureau has no row.
   */
  public long backlog(String bureau, int column) {
    List<WebElement> cells =
        driver.findElements(
            By.cssSelector("#backlogTable tr[data-bureau='" + bureau + "'] td.num:not(.total)"));
    return cells.isEmpty() ? 0 : Long.parseLong(cells.get(column).getText().strip());
  }

  public long backlogTotal(String bureau) {
    List<WebElement> cells =
        driver.findElements(
            By.cssSelector("#backlogTable tr[data-bureau='" + bureau + "'] td.total"));
    return cells.isEmpty() ? 0 : Long.parseLong(cells.get(0).getText().strip());
  }

  public int dailyRows() {
    return driver.findElements(By.cssSelector("#dailyTable tbody tr")).size();
  }

  /** The arrivals on a day (yyyy-MM-dd). */
  public long arrivals(String day) {
    return dailyCell(day, "arrivals");
  }

  /** The decisions on a day (yyyy-MM-dd). */
  public long decisions(String day) {
    return dailyCell(day, "decisions");
  }

  private long dailyCell(String day, String column) {
    return Long.parseLong(
        byCss("#dailyTable tr[data-day='" + day + "'] td." + column).getText().strip());
  }

  /** The number of decided cases over every row of the processing-days table. */
  public long processedCount() {
    return driver.findElements(By.cssSelector("#processingTable td.count")).stream()
        .mapToLong(c -> Long.parseLong(c.getText().strip()))
        .sum();
  }

  /** Whether Chart.js drew a chart on the canvas of the {@code p:chart} with that id. */
  public boolean chartDrawn(String chartId) {
    Object drawn =
        ((JavascriptExecutor) driver)
            .executeScript(
                "var c = document.querySelector('#' + arguments[0] + ' canvas');"
                    + " return !!(c && window.Chart && Chart.getChart(c) && c.width > 0"
                    + " && c.height > 0);",
                chartId);
    return Boolean.TRUE.equals(drawn);
  }

  private WebElement byCss(String css) {
    return wait.until(
        org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
            By.cssSelector(css)));
  }
}
