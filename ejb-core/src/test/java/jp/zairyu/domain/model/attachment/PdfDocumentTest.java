package jp.zairyu.domain.model.attachment;

import static jp.zairyu.domain.model.attachment.TestFiles.ascii;
import static jp.zairyu.domain.model.attachment.TestFiles.concat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import jp.zairyu.domain.model.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PdfDocumentTest {

  static Stream<Arguments> accepted() {
    byte[] pdf = TestFiles.pdf();
    return Stream.of(
        Arguments.of("a plain PDF", pdf),
        Arguments.of("with a line feed after %%EOF", concat(pdf, ascii("\r\n\n"))),
        Arguments.of("with content that inflates moderately", TestFiles.bombPdf(8L * 1024 * 1024)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void accepted(String what, byte[] content) {
    CheckedFile file = PdfDocument.check(content);

    assertThat(file.mediaType()).isEqualTo("application/pdf");
    assertThat(file.size()).isEqualTo(content.length);
    assertThat(file.width()).isNull();
  }

  static Stream<Arguments> refused() {
    byte[] pdf = TestFiles.pdf();
    byte[] oversize = new byte[(int) UploadLimits.TOTAL_BYTES + 1];
    System.arraycopy(ascii("%PDF-1.7"), 0, oversize, 0, 8);
    return Stream.of(
        Arguments.of(
            "text named .pdf", ascii("just some text\n"), "attachment.pdf.not-pdf", "not PDF"),
        Arguments.of(
            "JPEG named .pdf", TestFiles.jpeg(600, 800), "attachment.pdf.not-pdf", "not PDF"),
        Arguments.of("empty", new byte[0], "attachment.empty", "empty"),
        Arguments.of(
            "content before %PDF",
            concat(ascii("GIF89a;"), pdf), "attachment.pdf.not-pdf", "not PDF"),
        Arguments.of(
            "a ZIP after %%EOF",
            concat(pdf, TestFiles.zip()), "attachment.pdf.hidden-data", "other than the PDF"),
        Arguments.of(
            "HTML after %%EOF",
            concat(pdf, ascii("\n<html><script>alert(1)</script></html>")),
            "attachment.pdf.hidden-data",
            "other than the PDF"),
        Arguments.of(
            "encrypted (password to open)",
            TestFiles.encryptedPdf(),
            "attachment.pdf.encrypted",
            "Encrypted"),
        Arguments.of(
            "print and copy restricted",
            TestFiles.restrictedPdf(),
            "attachment.pdf.restricted",
            "restricted"),
        Arguments.of(
            "JavaScript on opening",
            TestFiles.javaScriptPdf(),
            "attachment.pdf.active-content",
            "JavaScript"),
        Arguments.of(
            "an embedded file",
            TestFiles.embeddedFilePdf(),
            "attachment.pdf.active-content",
            "embedded files"),
        Arguments.of(
            "a decompression bomb (100 MB of content)",
            TestFiles.bombPdf(100L * 1024 * 1024),
            "attachment.pdf.bomb",
            "too large when expanded"),
        Arguments.of(
            "no %%EOF (truncated)",
            java.util.Arrays.copyOf(pdf, pdf.length - 10), "attachment.pdf.damaged", "damaged"),
        Arguments.of("oversize", oversize, "attachment.too-large", "too large"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void refused(String what, byte[] content, String code, String english) {
    assertThatThrownBy(() -> PdfDocument.check(content))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            v -> {
              assertThat(v.code()).isEqualTo(code);
              assertThat(v.messageEn()).containsIgnoringCase(english);
              assertThat(v.messageJa()).isNotBlank();
            });
  }

  @Test
  void theBombIsSmallOnDisk() {
    assertThat(TestFiles.bombPdf(100L * 1024 * 1024).length).isLessThan(1024 * 1024);
  }
}
