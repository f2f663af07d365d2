package jp.zairyu.portal.applications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sizes as the attachments page shows them; nothing attached is 0 KB, not 1 KB (issue 19). */
class AttachmentRowTest {

  @ParameterizedTest(name = "{0} bytes: {1}")
  @CsvSource({
    "0, 0 KB",
    "1, 1 KB",
    "300, 1 KB",
    "1024, 1 KB",
    "839680, 820 KB",
  })
  void sizes(long bytes, String shown) {
    assertThat(AttachmentRow.size(bytes)).isEqualTo(shown);
  }
}
