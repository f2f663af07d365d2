package jp.zairyu.it.browser.pages;

import org.openqa.selenium.WebDriver;

/** Console: examination of one case. */
public final class CasePage extends Page {

  public CasePage(WebDriver driver) {
    super(driver);
    byId("receiptNumber");
  }

  public String stateCode() {
    return byId("state").getAttribute("data-state");
  }

  public CasePage approve() {
    submitWith("decision:approve");
    return new CasePage(driver);
  }

  /** Asks the practitioner for additional documents (追完) by the deadline given (YYYY-MM-DD). */
  public CasePage requestDocuments(String items, String due) {
    type("documents:items", items);
    type("documents:due", due);
    submitWith("documents:request");
    return new CasePage(driver);
  }

  /** The history of requests for additional documents, as the table shows it. */
  public String documentRequests() {
    return byId("documentRequests").getText();
  }

  public String state() {
    return byId("state").getText();
  }

  /** A row of the form's sections by its id (form-married, form-accompanying-1, …). */
  public String fact(String id) {
    return byId(id).getText();
  }

  /** Whether the form's sections have a row of this id. */
  public boolean hasFact(String id) {
    return has(id);
  }

  /** How the result is received, as the summary says it. */
  public String resultReceipt() {
    return byId("resultReceipt").getText();
  }

  private boolean has(String id) {
    return !driver.findElements(org.openqa.selenium.By.id(id)).isEmpty();
  }

  /** Whether the examiner's actions (approve, ask for documents, propose a denial) are offered. */
  public boolean offersDecision() {
    return has("decision:approve");
  }

  /** The examiner proposes a denial with its reasons. */
  public CasePage proposeDenial(String reasons) {
    type("denial:reason", reasons);
    submitWith("denial:proposeDenial");
    return new CasePage(driver);
  }

  /** The reasons of the denial waiting for a supervisor. */
  public String pendingDenialReasons() {
    return byId("pendingReason").getText();
  }

  /** Whether this officer is offered to confirm or return the pending denial. */
  public boolean offersSupervision() {
    return has("supervision:confirmDenial");
  }

  public boolean saysOwnProposal() {
    return has("ownProposal");
  }

  public CasePage confirmDenial() {
    submitWith("supervision:confirmDenial");
    return new CasePage(driver);
  }

  public CasePage returnDenial(String note) {
    type("supervision:returnNote", note);
    submitWith("supervision:returnDenial");
    return new CasePage(driver);
  }

  public String decidedReasons() {
    return byId("decidedReason").getText();
  }

  /** The practitioner's tracking number as the issuance section shows it. */
  public String sentTracking() {
    return byId("sentTracking").getText();
  }

  /**
   * Records what arrived: ticks every item the form asks about and enters the stamps' value (null
   * leaves the amount empty).
   */
  public CasePage recordReceipt(Integer stamps) {
    for (String item : new String[] {"receipt:card", "receipt:feeSlip", "receipt:envelope"}) {
      if (has(item) && !byId(item).isSelected()) {
        // As a keyboard user does: focus the box and press the space bar.
        org.openqa.selenium.WebElement box = byId(item);
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", box);
        box.sendKeys(org.openqa.selenium.Keys.SPACE);
        if (!byId(item).isSelected()) {
          throw new AssertionError(
              "#"
                  + item
                  + " stays unticked; the form: "
                  + byId("receipt").getAttribute("outerHTML"));
        }
      }
    }
    if (stamps != null) {
      type("receipt:feeStamps", String.valueOf(stamps));
    }
    submitWith("receipt:recordReceipt");
    return new CasePage(driver);
  }

  /** Presses the receipt button as the form stands (e.g. on a page another officer outdated). */
  public CasePage pressRecordReceipt() {
    submitWith("receipt:recordReceipt");
    return new CasePage(driver);
  }

  public boolean offersReceipt() {
    return has("receipt:recordReceipt");
  }

  public String receivedAt() {
    return byId("receivedAt").getText();
  }

  /** Issues the result with the tracking number of the mailing back. */
  public CasePage issue(String trackingNumber) {
    type("issue:trackingNumber", trackingNumber);
    submitWith("issue:issueCard");
    return new CasePage(driver);
  }

