package jp.zairyu.domain.model.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import jp.zairyu.domain.model.RuleViolation;
import org.junit.jupiter.api.Test;

/**
 * An agent's or an organisation staff's standing follows the certificate, registry and approval.
 */
class PractitionerStandingTest {

  static final Instant NOW = Instant.parse("2026-11-26T01:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  static Practitioner of(String kind) {
    Registrant details =
        Registrant.of(UserKind.byCode(kind).orElseThrow(), RegistrantTest.complete(), TODAY);
    return new Practitioner("Z000000042", kind, details, "hash", NOW);
  }

  @Test
  void anAgentStandsUntilTheCertificatesLastDayAndNotAfter() {
    Practitioner agent = of("LAWYER_SCRIVENER"); // certificate valid through 2029-03-31
    assertThat(agent.standing(LocalDate.of(2029, 3, 31))).isEqualTo(Standing.GOOD);
    assertThat(agent.standing(LocalDate.of(2029, 4, 1))).isEqualTo(Standing.CERTIFICATE_EXPIRED);
    assertThatThrownBy(() -> agent.requireStanding(LocalDate.of(2029, 4, 1)))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> {
              assertThat(e.code()).isEqualTo("account.standing-lapsed");
              assertThat(e.messageJa()).contains("届出済証明書").contains("保存");
              assertThat(e.messageEn()).contains("certificate").contains("drafts are kept");
            });
  }

  @Test
  void aRemovalFromTheRegistryEndsTheStandingAndARenewalInTheRegistryRestoresIt() {
    Practitioner agent = of("LAWYER_SCRIVENER");
    agent.removedFromRegistry(NOW);
    assertThat(agent.standing(TODAY)).isEqualTo(Standing.REMOVED_FROM_REGISTRY);
    assertThatThrownBy(() -> agent.requireStanding(TODAY)).isInstanceOf(RuleViolation.class);

    agent.listedInRegistry(
        new AgentRegistryEntry(
            "100000000001", "山田 太郎", LocalDate.of(2032, 3, 31), null, null, NOW));
    assertThat(agent.standing(TODAY)).isEqualTo(Standing.GOOD);
    assertThat(agent.details().certificateExpiry()).isEqualTo(LocalDate.of(2032, 3, 31));
    assertThat(agent.standing(LocalDate.of(2030, 1, 1))).isEqualTo(Standing.GOOD);
    assertThatThrownBy(
            () ->
                agent.listedInRegistry(
                    new AgentRegistryEntry(
                        "999999999999", "他人", LocalDate.of(2032, 3, 31), null, null, NOW)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anOrganisationsStaffStandsThreeYearsFromTheApproval() {
    Practitioner staff = of("ORG_STAFF"); // approved 2025-04-01, valid through 2028-03-31
    assertThat(staff.standing(LocalDate.of(2028, 3, 31))).isEqualTo(Standing.GOOD);
    assertThat(staff.standing(LocalDate.of(2028, 4, 1))).isEqualTo(Standing.APPROVAL_EXPIRED);
    assertThatThrownBy(() -> staff.requireStanding(LocalDate.of(2028, 4, 1)))
        .isInstanceOfSatisfying(
            RuleViolation.class, e -> assertThat(e.messageJa()).contains("申請等取次承認"));
  }

  @Test
  void theOtherKindsHaveNothingToLapse() {
    Practitioner foreigner = of("FOREIGN_NATIONAL");
    assertThat(foreigner.standing(LocalDate.of(2099, 1, 1))).isEqualTo(Standing.GOOD);
  }

  @Test
  void aLapseIsToldOnceAndAgainOnlyAfterItWasMended() {
    Practitioner agent = of("LAWYER_SCRIVENER");
    assertThat(agent.standingNoticeSent()).isFalse();
    agent.standingNoticeSent(NOW);
    assertThat(agent.standingNoticeSent()).isTrue();
    agent.standingRestored();
    assertThat(agent.standingNoticeSent()).isFalse();
  }

  @Test
  void theUserCannotMoveTheirCertificateOrApprovalOn() {
    Practitioner staff = of("ORG_STAFF");
    Registrant.Form form = staff.details().toForm();
    Registrant later =
        Registrant.of(
            UserKind.byCode("ORG_STAFF").orElseThrow(),
            new Registrant.Form(
                form.fullName(),
                form.fullNameKana(),
                form.email(),
                form.phone(),
                form.postalCode(),
                form.address(),
                form.certificateNumber(),
                form.certificateExpiry(),
                form.unitAssociation(),
                form.organisationName(),
                form.approvalNumber(),
                form.requestingOrganisation(),
                form.residenceCardNumber(),
                form.relationship(),
                LocalDate.of(2026, 11, 1)),
            TODAY);
    assertThatThrownBy(() -> staff.changeDetails(later))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
