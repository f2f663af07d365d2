package jp.zairyu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import jp.zairyu.it.browser.pages.ConsoleReviewListPage;
import jp.zairyu.it.browser.pages.ConsoleReviewPage;
import jp.zairyu.it.browser.pages.IntakePage;
import jp.zairyu.it.browser.pages.LoginPage;
import jp.zairyu.it.support.ConsoleFixtures;
import jp.zairyu.it.support.ConsoleFixtures.ReviewCase;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.Mailbox;
import jp.zairyu.it.support.TestPorts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/**
 * Registration review in the console, in a real browser: a lawyer's registration the agent registry
 * did not confirm is approved by the Tokyo supervisor and the approval mail with the password link
 * arrives; another is rejected with a reason, which the rejection mail carries. Each page state is
 * checked with axe-core as well.
 */
class ConsoleRegistrationReviewIT {

  @RegisterExtension static final Browsers browsers = new Browsers();

  private final String base = TestPorts.baseUrl();
  private WebDriver browser;

  @BeforeEach
  void openBrowser() {
    browser = browsers.of("browser");
  }

  private void assertAccessible(String state) {
    assertThat(Accessibility.scan(browser, state)).hasNoViolations();
  }

  private ConsoleReviewListPage logInAsSupervisor() {
    LoginPage.console(browser, base)
        .logIn(ConsoleFixtures.TOKYO_SUPERVISOR, Fixtures.DEMO_PASSWORD);
    new IntakePage(browser);
    return ConsoleReviewListPage.fromMenu(browser);
  }

  @Test
  void theSupervisorApprovesAMismatchingLawyerAndTheApprovalMailCarriesThePasswordLink() {
    ReviewCase registration =
        ConsoleFixtures.lawyerWithMismatchingName(Fixtures.uniqueName("審査承認"));

    ConsoleReviewListPage list = logInAsSupervisor();
    assertThat(list.lists(registration.fullName())).isTrue();
    List<String> row = list.row(registration.fullName());
    assertThat(String.join(" | ", row))
        .contains(registration.kana())
        .contains("弁護士")
        .contains(registration.certificateNumber())
        .contains("第一東京弁護士会")
        .contains("氏名が名簿と一致しません")
        .contains("The name differs from the registry");
    assertAccessible("registrations in review, with registrations");

    ConsoleReviewPage review = list.open(registration.fullName());
    assertThat(review.registrant()).isEqualTo(registration.fullName());
    assertThat(review.fact("certificateNumber")).isEqualTo(registration.certificateNumber());
    assertThat(review.fact("email")).isEqualTo(registration.email());
    assertThat(review.fact("reason")).contains("氏名が名簿と一致しません");
    assertThat(review.fact("state")).contains("審査中");
    assertAccessible("registration in review");

    ConsoleReviewListPage after = review.approve();
    assertThat(after.messages()).anyMatch(m -> m.contains("登録を承認しました"));
    assertThat(after.lists(registration.fullName())).isFalse();
    assertThat(ConsoleFixtures.registrationState(registration.id())).isEqualTo("APPROVED");
    assertAccessible("registrations in review, just approved one");

    Mailbox.Mail mail = awaitMail(registration.email(), "承認されました");
    assertThat(mail.body())
        .contains(registration.fullName())
        .contains("/registration/password.xhtml?token=");
  }

  @Test
  void theSupervisorRejectsWithAReasonWhichTheRejectionMailCarries() {
    ReviewCase registration =
        ConsoleFixtures.lawyerWithMismatchingName(Fixtures.uniqueName("審査却下"));

    ConsoleReviewPage review = logInAsSupervisor().open(registration.fullName());
    ConsoleReviewPage refused = review.rejectWithoutReason();
    assertThat(refused.messages())
        .anyMatch(m -> m.contains("却下の理由"))
        .anyMatch(m -> m.contains("Reason for rejection"));
    assertThat(ConsoleFixtures.registrationState(registration.id())).isEqualTo("IN_REVIEW");
    assertAccessible("registration in review, rejection refused without a reason");

    String reason = "届出済証明書の氏名と登録された氏名が一致しません。証明書のとおりに登録し直してください。";
    ConsoleReviewListPage after = refused.reject(reason);
    assertThat(after.messages()).anyMatch(m -> m.contains("登録を却下しました"));
    assertThat(after.lists(registration.fullName())).isFalse();
    assertThat(ConsoleFixtures.registrationState(registration.id())).isEqualTo("REJECTED");

    Mailbox.Mail mail = awaitMail(registration.email(), "承認できませんでした");
    assertThat(mail.body()).contains(reason).contains(registration.fullName());
  }

  @Test
  void aDecidedRegistrationCannotBeDecidedAgain() {
    ReviewCase registration =
        ConsoleFixtures.lawyerWithMismatchingName(Fixtures.uniqueName("審査二重"));
    ConsoleReviewPage review = logInAsSupervisor().open(registration.fullName());
    String url = browser.getCurrentUrl();
    review.approve();

    browser.get(url);
    ConsoleReviewPage decided = new ConsoleReviewPage(browser);
    assertThat(decided.fact("state")).contains("承認済み");
    assertThat(browser.findElements(org.openqa.selenium.By.id("approval:approve"))).isEmpty();
    assertAccessible("registration already approved");
  }

  private static Mailbox.Mail awaitMail(String address, String subjectPart) {
    return await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> Mailbox.of(address).matching(m -> m.subject().contains(subjectPart)),
            mails -> !mails.isEmpty())
        .get(0);
  }
}
