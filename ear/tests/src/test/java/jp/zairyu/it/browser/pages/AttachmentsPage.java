package jp.zairyu.it.browser.pages;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Portal: 添付ファイル of one application (face photo, checklist, documents). */
public final class AttachmentsPage extends Page {

  public AttachmentsPage(WebDriver driver) {
    super(driver);
    byId("total");
  }

  public static AttachmentsPage open(WebDriver driver, String baseUrl, long applicationId) {
    driver.get(baseUrl + "/portal/applications/attachments.xhtml?id=" + applicationId);
    return new AttachmentsPage(driver);
  }

  /** Chooses a face photo file and uploads it; returns the page that answers. */
  public AttachmentsPage uploadPhoto(Path file) {
    byId("photoForm:photoFile").sendKeys(file.toAbsolutePath().toString());
    submitWith("photoForm:uploadPhoto");
    return new AttachmentsPage(driver);
  }

  /** Chooses a kind of document and a file and uploads it; returns the page that answers. */
  public AttachmentsPage uploadDocument(String documentType, Path file) {
    new Select(byId("documentForm:documentType")).selectByValue(documentType);
    byId("documentForm:documentFile").sendKeys(file.toAbsolutePath().toString());
    submitWith("documentForm:uploadDocument");
    return new AttachmentsPage(driver);
  }

  /** The names of the attached files, as listed. */
  public List<String> files() {
    return driver.findElements(By.cssSelector("#listForm\\:attachmentsTable a.download")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** "添付済み / Attached" or "未添付 / Not yet" for a document of the checklist. */
  public String checklist(String documentType) {
    return driver
        .findElement(By.cssSelector("#checklist [data-code='" + documentType + "']"))
        .getText();
  }

  /** The width in pixels the browser decoded the face photo preview to (0 if it failed). */
  public long facePhotoNaturalWidth() {
    WebElement img = byId("facePhoto");
    wait.until(
        d -> (Boolean) ((JavascriptExecutor) d).executeScript("return arguments[0].complete", img));
    return (Long)
        ((JavascriptExecutor) driver).executeScript("return arguments[0].naturalWidth", img);
  }

  /** The rules for taking the face photo, as the page words them before the upload. */
  public String photoTakingRules() {
    return byId("photoTaking").getText();
  }

  public String total() {
    return byId("total").getText();
  }

  public boolean canUpload() {
    return !driver.findElements(By.id("documentForm")).isEmpty();
  }

  public boolean readOnlyNoticeShown() {
    return !driver.findElements(By.id("readOnly")).isEmpty();
  }

  /** Whether the upload forms offer no photo (one is attached or the page is read-only). */
  public boolean photoUploadOffered() {
    return !driver.findElements(By.id("photoForm")).isEmpty();
  }
}
