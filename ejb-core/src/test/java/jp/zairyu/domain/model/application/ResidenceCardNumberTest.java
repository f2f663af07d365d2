package jp.zairyu.domain.model.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.zairyu.domain.model.RuleViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ResidenceCardNumberTest {

  @ParameterizedTest
  @ValueSource(strings = {"AB12345678CD", "ab12345678cd", " AB12345678CD ", "ＡＢ１２３４５６７８ＣＤ"})
  void acceptsTwoLettersEightDigitsTwoLetters(String input) {
    assertThat(ResidenceCardNumber.parse(input).value()).isEqualTo("AB12345678CD");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "AB1234567CD",
        "AB123456789CD",
        "A112345678CD",
        "AB12345678C1",
        "AB 12345678CD",
        "AB12345678CDE",
        "１２AB345678CD",
        "AB12345678ÇD",
        "AB١٢٣٤٥٦٧٨CD",
        "AB12345678CD\u0000",
        "'; drop table application; --"
      })
  void refusesAnythingElseWithABilingualMessage(String input) {
    assertThat(ResidenceCardNumber.isValid(input)).isFalse();
    assertThatThrownBy(() -> ResidenceCardNumber.parse(input))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("在留カード番号")
        .hasMessageContaining("2 letters, 8 digits, 2 letters");
  }

  @org.junit.jupiter.api.Test
  void aNewNumberCarriesTheSerialBetweenRandomLetters() {
    java.util.Random random = new java.util.Random(42);
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (long serial : new long[] {1, 42, 12_345_678, ResidenceCardNumber.LAST_SERIAL}) {
      ResidenceCardNumber number = ResidenceCardNumber.issue(serial, random);
      assertThat(number.value()).matches("[A-Z]{2}[0-9]{8}[A-Z]{2}");
      assertThat(number.value().substring(2, 10)).isEqualTo(String.format("%08d", serial));
      assertThat(seen.add(number.value())).isTrue();
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, 100_000_000})
  void noNumberOutsideEightDigits(long serial) {
    assertThatThrownBy(() -> ResidenceCardNumber.issue(serial, new java.util.Random()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
