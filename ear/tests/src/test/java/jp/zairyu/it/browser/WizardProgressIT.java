package jp.zairyu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jp.zairyu.it.browser.pages.ApplicationsPage;
import jp.zairyu.it.browser.pages.DraftPage;
import jp.zairyu.it.browser.pages.LoginPage;
import jp.zairyu.it.support.Accounts;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.TestPorts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/**
 * The wizard shows how far a draft is (issue 19: about 24 missing items appeared only on step 6):
 * the step list counts each step's required fields done and missing, by the domain's completeness
 * rules, as the draft is filled; every required field is marked with a visible * (explained once,
 * 「* は必須 / required」) and aria-required; leaving a step names the required fields it still lacks,
 * as a warning, the draft saved all the same.
 */
class WizardProgressIT {

  @RegisterExtension static final Browsers browsers = new Browsers();

  private final String base = TestPorts.baseUrl();
  private WebDriver browser;

  @BeforeEach
  void logIn() {
    browser = browsers.of("browser");
    LoginPage.portal(browser, base).logIn(Accounts.newLawyer(), Fixtures.DEMO_PASSWORD);
    new ApplicationsPage(browser);
  }

  @Test
  void theStepListCountsDoneAndMissingPerStepAsTheDraftIsFilled() {
    DraftPage draft =
        DraftPage.start(browser, base, "EXTENSION")
            .currentStatus("ENGINEER_HUMANITIES")
            .name(Fixtures.uniqueName("UX-PROGRESS"));
    // On step 2: step 1 (where, status, receiving, mail) is complete, nothing of step 2 yet saved.
    assertThat(draft.step()).isEqualTo(2);
    assertThat(draft.progressOf(1)).containsExactly(4, 0);
    int[] applicant = draft.progressOf(2);
    assertThat(applicant[0]).isZero();
    assertThat(applicant[1]).as("required fields of an extension's applicant").isEqualTo(11);
    assertThat(draft.progressText(2)).contains("入力済み 0・未入力 11").contains("0 done, 11 missing");
    assertThat(draft.progressOf(6)[1]).as("missing in all").isGreaterThan(11);
    assertThat(Accessibility.scan(browser, "wizard step 2 with the step list's counts"))
        .hasNoViolations();

    draft.nationality("ベトナム").dateOfBirth("1995-04-01").passport("TZ1234567", "2031-01-01");
    assertThat(draft.step()).isEqualTo(3);
    // The name and two more fields saved on leaving step 2.
    assertThat(draft.progressOf(2)).containsExactly(3, 8);
    assertThat(draft.progressOf(3)[0]).as("nothing of step 3 saved yet").isZero();

    draft.restOfTheForm();
    assertThat(draft.step()).isEqualTo(6);
    for (int step = 1; step <= 5; step++) {
      int[] counts = draft.progressOf(step);
      if (counts != null) {
        assertThat(counts[1]).as("missing on step " + step + " of a complete draft").isZero();
      }
    }
    assertThat(draft.progressOf(6)).containsExactly(-1, 0);
    assertThat(draft.missing()).isEmpty();
  }

  @Test
  void everyRequiredFieldIsMarkedWithAVisibleStarAndAriaRequired() {
    DraftPage draft = DraftPage.start(browser, base, "EXTENSION");
    assertThat(draft.requiredLegend()).contains("*").contains("は必須").contains("required");
    for (String field : new String[] {"applicantLocation", "currentStatus", "resultReceipt"}) {
      assertThat(draft.markedRequired(field)).as(field).isTrue();
    }
    assertThat(draft.markedRequired("reentry")).as("an add-on, not required").isFalse();
    draft.currentStatus("ENGINEER_HUMANITIES");
    for (String field :
        new String[] {
          "fullName",
          "nationality",
          "dateOfBirth",
          "sex",
          "occupation",
          "phone",
          "married",
          "homeAddress",
          "residenceCardNumber",
          "prefecture",
          "addressLine"
        }) {
      assertThat(draft.markedRequired(field)).as(field).isTrue();
    }
    assertThat(draft.markedRequired("placeOfBirth"))
        .as("the place of birth is asked of an applicant abroad only")
        .isFalse();
    assertThat(Accessibility.scan(browser, "wizard step 2, required fields marked"))
        .hasNoViolations();
    for (String field :
        new String[] {
          "passportNumber", "passportExpiry", "currentExpiry", "reason", "criminalRecord"
        }) {
      assertThat(draft.markedRequired(field)).as(field).isTrue();
    }
    assertThat(draft.markedRequired("sponsorIncome")).as("an employer's annual pay").isTrue();
  }

  @Test
  void aFamilyRowJustAddedMarksItsRequiredFieldsBeforeAnySave() {
    DraftPage draft = DraftPage.start(browser, base, "EXTENSION");
    draft.currentStatus("ENGINEER_HUMANITIES").addFamilyRow();
    for (String field : new String[] {"relationship", "name", "birth", "nationality"}) {
      assertThat(draft.familyFieldMarkedRequired(0, field)).as(field).isTrue();
    }
    assertThat(draft.familyFieldMarkedRequired(0, "workplace"))
        .as("the workplace is asked only of some")
        .isFalse();
    assertThat(Accessibility.scan(browser, "wizard step 4, a family row just added"))
        .hasNoViolations();
  }

  @Test
  void leavingAStepNamesTheRequiredFieldsItLacksAndSavesTheDraft() {
    String name = Fixtures.uniqueName("UX-LEAVE");
    DraftPage draft =
        DraftPage.start(browser, base, "EXTENSION").currentStatus("ENGINEER_HUMANITIES").name(name);
    assertThat(draft.warnings()).as("step 1 was complete").isEmpty();

    draft.next();
    assertThat(draft.step()).isEqualTo(3);
    assertThat(draft.warnings())
        .singleElement()
        .asString()
        .contains("手順2", "申請人", "保存済み", "性別", "生年月日", "在留カード番号")
        .contains("Step 2", "Applicant", "saved", "Sex", "Date of birth")
        .doesNotContain("氏名");
    assertThat(Accessibility.scan(browser, "wizard step 3, warned of step 2's missing fields"))
        .hasNoViolations();
    assertThat(draft.value("fullName")).as("saved all the same").isEqualTo(name);
  }
}
