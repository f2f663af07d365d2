package jp.zairyu.it.browser.pages;

import java.nio.file.Path;
import org.openqa.selenium.WebDriver;

/** Console: 申請等取次者名簿の取込, the agent registry CSV upload (ADMIN). */
public final class RegistryImportPage extends Page {

  public RegistryImportPage(WebDriver driver) {
    super(driver);
    byId("entries");
  }

  public static RegistryImportPage open(WebDriver driver, String baseUrl) {
    driver.get(baseUrl + "/console/admin/registry.xhtml");
    return new RegistryImportPage(driver);
  }

  public long entries() {
    return Long.parseLong(byId("entries").getText().strip());
  }

  public RegistryImportPage upload(Path csv) {
    driver.findElement(org.openqa.selenium.By.id("upload:file")).sendKeys(csv.toString());
    click("upload:import");
    return new RegistryImportPage(driver);
  }
}
