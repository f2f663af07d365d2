package jp.zairyu.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestTextTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "state=SUBMITTED&q=%E5%B1%B1%E7%94%B0",
        "q=a+b&status=a-b",
        "q=%27%22%3Cscript%3E",
        "q=%F0%9F%98%80",
        "id=1&step=2",
        "q=山田"
      })
  void wellFormedQueriesPass(String query) {
    assertThat(RequestText.wellFormedQuery(query)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "status=%00",
        "q=a%1Bb",
        "q=%7F",
        "q=%C2%85",
        "q=%C0%AE%C0%AE",
        "q=%ED%A0%80",
        "q=%FF",
        "q=%E2%80%AE",
        "q=%E2%81%A6",
        "q=%EF%BF%BD",
        "q=%2",
        "q=%zz",
        "q=a%0Ab"
      })
  void controlCharactersBrokenUtf8AndBidiOverridesAreRefused(String query) {
    assertThat(RequestText.wellFormedQuery(query)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\tb", "line\r\nnext", "山田 太郎", "emoji \uD83D\uDE00"})
  void postedTextMayHoldLineBreaksAndTabs(String value) {
    assertThat(RequestText.allowed(value, true)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a\u0000b",
        "a\u001Bb",
        "abc\u202Efdp.exe",
        "lone \uD800",
        "lone \uDC00 low",
        "\uFFFD"
      })
  void postedTextRefusesControlsOverridesAndUnpairedSurrogates(String value) {
    assertThat(RequestText.allowed(value, true)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\nb", "a\tb"})
  void singleLineValuesRefuseLineBreaks(String value) {
    assertThat(RequestText.allowed(value, false)).isFalse();
  }
}
