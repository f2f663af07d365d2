package jp.zairyu.domain.model.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.zairyu.domain.model.RuleViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"Zairyu#2026", "a1!aaaaa", "12345678a?", "AbCdEfGh1$IjKlMnOpQrStUvWxYz12_-"})
  void acceptsMixedPasswordsOf8To32(String password) {
    assertThatCode(() -> PasswordPolicy.check(password, "Z000000123")).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a1!aaaa | password.length",
        "AbCdEfGh1$IjKlMnOpQrStUvWxYz12_-x | password.length",
        "abcdefgh | password.mix",
        "abcdefg1 | password.mix",
        "abcdefg! | password.mix",
        "12345678! | password.mix",
        "pass word1! | password.characters",
        "ｐａｓｓ１２３! | password.characters",
        "password1!~ | password.characters",
        "パスワード1!abc | password.characters",
        "xz000000123! | password.contains-id",
        "Z000000123a! | password.contains-id",
      })
  void refusesAndSaysWhy(String password, String code) {
    assertThatThrownBy(() -> PasswordPolicy.check(password, "Z000000123"))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            e -> org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo(code));
  }
}
