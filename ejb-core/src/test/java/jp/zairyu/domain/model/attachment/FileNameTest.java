package jp.zairyu.domain.model.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNameTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "passport.pdf|passport.pdf",
        "C:\\Users\\me\\在留カード.pdf|在留カード.pdf",
        "../../etc/passwd|passwd",
        "invoice\u202Efdp.exe|invoicefdp.exe",
        "<script>.pdf|script.pdf",
        ".hidden.pdf|hidden.pdf",
        "  |fallback.pdf",
        "\u0000\u0007|fallback.pdf"
      })
  void namesAreMadeSafeToShow(String given, String shown) {
    assertThat(FileName.sanitise(given, "fallback.pdf")).isEqualTo(shown);
  }

  @org.junit.jupiter.api.Test
  void longNamesKeepTheirExtension() {
    String name = FileName.sanitise("a".repeat(500) + ".pdf", "x");
    assertThat(name).hasSize(FileName.MAX).endsWith(".pdf");
  }
}
