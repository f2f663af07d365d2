package jp.zairyu.it.browser.pages;

import org.openqa.selenium.WebDriver;

/** Console: 監査証跡の検証, the ADMIN's check of the hash-chained audit trail. */
public final class AuditTrailPage extends Page {

  public AuditTrailPage(WebDriver driver) {
    super(driver);
    byId("audit:verify");
  }

  public static AuditTrailPage open(WebDriver driver, String baseUrl) {
    driver.get(baseUrl + "/console/admin/audit.xhtml");
    return new AuditTrailPage(driver);
  }

  /** Runs the check (AJAX) and waits for its outcome. */
  public AuditTrailPage verify() {
    click("audit:verify");
    byId("outcome");
    return this;
  }

  public boolean intact() {
    return Boolean.parseBoolean(byId("outcome").getAttribute("data-intact"));
  }

  public long entriesChecked() {
    return Long.parseLong(byId("entriesChecked").getText().strip());
  }
}
