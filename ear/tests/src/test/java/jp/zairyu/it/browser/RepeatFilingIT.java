package jp.zairyu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import jp.zairyu.it.browser.pages.ApplicationViewPage;
import jp.zairyu.it.browser.pages.ApplicationsPage;
import jp.zairyu.it.browser.pages.DraftPage;
import jp.zairyu.it.browser.pages.LoginPage;
import jp.zairyu.it.browser.pages.OfficePage;
import jp.zairyu.it.support.Accounts;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.TestPorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/**
 * Repeat work takes fewer clicks (issue 19): an extension for a returning client copies the
 * applicant and the employer of the earlier application (以前の申請から複写); counted from login to the
 * receipt number, the long way and the short way, clicks and fields typed
 * (target/click-counts.txt). Only the office's own applications are offered and copied: another
 * office's is refused by the service, even when its id is put in the address.
 */
class RepeatFilingIT {

  @RegisterExtension static final Browsers browsers = new Browsers();

  private static final String EMPLOYER = "株式会社リピート";

  private final String base = TestPorts.baseUrl();

  @Test
  void anExtensionForAReturningClientCopiesTheEarlierApplicationWithFewerClicks()
      throws IOException {
    WebDriver lawyer = browsers.of("lawyer");
    String authId = Accounts.newLawyer();
    String client = Fixtures.uniqueName("UX-RETURNING");
    String passportExpiry = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusYears(5).toString();

    // The long way, as every extension was filed before: everything typed and chosen, step by
    // step in order (each step left once, as with 次へ).
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    ClickCounter clicks = ClickCounter.start(lawyer);
    LoginPage login = LoginPage.portal(lawyer, base);
    clicks.reset();
    login.logIn(authId, Fixtures.DEMO_PASSWORD);
    String first =
        new ApplicationsPage(lawyer)
            .startExtension()
            .location("IN_JAPAN")
            .vietnameseApplicantInMinato(client)
            .sex("MALE")
            .occupation("システムエンジニア")
            .phone("090-2222-3333")
            .married(false)
            .homeAddress("ハノイ市ドンダー区1-1")
            .passport("TZ7654321", passportExpiry)
            .currentPeriod(36, today.plusMonths(2).toString())
            .desiredPeriod(36)
            .reason("引き続き同じ会社でシステム開発に従事するため")
            .noCriminalRecord()
            .next()
            .next()
            .employer(EMPLOYER, "東京都港区芝公園1-1", "03-1234-5678", "システム開発", 4_800_000)
            .next()
            .attachFacePhoto()
            .submitAndView()
            .receiptNumber();
    int clicksBefore = clicks.count();
    int typedBefore = clicks.typed();
    String logBefore = clicks.log();

    // The short way, a year later: a new application, the earlier one copied, the rest of the form.
    lawyer.manage().deleteAllCookies();
    login = LoginPage.portal(lawyer, base);
    clicks.reset();
    login.logIn(authId, Fixtures.DEMO_PASSWORD);
    DraftPage copied = new ApplicationsPage(lawyer).newApplication();
    copied = copied.copyApplicantAndEmployerFrom(first);
    assertThat(copied.messages()).anyMatch(m -> m.contains(first) && m.contains("複写しました"));
    ApplicationViewPage second = copied.restOfTheForm().submitAndView();
    String receipt = second.receiptNumber();
    int clicksAfter = clicks.count();
    int typedAfter = clicks.typed();
    String logAfter = clicks.log();
    clicks.stop();

    assertThat(receipt).matches("[A-Z]+-\\d{4}-\\d{7}").isNotEqualTo(first);
    assertThat(second.timesShown(client)).as("the applicant copied").isPositive();
    assertThat(second.timesShown(EMPLOYER)).as("the employer copied").isPositive();
    assertThat(second.timesShown("TZ7654321")).as("the passport copied").isPositive();
    String counts =
        "RepeatFilingIT: login → receipt number, extension for a returning client:"
            + " clicks "
            + clicksBefore
            + " → "
            + clicksAfter
            + ", fields typed "
            + typedBefore
            + " → "
            + typedAfter;
    String nl = System.lineSeparator();
    System.out.println(counts + nl + "  before: " + logBefore + nl + "  after:  " + logAfter);
    Files.writeString(
        Path.of("target", "click-counts.txt"),
        counts + nl + "before: " + logBefore + nl + "after: " + logAfter + nl);
    assertThat(clicksAfter).as(counts).isLessThan(clicksBefore);
    assertThat(typedAfter).as(counts).isLessThan(typedBefore / 2);
  }

  @Test
  void onlyTheOfficesOwnApplicationsAreOfferedAndCopied() {
    WebDriver owner = browsers.of("owner");
    String ownerId = Accounts.newLawyer();
    LoginPage.portal(owner, base).logIn(ownerId, Fixtures.DEMO_PASSWORD);
    new ApplicationsPage(owner);
    OfficePage.open(owner, base).found(Fixtures.uniqueName("事務所A"));
    String client = Fixtures.uniqueName("UX-OFFICE-A");
    ApplicationViewPage filed =
        DraftPage.startTokyoExtension(owner, base, client).restOfTheForm().submitAndView();
    String receipt = filed.receiptNumber();
    String id = filed.url().replaceAll(".*[?&]id=(\\d+).*", "$1");
    String startFrom = base + "/portal/applications/edit.xhtml?procedure=EXTENSION&copyFrom=" + id;

    WebDriver other = browsers.of("other office");
    LoginPage.portal(other, base).logIn(Accounts.newLawyer(), Fixtures.DEMO_PASSWORD);
    new ApplicationsPage(other);
    OfficePage.open(other, base).found(Fixtures.uniqueName("事務所B"));
    DraftPage refused = DraftPage.open(other, startFrom);
    assertThat(refused.messages()).anyMatch(m -> m.contains("申請が見つかりません"));
    assertThat(refused.value("applicantEmail")).as("nothing of office A's applicant").isEmpty();
    assertThat(refused.timesShown(client)).isZero();
    assertThat(Accessibility.scan(other, "new draft, another office's application refused"))
        .hasNoViolations();

    DraftPage own = DraftPage.open(owner, startFrom);
    assertThat(own.messages()).anyMatch(m -> m.contains(receipt) && m.contains("入力しました"));
    assertThat(own.earlierApplications()).anyMatch(a -> a.startsWith(receipt));
    assertThat(Accessibility.scan(owner, "new draft, copied from an earlier application"))
        .hasNoViolations();
    assertThat(own.value("applicantEmail")).isEqualTo("applicant@example.jp");
    assertThat(own.value("fullName")).isEqualTo(client);
  }
}
