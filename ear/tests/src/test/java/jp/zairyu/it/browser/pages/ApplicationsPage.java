package jp.zairyu.it.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

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

  public boolean lists(String receiptNumber) {
    return !driver.findElements(By.linkText(receiptNumber)).isEmpty();
  }
}
