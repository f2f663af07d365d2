package jp.zairyu.it.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Portal: 申請情報入力, the six-step form of any procedure. Each field's method goes to the step that has
 * the field first (following the step list, which saves the step left), as a user would.
 */
public final class DraftPage extends Page {

  /** The step of the form each field is on. */
  private static final java.util.Map<String, Integer> STEP_OF =
      java.util.Map.ofEntries(
          java.util.Map.entry("procedure", 1),
          java.util.Map.entry("currentStatus", 1),
          java.util.Map.entry("desiredStatus", 1),
          java.util.Map.entry("reentry", 1),
          java.util.Map.entry("activityOutside", 1),
          java.util.Map.entry("relativeDeclaration", 1),
          java.util.Map.entry("applicantLocation", 1),
          java.util.Map.entry("relativeReason", 1),
          java.util.Map.entry("locationRule", 1),
          java.util.Map.entry("acquisitionEvent", 1),
          java.util.Map.entry("resultReceipt", 1),
          java.util.Map.entry("fee", 1),
          java.util.Map.entry("applicantEmail", 1),
          java.util.Map.entry("fullName", 2),
          java.util.Map.entry("nationality", 2),
          java.util.Map.entry("dateOfBirth", 2),
          java.util.Map.entry("sex", 2),
          java.util.Map.entry("placeOfBirth", 2),
          java.util.Map.entry("occupation", 2),
          java.util.Map.entry("phone", 2),
          java.util.Map.entry("married", 2),
          java.util.Map.entry("homeAddress", 2),
          java.util.Map.entry("residenceCardNumber", 2),
          java.util.Map.entry("prefecture", 2),
          java.util.Map.entry("addressLine", 2),
          java.util.Map.entry("passportNumber", 3),
          java.util.Map.entry("passportExpiry", 3),
          java.util.Map.entry("currentPeriodMonths", 3),
          java.util.Map.entry("currentExpiry", 3),
          java.util.Map.entry("desiredPeriodMonths", 3),
          java.util.Map.entry("entryPort", 3),
          java.util.Map.entry("entryDate", 3),
          java.util.Map.entry("reason", 3),
          java.util.Map.entry("criminalRecord", 3),
          java.util.Map.entry("criminalDetails", 3),
          java.util.Map.entry("addFamily", 4),
          java.util.Map.entry("accompanied", 4),
          java.util.Map.entry("desiredPeriodIndefinite", 3),
          java.util.Map.entry("currentPeriodIndefinite", 3),
          java.util.Map.entry("sponsorName", 5),
          java.util.Map.entry("sponsorAddress", 5),
          java.util.Map.entry("sponsorPhone", 5),
          java.util.Map.entry("sponsorDetail", 5),
          java.util.Map.entry("sponsorIncome", 5),
          java.util.Map.entry("sponsorBirth", 5),
          java.util.Map.entry("sponsorNationality", 5),
          java.util.Map.entry("sponsorCard", 5),
          java.util.Map.entry("copyFrom", 1));

  public DraftPage(WebDriver driver) {
    super(driver);
    present("wizardSteps");
  }

  /** The step shown (1 to 6). */
  public int step() {
    // Read again when the step list is replaced between finding and reading it (a redirect).
    return wait.until(
        d -> {
          try {
            return Integer.parseInt(
                d.findElement(By.id("wizardSteps")).getAttribute("data-current"));
          } catch (org.openqa.selenium.NoSuchElementException
              | org.openqa.selenium.StaleElementReferenceException replaced) {
            return null;
          } catch (org.openqa.selenium.WebDriverException e) {
            if (detached(e)) {
              return null;
            }
            throw e;
          }
        });
  }

