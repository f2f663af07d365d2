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

  /**
   * What may follow a PDF's end ({@code %%EOF}), one row per case: what scanners and word
   * processors write is accepted, anything else after the end (a polyglot) is refused.
   */
  static Stream<Arguments> accepted() {
    byte[] pdf = TestFiles.pdf();
    byte[] updated = incrementalUpdate(pdf, "Scanner");
    return Stream.of(
        Arguments.of("a plain PDF", pdf),
        Arguments.of("with a line feed after %%EOF", concat(pdf, ascii("\r\n\n"))),
        Arguments.of("with spaces and tabs after %%EOF", concat(pdf, ascii(" \t \r\n"))),
        Arguments.of("padded with NUL bytes after %%EOF (scanners)", concat(pdf, new byte[512])),
        Arguments.of("a DOS end-of-file mark (Ctrl-Z) after %%EOF", concat(pdf, new byte[] {0x1A})),
        Arguments.of(
            "a line end and Ctrl-Z after %%EOF", concat(pdf, ascii("\r\n"), new byte[] {0x1A})),
        Arguments.of("an incremental update ending in its own %%EOF", updated),
        Arguments.of(
            "two incremental updates, then a line end",
            concat(incrementalUpdate(updated, "Word"), ascii("\r\n"))),
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
            "a ZIP after %%EOF that ends in a %%EOF of its own",
            concat(pdf, TestFiles.zip(), ascii("\nstartxref\n0\n%%EOF\n")),
            "attachment.pdf.hidden-data",
            "Print the document to PDF again"),
        Arguments.of(
            "text after %%EOF, then spaces",
            concat(pdf, ascii("\nhello  \n")),
            "attachment.pdf.hidden-data",
            "after its end (%%EOF)"),
        Arguments.of(
            "an incremental update followed by HTML",
            concat(incrementalUpdate(pdf, "Scanner"), ascii("<html></html>")),
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
  void everyRefusalSaysWhichRuleTheFileBrokeAndHowToFixIt() {
    byte[] pdf = TestFiles.pdf();
    for (byte[] content :
        java.util.List.of(
            ascii("just some text\n"),
            concat(pdf, TestFiles.zip()),
            TestFiles.encryptedPdf(),
            TestFiles.restrictedPdf(),
            TestFiles.javaScriptPdf(),
            java.util.Arrays.copyOf(pdf, pdf.length - 10))) {
      assertThatThrownBy(() -> PdfDocument.check(content))
          .isInstanceOfSatisfying(
              RuleViolation.class,
              v -> {
                assertThat(v.messageJa()).as(v.code()).contains("してください");
                assertThat(v.messageEn()).as(v.code()).containsAnyOf("Print", "Save", "save");
              });
    }
  }

  /**
   * An incremental update as editors and scanners append it: a new object, a cross-reference
   * section for it, a trailer pointing back at the previous one, its own startxref and %%EOF.
   */
  static byte[] incrementalUpdate(byte[] pdf, String producer) {
    String text = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher start =
        java.util.regex.Pattern.compile("startxref\\s+(\\d+)\\s+%%EOF\\s*$").matcher(text);
    java.util.regex.Matcher root =
        java.util.regex.Pattern.compile("/Root\\s+(\\d+)\\s+0\\s+R").matcher(text);
    if (!start.find() || !root.find()) {
      throw new IllegalStateException("not a PDF written by PDFBox");
    }
    int object = 0;
    java.util.regex.Matcher sizes =
        java.util.regex.Pattern.compile("/Size\\s+(\\d+)").matcher(text);
    while (sizes.find()) {
      object = Math.max(object, Integer.parseInt(sizes.group(1)));
    }
    String head = text.endsWith("\n") ? "" : "\n";
    int objectAt = pdf.length + head.length();
    String body = object + " 0 obj\n<< /Producer (" + producer + ") >>\nendobj\n";
    int xrefAt = objectAt + body.length();
    String update =
        head
            + body
            + "xref\n0 1\n0000000000 65535 f\r\n"
            + object
            + " 1\n"
            + String.format("%010d 00000 n\r\n", objectAt)
            + "trailer\n<< /Size "
            + (object + 1)
            + " /Root "
            + root.group(1)
            + " 0 R /Info "
            + object
            + " 0 R /Prev "
            + start.group(1)
            + " >>\nstartxref\n"
            + xrefAt
            + "\n%%EOF\n";
    return concat(pdf, ascii(update));
  }

  @Test
  void theBombIsSmallOnDisk() {
    assertThat(TestFiles.bombPdf(100L * 1024 * 1024).length).isLessThan(1024 * 1024);
  }
}
