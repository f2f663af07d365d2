package jp.zairyu.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClearAnswersTest {

  @Test
  void theExpiredPageIsBilingualAndEscapesTheAddress() {
    String page = ClearAnswers.expiredPage("/portal/x.xhtml?q=\"><script>alert(1)</script>");
    assertThat(page)
        .contains("有効期限が切れた")
        .contains("has expired")
        .contains("&quot;&gt;&lt;script&gt;")
        .doesNotContain("<script>");
  }
}
