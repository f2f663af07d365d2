package jp.zairyu.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import jp.zairyu.domain.model.account.UserKind;
import org.junit.jupiter.api.Test;

/**
 * The registration's guidance (issue 19): for every kind of user of {@code user-types.csv}, one
 * sentence in Japanese without English in it and one in English without Japanese; the lawyer's says
 * that the address is the office's.
 */
class RegistrantChoicesTest {

  @Test
  void everyKindOfUserHasOneSentenceInEachLanguage() {
    assertThat(UserKind.all()).hasSizeGreaterThanOrEqualTo(7);
    for (UserKind kind : UserKind.all()) {
      RegistrantChoices.Guidance guidance = RegistrantChoices.guidance(kind);
      String ja = guidance.ja();
      String en = guidance.en();
      assertThat(ja).as(kind.code()).endsWith("。").doesNotContainPattern("[A-Za-z]");
      assertThat(ja.substring(0, ja.length() - 1)).as(kind.code()).doesNotContain("。");
      assertThat(en)
          .as(kind.code())
          .endsWith(".")
          .doesNotContainPattern("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
      assertThat(en.substring(0, en.length() - 1)).as(kind.code()).doesNotContain(". ");
    }
  }

  @Test
  void theLawyersAddressIsTheOfficesAddress() {
    UserKind lawyer = UserKind.byCode(UserKind.LAWYER_SCRIVENER).orElseThrow();
    assertThat(RegistrantChoices.guidance(lawyer).ja()).contains("住居地").contains("事務所の所在地");
    assertThat(RegistrantChoices.guidance(lawyer).en()).contains("office's address");
  }
}
