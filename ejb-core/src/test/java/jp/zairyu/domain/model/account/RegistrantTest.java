package jp.zairyu.domain.model.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.zairyu.domain.model.FieldProblem;
import jp.zairyu.domain.model.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Each kind of user of user-types.csv and the fields its registration needs. */
class RegistrantTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  static Registrant.Form complete() {
    return new Registrant.Form(
        "山田 太郎",
        "ヤマダ タロウ",
        "Taro@Example.JP",
        "03-1234-5678",
        "1000013",
        "東京都千代田区霞が関1-1-1",
        "1000-0000-0001",
        LocalDate.of(2029, 3, 31),
        "第一東京弁護士会",
        "株式会社テスト",
        "A-123",
        "株式会社依頼元",
        "ab12345678cd",
        "GUARDIAN",
        LocalDate.of(2025, 4, 1));
  }

  static Registrant.Form empty() {
    return new Registrant.Form(
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /** kind, the kind-specific fields it must give. */
  static Stream<Arguments> kinds() {
    return Stream.of(
        Arguments.of(
            "LAWYER_SCRIVENER",
            Set.of("certificateNumber", "certificateExpiry", "unitAssociation")),
        Arguments.of("ORG_STAFF", Set.of("organisationName", "approvalNumber", "approvalDate")),
        Arguments.of(
            "PUBLIC_INTEREST_CORP",
            Set.of("organisationName", "approvalNumber", "requestingOrganisation")),
        Arguments.of(
            "SUPPORT_ORG", Set.of("organisationName", "approvalNumber", "requestingOrganisation")),
        Arguments.of("FOREIGN_NATIONAL", Set.of("residenceCardNumber")),
        Arguments.of("LEGAL_REPRESENTATIVE", Set.of("relationship")),
        Arguments.of("RELATIVE", Set.of("relationship")));
  }

  static final Set<String> COMMON =
      Set.of("fullName", "fullNameKana", "email", "phone", "postalCode", "address");

  @Test
  void everyKindOfTheTableHasItsRules() {
    assertThat(UserKind.all()).extracting(UserKind::code).hasSize(7);
    assertThat(kinds().map(a -> (String) a.get()[0]))
        .containsExactlyInAnyOrderElementsOf(UserKind.all().stream().map(UserKind::code).toList());
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void anEmptyFormNamesEveryRequiredFieldOfTheKind(String code, Set<String> specific) {
    UserKind kind = UserKind.byCode(code).orElseThrow();
    assertThatThrownBy(() -> Registrant.of(kind, empty(), TODAY))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> {
              Set<String> fields =
                  e.problems().stream().map(FieldProblem::field).collect(Collectors.toSet());
              assertThat(fields)
                  .containsAll(COMMON)
                  .containsAll(specific)
                  .hasSize(COMMON.size() + specific.size());
              assertThat(e.problems())
                  .allSatisfy(
                      p -> {
                        assertThat(p.messageJa()).isNotBlank();
                        assertThat(p.messageEn()).isNotBlank();
                      });
            });
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void aCompleteFormIsNormalisedAndKeepsOnlyWhatTheKindUses(String code, Set<String> specific) {
    UserKind kind = UserKind.byCode(code).orElseThrow();
    Registrant.Form form = complete();
    if (code.equals("RELATIVE")) {
      form = withRelationship(form, "SPOUSE");
    }
    Registrant r = Registrant.of(kind, form, TODAY);
    assertThat(r.email()).isEqualTo("Taro@example.jp");
    assertThat(r.phone()).isEqualTo("0312345678");
    assertThat(r.postalCode()).isEqualTo("100-0013");
    assertThat(r.certificateNumber() != null).isEqualTo(specific.contains("certificateNumber"));
    assertThat(r.organisationName() != null).isEqualTo(specific.contains("organisationName"));
    assertThat(r.residenceCardNumber() != null).isEqualTo(specific.contains("residenceCardNumber"));
    if (specific.contains("certificateNumber")) {
      assertThat(r.certificateNumber()).isEqualTo("100000000001");
    }
    if (specific.contains("residenceCardNumber")) {
      assertThat(r.residenceCardNumber()).isEqualTo("AB12345678CD");
    }
  }

  @ParameterizedTest(name = "{0}: {1}={2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "LAWYER_SCRIVENER | certificateNumber | 12345678901",
        "LAWYER_SCRIVENER | certificateNumber | 1234567890123",
        "LAWYER_SCRIVENER | certificateNumber | 12345678901a",
        "FOREIGN_NATIONAL | residenceCardNumber | AB1234567CD",
        "FOREIGN_NATIONAL | residenceCardNumber | 1212345678CD",
        "ORG_STAFF | approvalNumber | 承認<script>",
        "ORG_STAFF | phone | 12345",
        "ORG_STAFF | phone | 03-1234-5678-9999",
        "ORG_STAFF | postalCode | 100-00",
        "ORG_STAFF | email | taro@",
        "ORG_STAFF | email | taro@example",
        "ORG_STAFF | email | <a>@example.jp",
        "ORG_STAFF | fullNameKana | やまだ",
        "ORG_STAFF | fullNameKana | Yamada",
        "RELATIVE | relationship | GUARDIAN",
        "LEGAL_REPRESENTATIVE | relationship | SPOUSE",
      })
  void malformedValuesAreRefusedForTheirField(String code, String field, String value) {
    UserKind kind = UserKind.byCode(code).orElseThrow();
    Registrant.Form form = with(complete(), field, value);
    assertThatThrownBy(() -> Registrant.of(kind, form, TODAY))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly(field));
  }

  @Test
  void fullWidthInputIsAccepted() {
    Registrant.Form form =
        with(with(complete(), "certificateNumber", "１０００００００００１２"), "phone", "０３－１２３４－５６７８");
    Registrant r = Registrant.of(UserKind.byCode("LAWYER_SCRIVENER").orElseThrow(), form, TODAY);
    assertThat(r.certificateNumber()).isEqualTo("100000000012");
    assertThat(r.phone()).isEqualTo("0312345678");
  }

  @Test
  void overlongAndControlCharactersAreRefused() {
    Registrant.Form form = with(complete(), "address", "a".repeat(301));
    assertThatThrownBy(() -> Registrant.of(UserKind.byCode("ORG_STAFF").orElseThrow(), form, TODAY))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("300");
    Registrant.Form control = with(complete(), "fullName", "山田\u0000太郎");
    assertThatThrownBy(
            () -> Registrant.of(UserKind.byCode("ORG_STAFF").orElseThrow(), control, TODAY))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void aSingleMailAddressIsCheckedTheSameWay() {
    assertThat(Registrant.email(" Hanako@Example.JP ")).isEqualTo("Hanako@example.jp");
    assertThatThrownBy(() -> Registrant.email("not-an-address")).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> Registrant.email(null)).isInstanceOf(InvalidInput.class);
  }

  @Test
  void anOrganisationsApprovalIsValidThreeYearsFromItsDate() {
    UserKind staff = UserKind.byCode("ORG_STAFF").orElseThrow();
    Registrant r = Registrant.of(staff, complete(), TODAY);
    assertThat(r.approvalDate()).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(r.approvalExpiry()).isEqualTo(LocalDate.of(2028, 3, 31));
    assertThat(
            Registrant.of(UserKind.byCode("LAWYER_SCRIVENER").orElseThrow(), complete(), TODAY)
                .approvalExpiry())
        .isNull();

    // Lapsed already (granted 2023-11-25, valid through 2026-11-24) or in the future: refused.
    for (LocalDate date : List.of(LocalDate.of(2023, 11, 25), TODAY.plusDays(1))) {
      Registrant.Form form = with(complete(), "approvalDate", null);
      Registrant.Form dated =
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
              date);
      assertThatThrownBy(() -> Registrant.of(staff, dated, TODAY))
          .isInstanceOfSatisfying(
              InvalidInput.class,
              e ->
                  assertThat(e.problems())
                      .extracting(FieldProblem::field)
                      .containsExactly("approvalDate"));
    }
    // Granted 2023-11-27: valid through today (2026-11-26).
    Registrant.Form lastDay = complete();
    lastDay =
        new Registrant.Form(
            lastDay.fullName(),
            lastDay.fullNameKana(),
            lastDay.email(),
            lastDay.phone(),
            lastDay.postalCode(),
            lastDay.address(),
            lastDay.certificateNumber(),
            lastDay.certificateExpiry(),
            lastDay.unitAssociation(),
            lastDay.organisationName(),
            lastDay.approvalNumber(),
            lastDay.requestingOrganisation(),
            lastDay.residenceCardNumber(),
            lastDay.relationship(),
            LocalDate.of(2023, 11, 27));
    assertThat(Registrant.of(staff, lastDay, TODAY).approvalExpiry()).isEqualTo(TODAY);
  }

  @Test
  void theSameMailboxIsTheSameDomainInAnyCaseAndTheSameLocalPart() {
    assertThat(Registrant.sameMailbox("Taro@Example.JP", "Taro@example.jp")).isTrue();
    assertThat(Registrant.sameMailbox(" taro@example.jp", "taro@EXAMPLE.jp ")).isTrue();
    assertThat(Registrant.sameMailbox("taro@example.jp", "Taro@example.jp")).isFalse();
    assertThat(Registrant.sameMailbox("taro@example.jp", "taro@example.jp.evil.test")).isFalse();
    assertThat(Registrant.sameMailbox("taro@example.jp", "taro+x@example.jp")).isFalse();
    assertThat(Registrant.sameMailbox(null, "taro@example.jp")).isFalse();
  }

  static Registrant.Form withRelationship(Registrant.Form f, String relationship) {
    return with(f, "relationship", relationship);
  }

  static Registrant.Form with(Registrant.Form f, String field, Object value) {
    List<Object> v =
        new java.util.ArrayList<>(
            List.of(
                f.fullName(),
                f.fullNameKana(),
                f.email(),
                f.phone(),
                f.postalCode(),
                f.address(),
                f.certificateNumber(),
                f.certificateExpiry(),
                f.unitAssociation(),
                f.organisationName(),
                f.approvalNumber(),
                f.requestingOrganisation(),
                f.residenceCardNumber(),
                f.relationship(),
                f.approvalDate()));
    List<String> names =
        List.of(
            "fullName",
            "fullNameKana",
            "email",
            "phone",
            "postalCode",
            "address",
            "certificateNumber",
            "certificateExpiry",
            "unitAssociation",
            "organisationName",
            "approvalNumber",
            "requestingOrganisation",
            "residenceCardNumber",
            "relationship",
            "approvalDate");
    v.set(names.indexOf(field), value);
    return new Registrant.Form(
        (String) v.get(0),
        (String) v.get(1),
        (String) v.get(2),
        (String) v.get(3),
        (String) v.get(4),
        (String) v.get(5),
        (String) v.get(6),
        (LocalDate) v.get(7),
        (String) v.get(8),
        (String) v.get(9),
        (String) v.get(10),
        (String) v.get(11),
        (String) v.get(12),
        (String) v.get(13),
        (LocalDate) v.get(14));
  }
}
