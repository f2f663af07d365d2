package jp.zairyu.domain.model.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.zairyu.domain.model.RuleViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrackingNumberTest {

  @ParameterizedTest(name = "\"{0}\" reads as {1}")
  @CsvSource({
    "1234-5678-9012,        123456789012",
    "' 1234 5678 9012 ',    123456789012",
    "１２３４－５６７８－９０１２, 123456789012",
    "ea123456789jp,         EA123456789JP",
    "12345678,              12345678",
  })
  void readsWhatIsPrinted(String input, String expected) {
    assertThat(TrackingNumber.parse(input).value()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @CsvSource(
      value = {"''", "1234567", "123456789012345678901", "1234#5678", "追跡番号", "NULL"},
      nullValues = "NULL")
  void refusesWhatIsNoTrackingNumber(String input) {
    assertThatThrownBy(() -> TrackingNumber.parse(input))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("追跡番号")
        .hasMessageContaining("tracking number");
  }
}
