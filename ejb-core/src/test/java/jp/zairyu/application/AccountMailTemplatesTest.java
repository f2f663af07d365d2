package jp.zairyu.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import jp.zairyu.domain.model.account.AccountMail;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AccountMailTemplatesTest {

  @ParameterizedTest
  @EnumSource(AccountMail.Kind.class)
  void everyKindHasABilingualTemplate(AccountMail.Kind kind) throws Exception {
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("mail/account/" + kind + ".txt")) {
      assertThat(in).as("template for " + kind).isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String subject = text.substring(0, text.indexOf('\n'));
      assertThat(subject).startsWith("【在留申請オンライン】").contains(" / ");
      assertThat(text).contains("----");
      assertThat(Pattern.compile("\\$\\{[a-zA-Z]+}").matcher(text).results().count()).isPositive();
    }
  }

  @ParameterizedTest
  @EnumSource(AccountMail.Kind.class)
  void fillingLeavesNoPlaceholder(AccountMail.Kind kind) throws Exception {
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("mail/account/" + kind + ".txt")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      var values = new java.util.HashMap<String, String>();
      Pattern.compile("\\$\\{([a-zA-Z]+)}")
          .matcher(text)
          .results()
          .forEach(m -> values.put(m.group(1), "<" + m.group(1) + ">"));
      assertThat(MailTemplates.fill(text, values)).doesNotContain("${");
    }
  }
}