  /**
   * Goes to step {@code n} through the step list (which saves the step left); false when the step
   * left was refused and the page stays there with the reason.
   */
  public boolean onStep(int n) {
    if (step() == n) {
      return true;
    }
    // a field's Ajax update (e.g. the status of residence re-rendering the form) still under way
    // replaces the step list after the click: the click is lost and the page stays where it was
    wait.until(
        d ->
            (Boolean)
                ((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript(
                        "return !window.PrimeFaces || !PrimeFaces.ajax || !PrimeFaces.ajax.Queue"
                            + " || PrimeFaces.ajax.Queue.isEmpty();"));
    WebElement steps = present("wizardSteps");
    press(driver.findElement(By.cssSelector("#wizardSteps a[data-step='" + n + "']")));
    wait.until(d -> replaced(steps));
    if (driver.findElements(By.id("wizardSteps")).isEmpty()) {
      return false; // another page (e.g. the application, submitted meanwhile in another tab)
    }
    return step() == n;
  }

  private DraftPage at(String field) {
    int n = STEP_OF.get(field);
    if (!onStep(n) && driver.findElements(By.id("wizardSteps")).isEmpty()) {
      throw new AssertionError(
          "Going to step "
              + n
              + " for "
              + field
              + " left the form: "
              + driver.getCurrentUrl()
              + " says "
              + driver.findElement(By.tagName("body")).getText());
    }
    if (step() != n) {
      throw new AssertionError(
          "Could not leave step " + step() + " for " + field + ": " + messages());
    }
    return this;
  }

  /**
   * Whether {@code element} has left the page. Chromium sometimes answers a detached node with
   * "Node with given id does not belong to the document" (an unknown error, not a stale element),
   * which {@code ExpectedConditions.stalenessOf} lets through: that answer means replaced as well.
   */
  private static boolean replaced(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (org.openqa.selenium.StaleElementReferenceException e) {
      return true;
    } catch (org.openqa.selenium.WebDriverException e) {
      if (detached(e)) {
        return true;
      }
      throw e;
    }
  }

  /** Presses 次へ: saves this step and shows the next one. */
  public DraftPage next() {
    int from = step();
    WebElement steps = present("wizardSteps");
    press(byId("draft:next"));
    wait.until(d -> replaced(steps));
    if (step() != from + 1) {
      throw new AssertionError("Next did not leave step " + from + ": " + messages());
    }
    return this;
  }

  /** Presses 次へ where the step is refused; returns this page showing why. */
  public DraftPage nextRefused() {
    WebElement steps = present("wizardSteps");
    press(byId("draft:next"));
    wait.until(d -> replaced(steps));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-error")));
    return this;
  }

  /** Presses 戻る. */
  public DraftPage back() {
    WebElement steps = present("wizardSteps");
    press(byId("draft:back"));
    wait.until(d -> replaced(steps));
    return this;
  }

  public DraftPage name(String name) {
    at("fullName");
    type("draft:fullName", name);
    return this;
  }

  public DraftPage nationality(String nationality) {
    at("nationality");
    type("draft:nationality", nationality);
    return this;
  }

  public DraftPage dateOfBirth(String isoDate) {
    at("dateOfBirth");
    return date("draft:dateOfBirth", isoDate);
  }

  /** Types a date over whatever the field shows (selecting it first, as a user would). */
  private DraftPage date(String id, String isoDate) {
    WebElement input = byId(id + "_input");
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    input.sendKeys(isoDate);
    byId(id + "_input").sendKeys(Keys.TAB);
    return this;
  }

  public DraftPage sex(String code) {
    at("sex");
    new Select(byId("draft:sex")).selectByValue(code);
    return this;
  }

  public DraftPage placeOfBirth(String place) {
    at("placeOfBirth");
    type("draft:placeOfBirth", place);
    return this;
  }

  public DraftPage occupation(String occupation) {
    at("occupation");
    type("draft:occupation", occupation);
    return this;
  }

  public DraftPage phone(String phone) {
    at("phone");
    type("draft:phone", phone);
    return this;
  }

  /** 配偶者の有無. */
  public DraftPage married(boolean married) {
    at("married");
    new Select(byId("draft:married")).selectByValue(String.valueOf(married));
    return this;
  }

  /** 本国における居住地. */
  public DraftPage homeAddress(String address) {
    at("homeAddress");
    type("draft:homeAddress", address);
    return this;
  }

  /** What step 3 shows for the period applied for of a status with an indefinite period. */
  public String desiredPeriodIndefinite() {
    at("desiredPeriodIndefinite");
    return present("desiredPeriodIndefinite").getText();
  }

  /** Whether step 3 offers a choice of months for the period applied for. */
  public boolean desiredPeriodInMonths() {
    at("desiredPeriodIndefinite");
    return !driver.findElements(By.id("draft:desiredPeriodMonths")).isEmpty();
  }

  /**
   * What step 3 shows for the period held now and its date of expiry by a holder of a status with
   * an indefinite period: the two texts, one per line.
   */
  public String currentPeriodIndefinite() {
    at("currentPeriodIndefinite");
    return present("currentPeriodIndefinite").getText()
        + "\n"
        + present("currentExpiryIndefinite").getText();
  }

  /** Whether step 3 offers a choice of months and a date for the period held now. */
  public boolean currentPeriodInMonths() {
    at("currentPeriodIndefinite");
    return !driver.findElements(By.id("draft:currentPeriodMonths")).isEmpty()
        || !driver.findElements(By.id("draft:currentExpiry_input")).isEmpty();
  }

  /** A COE's 同伴者の有無: 無. */
  public DraftPage noAccompanyingPersons() {
    at("accompanied");
    WebElement group = present("draft:accompanyingGroup");
    new Select(byId("draft:accompanied")).selectByValue("false");
    wait.until(ExpectedConditions.stalenessOf(group));
    return this;
  }

  /** A COE's accompanying person (同伴者の有無 「有」 first), added as a new row and filled. */
  public DraftPage accompanyingPerson(
      String relationship, String name, String isoBirth, String nationality) {
    at("accompanied");
    if (!"true"
        .equals(
            new Select(byId("draft:accompanied")).getFirstSelectedOption().getAttribute("value"))) {
      WebElement group = present("draft:accompanyingGroup");
      new Select(byId("draft:accompanied")).selectByValue("true");
      wait.until(ExpectedConditions.stalenessOf(group));
    }
    int row = driver.findElements(By.cssSelector("fieldset.accompanying-row")).size();
    WebElement group = present("draft:accompanyingGroup");
    press(byId("draft:addAccompanying"));
    wait.until(ExpectedConditions.stalenessOf(group));
    String prefix = "draft:accompanying:" + row + ":";
    new Select(byId(prefix + "relationship")).selectByValue(relationship);
    type(prefix + "name", name);
    date(prefix + "birth", isoBirth);
    type(prefix + "nationality", nationality);
    return this;
  }

  public int accompanyingRows() {
    at("accompanied");
    return driver.findElements(By.cssSelector("fieldset.accompanying-row")).size();
  }

  public DraftPage passport(String number, String isoExpiry) {
    at("passportNumber");
    type("draft:passportNumber", number);
    return date("draft:passportExpiry", isoExpiry);
  }

  /** The period of stay held now (in months) and its last day. */
  public DraftPage currentPeriod(int months, String isoExpiry) {
    at("currentPeriodMonths");
    new Select(byId("draft:currentPeriodMonths")).selectByValue(String.valueOf(months));
    return date("draft:currentExpiry", isoExpiry);
  }

  public DraftPage desiredPeriod(int months) {
    at("desiredPeriodMonths");
    new Select(byId("draft:desiredPeriodMonths")).selectByValue(String.valueOf(months));
    return this;
  }

  /** A COE's intended port and date of entry. */
  public DraftPage entry(String port, String isoDate) {
    at("entryPort");
    type("draft:entryPort", port);
    return date("draft:entryDate", isoDate);
  }

  public DraftPage reason(String reason) {
    at("reason");
    type("draft:reason", reason);
    return this;
  }

  public DraftPage noCriminalRecord() {
    at("criminalRecord");
    new Select(byId("draft:criminalRecord")).selectByValue("false");
    return this;
  }

  public DraftPage criminalRecord(String details) {
    at("criminalRecord");
    WebElement group = present("draft:criminalDetailsGroup");
    new Select(byId("draft:criminalRecord")).selectByValue("true");
    wait.until(ExpectedConditions.stalenessOf(group));
    type("draft:criminalDetails", details);
    return this;
  }

  /** Adds a row of family in Japan and fills it (row numbers from 0). */
  public DraftPage familyMember(
      String relationship, String name, String isoBirth, String nationality, boolean together) {
    int row = familyRows();
    addFamilyRow();
    String prefix = "draft:family:" + row + ":";
    new Select(byId(prefix + "relationship")).selectByValue(relationship);
    type(prefix + "name", name);
    date(prefix + "birth", isoBirth);
    type(prefix + "nationality", nationality);
    if (together) {
      click(prefix + "together");
    }
    return this;
  }

  /** Removes a row of family in Japan (numbered from 0). */
  public DraftPage removeFamilyMember(int row) {
    at("addFamily");
    WebElement group = present("draft:familyGroup");
    press(byId("draft:family:" + row + ":remove"));
    wait.until(ExpectedConditions.stalenessOf(group));
    return this;
  }

  public int familyRows() {
    at("addFamily");
    return driver.findElements(By.cssSelector("fieldset.family-row")).size();
  }

  /** The employer of a work status (step 5). */
  public DraftPage employer(String name, String address, String phone, String job, int pay) {
    at("sponsorName");
    type("draft:sponsorName", name);
    type("draft:sponsorAddress", address);
    type("draft:sponsorPhone", phone);
    type("draft:sponsorDetail", job);
    type("draft:sponsorIncome", String.valueOf(pay));
    return this;
  }

  /** The school of a student (step 5). */
  public DraftPage school(String name, String address, String phone, String course) {
    at("sponsorName");
    type("draft:sponsorName", name);
    type("draft:sponsorAddress", address);
    type("draft:sponsorPhone", phone);
    type("draft:sponsorDetail", course);
    return this;
  }

  /** The spouse or supporting person (step 5). */
  public DraftPage spouse(String name, String isoBirth, String nationality, String phone) {
    at("sponsorName");
    type("draft:sponsorName", name);
    date("draft:sponsorBirth", isoBirth);
    type("draft:sponsorNationality", nationality);
    type("draft:sponsorPhone", phone);
    return this;
  }

  /** The title of the status-specific step (step 5). */
  public String sectionHeading() {
    onStep(5);
    return byId("sectionHeading").getText();
  }

  /** What step 6 says about the face photo ("" when it says nothing). */
  public String facePhotoNotice() {
    onStep(6);
    return driver.findElements(By.id("photoMissing")).stream()
        .map(WebElement::getText)
        .findFirst()
        .orElse("");
  }

  /** What step 6 says is still missing. */
  public java.util.List<String> missing() {
    onStep(6);
    return driver.findElements(By.cssSelector("#missingFields li")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /**
   * Fills, with plausible values, every field of the form a test has left empty (identity with the
   * marital status 有 and the home-town address, passport, stay, a COE's 同伴者 無, the status-specific
   * part) and attaches a face photo when one is needed: for tests about something else than the
   * form. Ends on the last step.
   */
  public DraftPage restOfTheForm() {
    at("applicantLocation");
    if (new Select(byId("draft:applicantLocation"))
        .getFirstSelectedOption()
        .getAttribute("value")
        .isEmpty()) {
      // Where the procedure allows both (a COE), the applicant abroad; else in Japan.
      location(byId("locationRule").getText().contains("どちらにいても") ? "ABROAD" : "IN_JAPAN");
    }
    if (!driver.findElements(By.id("draft:acquisitionEvent")).isEmpty()
        && new Select(byId("draft:acquisitionEvent"))
            .getFirstSelectedOption()
            .getAttribute("value")
            .isEmpty()) {
      acquisitionEvent(
          "OTHER", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).toString());
    }
    at("sex");
    fillIfEmpty("draft:fullName", "NGUYEN VAN AN");
    fillIfEmpty("draft:nationality", "ベトナム");
    if (byId("draft:dateOfBirth_input").getAttribute("value").isEmpty()) {
      date("draft:dateOfBirth", "1995-04-01");
    }
    if (new Select(byId("draft:prefecture"))
        .getFirstSelectedOption()
        .getAttribute("value")
        .isEmpty()) {
      new Select(byId("draft:prefecture")).selectByVisibleText("東京都");
    }
    if (driver.findElements(By.id("coeNote")).isEmpty()) { // in Japan: card and address
      fillIfPresent("draft:residenceCardNumber", "AB12345678CD"); // none for an acquisition
      fillIfEmpty("draft:addressLine", "新宿区西新宿2-8-1");
    }
    fillIfEmpty("draft:placeOfBirth", "ハノイ");
    fillIfEmpty("draft:occupation", "会社員");
    fillIfEmpty("draft:phone", "090-1234-5678");
    if (new Select(byId("draft:sex")).getFirstSelectedOption().getAttribute("value").isEmpty()) {
      new Select(byId("draft:sex")).selectByValue("FEMALE");
    }
    chooseIfEmpty("draft:married", "true");
    fillIfEmpty("draft:homeAddress", "ハノイ市ホアンキエム区1-1");
    at("passportNumber");
    fillIfEmpty("draft:passportNumber", "TZ1234567");
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
    if (byId("draft:passportExpiry_input").getAttribute("value").isEmpty()) {
      date("draft:passportExpiry", today.plusYears(5).toString());
    }
    if (!driver.findElements(By.id("draft:currentPeriodMonths")).isEmpty()) {
      chooseIfEmpty("draft:currentPeriodMonths", "36");
      if (byId("draft:currentExpiry_input").getAttribute("value").isEmpty()) {
        date("draft:currentExpiry", today.plusMonths(2).toString());
      }
    }
    if (!driver.findElements(By.id("draft:desiredPeriodMonths")).isEmpty()) {
      chooseIfEmpty("draft:desiredPeriodMonths", "36");
    }
    if (!driver.findElements(By.id("draft:entryPort")).isEmpty()) {
      fillIfEmpty("draft:entryPort", "成田空港");
      if (byId("draft:entryDate_input").getAttribute("value").isEmpty()) {
        date("draft:entryDate", today.plusMonths(3).toString());
      }
    }
    fillIfEmpty("draft:reason", "引き続き同じ活動を行うため");
    chooseIfEmpty("draft:criminalRecord", "false");
    onStep(4);
    if (!driver.findElements(By.id("draft:accompanied")).isEmpty()
        && new Select(byId("draft:accompanied"))
            .getFirstSelectedOption()
            .getAttribute("value")
            .isEmpty()) {
      noAccompanyingPersons();
    }
    onStep(5);
    if (!driver.findElements(By.id("draft:sponsorName")).isEmpty()) {
      fillIfEmpty("draft:sponsorName", "株式会社サンプル");
      fillIfPresent("draft:sponsorAddress", "東京都港区芝公園1-1");
      fillIfEmpty("draft:sponsorPhone", "03-1234-5678");
      fillIfPresent("draft:sponsorDetail", "システム開発");
      fillIfPresent("draft:sponsorIncome", "4800000");
      fillIfPresent("draft:sponsorNationality", "日本");
      if (!driver.findElements(By.id("draft:sponsorBirth_input")).isEmpty()
          && byId("draft:sponsorBirth_input").getAttribute("value").isEmpty()) {
        date("draft:sponsorBirth", "1990-01-01");
      }
    }
    onStep(6);
    if (!driver.findElements(By.id("photoMissing")).isEmpty()) {
      attachFacePhoto();
    }
    return this;
  }

  /** Attaches a face photo on the attachments page and comes back to the last step. */
  public DraftPage attachFacePhoto() {
    onStep(6);
    String url = driver.getCurrentUrl();
    attachments().uploadPhoto(photo());
    driver.get(url.replaceAll("([?&])step=\\d+", "$1step=6"));
    return new DraftPage(driver);
  }

  private static java.nio.file.Path photo() {
    try {
      java.awt.image.BufferedImage image =
          new java.awt.image.BufferedImage(600, 800, java.awt.image.BufferedImage.TYPE_INT_RGB);
      java.awt.Graphics2D g = image.createGraphics();
      g.setColor(java.awt.Color.LIGHT_GRAY);
      g.fillRect(0, 0, 600, 800);
      g.setColor(java.awt.Color.DARK_GRAY);
      g.fillOval(150, 150, 300, 400);
      g.dispose();
      java.nio.file.Path file = java.nio.file.Files.createTempFile("face-", ".jpg");
      javax.imageio.ImageIO.write(image, "jpg", file.toFile());
      return file;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void fillIfEmpty(String id, String value) {
    if (byId(id).getAttribute("value").isEmpty()) {
      type(id, value);
    }
  }

  private void fillIfPresent(String id, String value) {
    if (!driver.findElements(By.id(id)).isEmpty()) {
      fillIfEmpty(id, value);
    }
  }

  private void chooseIfEmpty(String id, String value) {
    Select select = new Select(byId(id));
    if (select.getFirstSelectedOption().getAttribute("value").isEmpty()) {
      select.selectByValue(value);
    }
  }

  /** Opens the calendar with the date field's button and waits until it has finished opening. */
  public DraftPage openCalendar() {
    at("dateOfBirth");
    click(By.cssSelector("#draft\\:dateOfBirth .ui-datepicker-trigger"));
    wait.until(
        ExpectedConditions.attributeContains(
            By.id("draft:dateOfBirth_panel"), "class", "ui-connected-overlay-enter-done"));
    return this;
  }

  /** Closes the calendar with the Escape key. */
  public DraftPage closeCalendar() {
    driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("draft:dateOfBirth_panel")));
    return this;
  }

  public DraftPage residenceCardNumber(String number) {
    at("residenceCardNumber");
    type("draft:residenceCardNumber", number);
    return this;
  }

  /**
   * Opens a new draft of a procedure (its code, e.g. CHANGE), the result to be received by mail and
   * the applicant's mail address given (the rest is left to the test).
   */
  public static DraftPage start(WebDriver driver, String baseUrl, String procedure) {
    driver.get(baseUrl + "/portal/applications/edit.xhtml?procedure=" + procedure);
    return new DraftPage(driver)
        .resultByMail("applicant@example.jp")
        // Asked of every application (issue 16); a COE's applicant is usually abroad.
        .location("COE".equals(procedure) ? "ABROAD" : "IN_JAPAN");
  }

  /**
   * Opens a new extension for an engineer living in Tokyo (新宿区), the applicant named, with the step
   * 1–3 fields the tests share; the rest is left to the test.
   */
  public static DraftPage startTokyoExtension(WebDriver driver, String baseUrl, String name) {
    return start(driver, baseUrl, "EXTENSION")
        .currentStatus("ENGINEER_HUMANITIES")
        .name(name)
        .nationality("ベトナム")
        .dateOfBirth("1995-04-01")
        .residenceCardNumber("AB12345678CD")
        .prefecture("東京都")
        .address("新宿区西新宿2-8-1");
  }

  /** The applicant of the tests' Osaka cases, step 2: a Nepali national living in 大阪市. */
  public DraftPage nepaliApplicantInOsaka(String name) {
    return name(name)
        .nationality("ネパール")
        .dateOfBirth("1990-01-31")
        .residenceCardNumber("CD87654321EF")
        .prefecture("大阪府")
        .address("大阪市中央区大手前1-1");
  }

  /** The applicant of the issuance tests, step 2: a Vietnamese national living in 港区, Tokyo. */
  public DraftPage vietnameseApplicantInMinato(String name) {
    return name(name)
        .nationality("ベトナム")
        .dateOfBirth("1994-03-03")
        .residenceCardNumber("KL12345678MN")
        .prefecture("東京都")
        .address("港区港南5-5-30");
  }

  /** The result by mail, and the foreign national's own mail address. */
  public DraftPage resultByMail(String applicantEmail) {
    at("resultReceipt");
    new Select(byId("draft:resultReceipt")).selectByValue("MAIL");
    at("applicantEmail");
    type("draft:applicantEmail", applicantEmail);
    return this;
  }

  /** The result at the bureau's window, and the foreign national's own mail address. */
  public DraftPage resultAtWindow(String applicantEmail) {
    at("resultReceipt");
    new Select(byId("draft:resultReceipt")).selectByValue("WINDOW");
    at("applicantEmail");
    type("draft:applicantEmail", applicantEmail);
    return this;
  }

  /** The ways of receiving the result the form offers now (option values, without "choose"). */
  public java.util.List<String> resultReceiptChoices() {
    at("resultReceipt");
    return new Select(byId("draft:resultReceipt"))
        .getOptions().stream()
            .map(o -> o.getAttribute("value"))
            .filter(v -> v != null && !v.isEmpty())
            .toList();
  }

  /** The way of receiving the result selected now (option value, empty for none). */
  public String resultReceipt() {
    at("resultReceipt");
    return new Select(byId("draft:resultReceipt")).getFirstSelectedOption().getAttribute("value");
  }

  /** Why only the window is offered (the passport sticker's rule), or empty when both are. */
  public String windowOnlyNote() {
    return driver.findElements(By.id("windowOnlyNote")).stream()
        .map(WebElement::getText)
        .findFirst()
        .orElse("");
  }

  public String heading() {
    return driver.findElement(By.tagName("h1")).getText();
  }

  /** Chooses the status applied for, and its category when it has categories. */
  public DraftPage desiredStatus(String code, String category) {
    at("desiredStatus");
    WebElement group = present("draft:desiredSubtypeGroup");
    new Select(byId("draft:desiredStatus")).selectByValue(code);
    wait.until(ExpectedConditions.stalenessOf(group));
    if (category != null) {
      new Select(byId("draft:desiredSubtype")).selectByValue(category);
    }
    return this;
  }

  public DraftPage reentry(String choice) {
    at("reentry");
    WebElement fee = byId("draft:fee");
    new Select(byId("draft:reentry")).selectByValue(choice);
    wait.until(ExpectedConditions.stalenessOf(fee));
    return this;
  }

  public DraftPage activityOutside() {
    at("activityOutside");
    click("draft:activityOutside");
    return this;
  }

  public String fee() {
    at("fee");
    return byId("draft:fee").getText();
  }

  /** Chooses the current status of residence (its code, e.g. ENGINEER_HUMANITIES). */
  /** The status held now with its category (高度専門職 1号ロ, …). */
  public DraftPage currentStatus(String code, String category) {
    at("currentStatus");
    WebElement group = present("draft:currentSubtypeGroup");
    new Select(byId("draft:currentStatus")).selectByValue(code);
    wait.until(ExpectedConditions.stalenessOf(group));
    new Select(byId("draft:currentSubtype")).selectByValue(category);
    return this;
  }

  public DraftPage currentStatus(String code) {
    at("currentStatus");
    new Select(byId("draft:currentStatus")).selectByValue(code);
    return this;
  }

  public DraftPage prefecture(String prefecture) {
    at("prefecture");
    new Select(byId("draft:prefecture")).selectByVisibleText(prefecture);
    return this;
  }

  public DraftPage address(String address) {
    at("addressLine");
    type("draft:addressLine", address);
    return this;
  }

  /**
   * Goes to the last step and submits; stays on the page when the service (or leaving the step
   * being typed) refuses.
   */
  public void submit() {
    if (onStep(6)) {
      click("draft:submit");
    }
  }

  /** Answers 申請日における申請人の所在 (step 1): IN_JAPAN or ABROAD. */
  public DraftPage location(String code) {
    at("applicantLocation");
    new Select(byId("draft:applicantLocation")).selectByValue(code);
    return this;
  }

  /** The rule of where the applicant may be, as the form shows it beside the question. */
  public String locationRule() {
    at("locationRule");
    return byId("locationRule").getText();
  }

  /** An acquisition's event (BIRTH, LOSS_OF_NATIONALITY, OTHER) and its date (step 1). */
  public DraftPage acquisitionEvent(String code, String isoDate) {
    at("acquisitionEvent");
    WebElement deadline = byId("draft:acquisitionDeadline");
    new Select(byId("draft:acquisitionEvent")).selectByValue(code);
    wait.until(ExpectedConditions.stalenessOf(deadline));
    return date("draft:acquisitionEventDate", isoDate);
  }

  /** The acquisition's deadline as the form shows it (after the step was saved and shown). */
  public String acquisitionDeadline() {
    at("acquisitionEvent");
    return byId("draft:acquisitionDeadline").getText();
  }

  /** Whether step 2 asks the residence card number. */
  public boolean asksCardNumber() {
    at("fullName");
    return !driver.findElements(By.id("draft:residenceCardNumber")).isEmpty();
  }

  /** Why the applicant cannot file, with a relative's declaration (step 1). */
  public DraftPage relativeReason(String reason) {
    at("relativeReason");
    type("draft:relativeReason", reason);
    return this;
  }

  /** Ticks a relative's declaration (step 1). */
  public DraftPage relativeDeclaration() {
    at("relativeDeclaration");
    click("draft:relativeDeclaration");
    return this;
  }

  /** Submits what the service refuses; returns this page showing why. */
  public DraftPage submitRefused() {
    submit();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-error")));
    return new DraftPage(driver);
  }

  public DraftPage save() {
    click("draft:save");
    return new DraftPage(driver);
  }

  /** Follows the link to the draft's attachments (a saved draft only; on the last step). */
  public AttachmentsPage attachments() {
    onStep(6);
    WebElement link = byId("draft:attachments");
    clickAndWaitForNextPage(link);
    return new AttachmentsPage(driver);
  }

  public ApplicationViewPage submitAndView() {
    submit();
    return new ApplicationViewPage(driver);
  }

  /**
   * Waits until the page says the draft was saved automatically; returns the status line. The
   * status line is re-rendered by the autosave's own answer, so it is found again at every look
   * (one found just before the answer replaced it is stale: seen in the full suite).
   */
  public String awaitAutosaved() {
    return wait.until(
        d -> {
          try {
            String status =
                d.findElement(org.openqa.selenium.By.id("draft:autosaveStatus")).getText();
            return status.contains("自動保存しました") ? status : null;
          } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
            return null;
          }
        });
  }

  /** The value a field of the draft shows (fullName, nationality, addressLine, …). */
  public String value(String field) {
    at(field);
    return byId("draft:" + field).getAttribute("value");
  }

  /**
   * What the step list says of step {@code n}: its required fields done and missing (the domain's
   * counts, as the page writes them in data attributes beside the words), or null when it shows
   * none. For the last step, done is -1 and missing counts all steps.
   */
  public int[] progressOf(int n) {
    java.util.List<WebElement> shown =
        driver.findElements(
            By.cssSelector("#wizardSteps li[data-step='" + n + "'] .step-progress"));
    if (shown.isEmpty()) {
      return null;
    }
    WebElement p = shown.get(0);
    String done = p.getAttribute("data-done");
    return new int[] {
      done == null || done.isEmpty() ? -1 : Integer.parseInt(done),
      Integer.parseInt(p.getAttribute("data-missing"))
    };
  }

  /** The words of step {@code n}'s count in the step list. */
  public String progressText(int n) {
    return driver
        .findElement(By.cssSelector("#wizardSteps li[data-step='" + n + "'] .step-progress"))
        .getText();
  }

  /** The legend of the required mark (empty when the page has none). */
  public String requiredLegend() {
    return driver.findElements(By.id("requiredLegend")).stream()
        .filter(WebElement::isDisplayed)
        .map(WebElement::getText)
        .findFirst()
        .orElse("");
  }

  /**
   * Whether a field (fullName, dateOfBirth, …) is marked required on its step: its control says
   * aria-required="true" and its label shows a visible *. One script for both.
   */
  public boolean markedRequired(String field) {
    at(field);
    return marked("draft:" + field);
  }

  /** Adds an empty row of family in Japan, not saved (rows numbered from 0). */
  public DraftPage addFamilyRow() {
    at("addFamily");
    WebElement group = present("draft:familyGroup");
    press(byId("draft:addFamily"));
    wait.until(ExpectedConditions.stalenessOf(group));
    return this;
  }

  /**
   * Whether a field of a family row (relationship, name, birth, nationality, workplace) is marked
   * required, as {@link #markedRequired(String)} judges it.
   */
  public boolean familyFieldMarkedRequired(int row, String field) {
    at("addFamily");
    return marked("draft:family:" + row + ":" + field);
  }

  private boolean marked(String id) {
    return (Boolean)
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript(
                "const id = arguments[0];"
                    + "const control = document.getElementById(id + '_input')"
                    + "    || document.getElementById(id);"
                    + "const label = document.querySelector("
                    + "    'label[for=\"' + id + '\"], label[for=\"' + id + '_input\"]');"
                    + "if (!control || !label) { throw new Error('no field or label ' + id); }"
                    + "const mark = label.querySelector('.required');"
                    + "return control.getAttribute('aria-required') === 'true'"
                    + "    && !!mark && mark.offsetParent !== null"
                    + "    && mark.textContent.trim() === '*';",
                id);
  }

  /** The warnings the page shows (e.g. the required fields a step left still lacks). */
  public java.util.List<String> warnings() {
    return driver.findElements(By.cssSelector(".ui-messages-warn li")).stream()
        .map(WebElement::getText)
        .filter(t -> !t.isBlank())
        .toList();
  }

  /** The earlier applications of the office step 1 offers to copy from (their choices' words). */
  public java.util.List<String> earlierApplications() {
    at("copyFrom");
    return new Select(byId("draft:copyFrom"))
        .getOptions().stream()
            .filter(o -> !o.getAttribute("value").isEmpty())
            .map(WebElement::getText)
            .toList();
  }

  /**
   * Step 1's 以前の申請から複写: chooses the earlier application with that receipt number and copies its
   * applicant and employer (the page saves the draft and shows step 1 again).
   */
  public DraftPage copyApplicantAndEmployerFrom(String receiptNumber) {
    return copy(
        "copyFrom",
        receiptNumber,
        "copyApplication",
        () -> receiptNumber + " is not among the earlier applications " + earlierApplications());
  }

  /** Step 1's choice of client: copies the applicant of the earlier applicant named. */
  public DraftPage copyClient(String name) {
    return copy(
        "clientFrom", name, "copyClient", () -> name + " is not among the earlier applicants");
  }

  /**
   * Chooses the option of step 1's list {@code select} whose words start with {@code choice} and
   * presses {@code button}; the page saves the draft and shows step 1 again.
   */
  private DraftPage copy(
      String select, String choice, String button, java.util.function.Supplier<String> absent) {
    at("copyFrom");
    Select list = new Select(byId("draft:" + select));
    WebElement option =
        list.getOptions().stream()
            .filter(o -> o.getText().startsWith(choice))
            .findFirst()
            .orElseThrow(() -> new AssertionError(absent.get()));
    list.selectByValue(option.getAttribute("value"));
    WebElement steps = present("wizardSteps");
    press(byId("draft:" + button));
    wait.until(d -> replaced(steps));
    return new DraftPage(driver);
  }

  public static DraftPage open(WebDriver driver, String url) {
    driver.get(url);
    return new DraftPage(driver);
  }
}