  /**
   * Issues and records the mailing, confirming every document enclosed in place of a passport
   * sticker (資格外活動許可書), ticked as a keyboard user does.
   */
  public CasePage issueWithEnclosures(String trackingNumber) {
    for (org.openqa.selenium.WebElement box :
        driver.findElements(
            org.openqa.selenium.By.cssSelector("input[type=checkbox][id^='issue:enclosed:']"))) {
      if (!box.isSelected()) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", box);
        box.sendKeys(org.openqa.selenium.Keys.SPACE);
      }
    }
    return issue(trackingNumber);
  }

  /** What was enclosed in place of a passport sticker, as the issuance section says. */
  public String enclosedDocuments() {
    return byId("enclosedDocuments").getText();
  }

  /** Whether the handing over at the window may be recorded now. */
  public boolean offersHandOver() {
    return has("handOver:recordHandOver");
  }

  /**
   * Records the handing over at the window: the day (YYYY-MM-DD, null to keep the page's default,
   * today), the name of the person who came and their capacity (APPLICANT, AGENT, …; null for
   * none).
   */
  public CasePage handOver(String day, String name, String capacity) {
    if (day != null) {
      type("handOver:handedOverOn", day);
    }
    type("handOver:collectorName", name);
    org.openqa.selenium.support.ui.Select select =
        new org.openqa.selenium.support.ui.Select(byId("handOver:collectorCapacity"));
    if (capacity == null) {
      select.selectByIndex(0);
    } else {
      select.selectByValue(capacity);
    }
    submitWith("handOver:recordHandOver");
    return new CasePage(driver);
  }

  public String handedOverOn() {
    return byId("handedOverOn").getText();
  }

  public String collector() {
    return byId("collector").getText();
  }

  public String handedOverCardNumber() {
    return byId("handedOverCardNumber").getText();
  }

  /** The passport stickers put on at the window (re-entry permit), as the window section says. */
  public String stickers() {
    return byId("stickers").getText();
  }

  public String issuedCardNumber() {
    return byId("issuedCardNumber").getText();
  }

  public String returnTracking() {
    return byId("returnTracking").getText();
  }

  /** The practitioner's correction requests, as listed (empty when there are none). */
  public String corrections() {
    return driver
        .findElements(org.openqa.selenium.By.id("correctionForm:correctionRequests"))
        .stream()
        .map(org.openqa.selenium.WebElement::getText)
        .findFirst()
        .orElse("");
  }

  /** Marks the first unread correction request as read. */
  public CasePage acknowledgeCorrection() {
    org.openqa.selenium.WebElement button =
        driver.findElement(org.openqa.selenium.By.cssSelector("[id$=':acknowledge']"));
    press(button);
    waitUntilGone(button);
    return new CasePage(driver);
  }

  // --- notes between officers, and the attached files shown inline ---

  /** Adds an internal note and lands on the case again. */
  public CasePage addNote(String text) {
    type("noteForm:noteText", text);
    submitWith("noteForm:addNote");
    return new CasePage(driver);
  }

  /** The notes as listed, newest first: "author (login) — time" and body per note. */
  public java.util.List<String[]> notes() {
    return driver
        .findElements(org.openqa.selenium.By.cssSelector("#noteList li.case-note"))
        .stream()
        .map(
            li ->
                new String[] {
                  li.findElement(org.openqa.selenium.By.className("note-author")).getText(),
                  li.findElement(org.openqa.selenium.By.className("note-time")).getText(),
                  li.findElement(org.openqa.selenium.By.className("note-body")).getText()
                })
        .toList();
  }

  /** The natural width of the face photo shown, once it has loaded (0 if it did not). */
  public long facePhotoNaturalWidth() {
    org.openqa.selenium.WebElement img =
        wait.until(
            org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                org.openqa.selenium.By.cssSelector("#caseDocuments img.face-photo")));
    wait.until(
        d ->
            Boolean.TRUE.equals(
                ((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript("return arguments[0].complete;", img)));
    Object width =
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript("return arguments[0].naturalWidth;", img);
    return ((Number) width).longValue();
  }

  /** Where the page embeds each PDF ({@code object data}), as the browser resolved it. */
  public java.util.List<String> embeddedDocuments() {
    return driver.findElements(org.openqa.selenium.By.cssSelector("#caseDocuments object")).stream()
        .map(o -> o.getAttribute("data"))
        .toList();
  }

  /** The face photo's address. */
  public String facePhotoSource() {
    return driver
        .findElement(org.openqa.selenium.By.cssSelector("#caseDocuments img.face-photo"))
        .getAttribute("src");
  }
}
