package jp.zairyu.domain.model.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import jp.zairyu.domain.model.RuleViolation;
import org.junit.jupiter.api.Test;

class RegistrationTest {

  static final Instant NOW = Instant.parse("2026-11-26T01:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
  static final UserKind LAWYER = UserKind.byCode("LAWYER_SCRIVENER").orElseThrow();

  static Registrant lawyer() {
    return Registrant.of(LAWYER, RegistrantTest.complete(), TODAY);
  }

  @Test
  void aRegistryMatchIsApprovedAtOnce() {
    AgentRegistryEntry entry =
        new AgentRegistryEntry(
            "100000000001", "山田　太郎", LocalDate.of(2029, 3, 31), null, "Taro@example.JP", NOW);
    assertThat(entry.compare(lawyer(), TODAY)).isNull();
    Registration r = Registration.submit(LAWYER, lawyer(), true, null, null, NOW);
    assertThat(r.state()).isEqualTo(Registration.State.APPROVED);
    r.complete();
    assertThat(r.state()).isEqualTo(Registration.State.COMPLETED);
  }

  @Test
  void aMismatchOrAnExpiredCertificateGoesToReview() {
    assertThat(
            new AgentRegistryEntry(
                    "100000000001", "山田 次郎", LocalDate.of(2029, 3, 31), null, null, NOW)
                .compare(lawyer(), TODAY))
        .isEqualTo(RegistryMismatch.NAME);
    assertThat(
            new AgentRegistryEntry(
                    "100000000001", "山田 太郎", LocalDate.of(2030, 3, 31), null, null, NOW)
                .compare(lawyer(), TODAY))
        .isEqualTo(RegistryMismatch.EXPIRY);
    assertThat(
            new AgentRegistryEntry(
                    "100000000001", "山田 太郎", LocalDate.of(2029, 3, 31), null, null, NOW)
                .compare(lawyer(), LocalDate.of(2029, 4, 1)))
        .isEqualTo(RegistryMismatch.EXPIRED);

    Registration r = Registration.submit(LAWYER, lawyer(), true, RegistryMismatch.NAME, null, NOW);
    assertThat(r.state()).isEqualTo(Registration.State.IN_REVIEW);
    assertThat(r.reviewReasonJa()).isEqualTo(RegistryMismatch.NAME.ja());
    assertThatThrownBy(r::complete).isInstanceOf(RuleViolation.class);
    assertThatThrownBy(() -> r.reject("tokyo.supervisor", " ", NOW))
        .isInstanceOf(RuleViolation.class);
    r.reject("tokyo.supervisor", "名簿と一致しません", NOW);
    assertThat(r.state()).isEqualTo(Registration.State.REJECTED);
    assertThatThrownBy(() -> r.approve("tokyo.supervisor", NOW)).isInstanceOf(RuleViolation.class);
  }

  @Test
  void theCertificatesDetailsWithAnotherMailboxGoToReview() {
    // Number, name and expiry are printed on the certificate: whoever holds a copy types them.
    AgentRegistryEntry entry =
        new AgentRegistryEntry(
            "100000000001", "山田 太郎", LocalDate.of(2029, 3, 31), null, "taro@bar.example.jp", NOW);
    assertThat(entry.compare(lawyer(), TODAY)).isEqualTo(RegistryMismatch.EMAIL);
    Registration r =
        Registration.submit(LAWYER, lawyer(), true, entry.compare(lawyer(), TODAY), null, NOW);
    assertThat(r.state()).isEqualTo(Registration.State.IN_REVIEW);
    assertThat(r.reviewReasonJa()).contains("メールアドレス");
    assertThat(r.reviewReasonEn()).contains("mail address");

    // The local part is compared exactly (another case may be another mailbox), the domain not.
    assertThat(
            new AgentRegistryEntry(
                    "100000000001",
                    "山田 太郎",
                    LocalDate.of(2029, 3, 31),
                    null,
                    "taro@example.jp",
                    NOW)
                .compare(lawyer(), TODAY))
        .isEqualTo(RegistryMismatch.EMAIL);
    assertThat(
            new AgentRegistryEntry(
                    "100000000001",
                    "山田 太郎",
                    LocalDate.of(2029, 3, 31),
                    null,
                    "Taro@EXAMPLE.jp",
                    NOW)
                .compare(lawyer(), TODAY))
        .isNull();
    // A registry without the agent's mail address confirms nobody.
    assertThat(
            new AgentRegistryEntry(
                    "100000000001", "山田 太郎", LocalDate.of(2029, 3, 31), null, null, NOW)
                .compare(lawyer(), TODAY))
        .isEqualTo(RegistryMismatch.NO_EMAIL);
  }

  @Test
  void anOpenRegistrationIsSupersededOrExpiresAndThenBlocksNothing() {
    Registration inReview =
        Registration.submit(LAWYER, lawyer(), true, RegistryMismatch.EMAIL, null, NOW);
    assertThat(inReview.open()).isTrue();
    inReview.supersede(NOW);
    assertThat(inReview.state()).isEqualTo(Registration.State.SUPERSEDED);
    assertThat(inReview.open()).isFalse();
    assertThatThrownBy(() -> inReview.approve("tokyo.supervisor", NOW))
        .isInstanceOf(RuleViolation.class);
    assertThatThrownBy(() -> inReview.supersede(NOW)).isInstanceOf(RuleViolation.class);

    Registration approved = Registration.submit(LAWYER, lawyer(), true, null, null, NOW);
    approved.expire(NOW.plusSeconds(86_400));
    assertThat(approved.state()).isEqualTo(Registration.State.EXPIRED);
    assertThat(approved.open()).isFalse();
    assertThatThrownBy(approved::complete).isInstanceOf(RuleViolation.class);
    // Only an approved registration expires (one in review waits for its officer).
    assertThatThrownBy(
            () ->
                Registration.submit(LAWYER, lawyer(), true, RegistryMismatch.NAME, null, NOW)
                    .expire(NOW))
        .isInstanceOf(RuleViolation.class);
  }

  @Test
  void theTermsMustBeAccepted() {
    assertThatThrownBy(() -> Registration.submit(LAWYER, lawyer(), false, null, null, NOW))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.code()).isEqualTo("registration.terms"));
  }

  @Test
  void aTokenWorksOnceAndNotAfterItsExpiry() {
    var issued =
        AccountToken.issue(
            AccountToken.Purpose.SET_PASSWORD,
            1L,
            null,
            null,
            null,
            NOW,
            java.time.Duration.ofHours(24));
    assertThat(issued.secret()).hasSizeGreaterThanOrEqualTo(43);
    assertThat(AccountToken.hash(issued.secret())).hasSize(64).isNotEqualTo(issued.secret());
    assertThat(issued.token().usable(NOW.plusSeconds(86_399))).isTrue();
    assertThat(issued.token().usable(NOW.plusSeconds(86_400))).isFalse();
    issued.token().use(NOW);
    assertThatThrownBy(() -> issued.token().use(NOW)).isInstanceOf(RuleViolation.class);
  }
}
