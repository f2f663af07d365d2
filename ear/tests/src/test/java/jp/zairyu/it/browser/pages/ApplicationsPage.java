package jp.zairyu.it.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Portal: 申請一覧, the practitioner's applications. */
public final class ApplicationsPage extends Page {

  public ApplicationsPage(WebDriver driver) {
    super(driver);
    byId("applications");
  }

  public static ApplicationsPage open(WebDriver driver, String baseUrl) {
    driver.get(baseUrl + "/portal/index.xhtml");
    return new ApplicationsPage(driver);
  }

  /** Whether the list says there are no applications. */
  public boolean isEmpty() {
    return !driver.findElements(By.cssSelector("#applications .empty-message")).isEmpty();
  }

  /**
   * Starts an extension of period of stay for an applicant who holds 技術・人文知識・国際業務 (the status is
   * chosen; the applicant's details are left to the test).
   */
  public DraftPage startExtension() {
    click("newApplication");
    return new DraftPage(driver)
        .currentStatus("ENGINEER_HUMANITIES")
        .resultByMail("applicant@example.jp");
  }

  /** Presses 新規申請: a new draft of the preselected kind (an extension), nothing chosen yet. */
  public DraftPage newApplication() {
    click("newApplication");
    return new DraftPage(driver);
  }

  /** The list's row of the applicant {@code name} (their newest application shown). */
  private WebElement rowOf(String name) {
    return wait.until(
        d ->
            d.findElements(By.cssSelector("#applicationsTable tbody tr")).stream()
                .filter(row -> row.getText().contains(name))
                .findFirst()
                .orElse(null));
  }

  /** What the row's draft still needs before it can be submitted (its check list), opened. */
  public List<String> stillNeeded(String name) {
    WebElement row = rowOf(name);
    List<WebElement> details = row.findElements(By.cssSelector("details.still-needed"));
    if (details.isEmpty()) {
      return List.of();
    }
    details.get(0).findElement(By.tagName("summary")).click();
    return details.get(0).findElements(By.tagName("li")).stream().map(WebElement::getText).toList();
  }

  /** The text of the row's check list beside its button (e.g. the "ready" line). */
  public String readiness(String name) {
    return rowOf(name).findElements(By.cssSelector(".ready")).stream()
        .map(WebElement::getText)
        .findFirst()
        .orElse("");
  }

  /** Whether the row offers 入管庁に申請を行う. */
  public boolean offersSubmission(String name) {
    return !rowOf(name).findElements(By.cssSelector("button.submit-draft")).isEmpty();
  }

  /** Presses the row's 入管庁に申請を行う, accepts the question, and lands on the application page. */
  public ApplicationViewPage submit(String name) {
    WebElement button = rowOf(name).findElement(By.cssSelector("button.submit-draft"));
    press(button);
    driver.switchTo().alert().accept();
    waitUntilGone(button);
    return new ApplicationViewPage(driver);
  }

  public boolean lists(String receiptNumber) {
    return !driver.findElements(By.linkText(receiptNumber)).isEmpty();
  }
}
