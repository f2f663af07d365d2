package jp.zairyu.domain.model.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import jp.zairyu.domain.model.RuleViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who may file (issue 16): an employing organisation's staff files under the organisation's
 * approval (申請等取次承認), valid three years; its dates are kept, and from the day after its last day
 * the staff can neither file nor log in (the login refusal reads the same {@link
 * Practitioner#standing}). One row per case, its source in the last column.
 */
class ApprovalValidityTest {

  @ParameterizedTest(name = "approved {0}, valid through {1}; on {2}: {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // approved | last day   | on day     | standing         | source
        "2025-04-01 | 2028-03-31 | 2025-04-01 | GOOD             | user-types.csv: valid 3 years (the day of approval)",
        "2025-04-01 | 2028-03-31 | 2028-03-31 | GOOD             | user-types.csv: the last day of the 3 years",
        "2025-04-01 | 2028-03-31 | 2028-04-01 | APPROVAL_EXPIRED | domain README: 3 years since the 2026 system",
        "2024-02-29 | 2027-02-28 | 2027-02-28 | GOOD             | 民法第143条第2項: no 29 February, the month's last day",
        "2024-02-29 | 2027-02-28 | 2027-03-01 | APPROVAL_EXPIRED | 民法第143条第2項",
        "2024-03-01 | 2027-02-28 | 2027-02-28 | GOOD             | 民法第143条第1項: the day before 1 March",
        "2024-03-01 | 2027-02-28 | 2027-03-01 | APPROVAL_EXPIRED | 民法第143条第1項",
        "2025-03-01 | 2028-02-29 | 2028-02-29 | GOOD             | 民法第143条第1項: the day before, a leap day",
        "2025-12-31 | 2028-12-30 | 2028-12-31 | APPROVAL_EXPIRED | 民法第143条第1項: the day before the anniversary",
      })
  void theApprovalIsValidThreeYearsAndThenNeitherFilingNorLogin(
      LocalDate approved, LocalDate lastDay, LocalDate on, Standing standing, String source) {
    assertThat(Registrant.approvalExpiry(approved)).isEqualTo(lastDay);
    Practitioner staff = staffApprovedOn(approved);
    // The dates are kept.
    assertThat(staff.details().approvalDate()).isEqualTo(approved);
    assertThat(staff.details().approvalExpiry()).isEqualTo(lastDay);
    assertThat(staff.standing(on)).isEqualTo(standing);
    if (standing.good()) {
      staff.requireStanding(on);
    } else {
      assertThatThrownBy(() -> staff.requireStanding(on))
          .isInstanceOfSatisfying(
              RuleViolation.class,
              e -> {
                assertThat(e.code()).isEqualTo("account.standing-lapsed");
                assertThat(e.messageJa()).contains("申請等取次承認").contains("3年");
                assertThat(e.messageEn()).contains("approval").contains("three years");
              });
    }
  }

  private static Practitioner staffApprovedOn(LocalDate approved) {
    Registrant.Form form = RegistrantTest.with(RegistrantTest.complete(), "approvalDate", approved);
    Registrant details = Registrant.of(UserKind.byCode("ORG_STAFF").orElseThrow(), form, approved);
    return new Practitioner(
        "Z000000042", "ORG_STAFF", details, "hash", Instant.parse("2026-11-26T01:00:00Z"));
  }
}
