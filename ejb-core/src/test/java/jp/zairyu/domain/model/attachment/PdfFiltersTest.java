package jp.zairyu.domain.model.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The decoding streams the measurement reads through, on the examples of ISO 32000-1. */
class PdfFiltersTest {

  private static String decode(String filter, byte[] encoded) throws IOException {
    try (InputStream in = PdfFilters.decoding(filter, new ByteArrayInputStream(encoded))) {
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  @Test
  void lzwAsInTheStandardsExample() throws IOException {
    byte[] encoded = {(byte) 0x80, 0x0B, 0x60, 0x50, 0x22, 0x0C, 0x0C, (byte) 0x85, 0x01};
    assertThat(decode("LZWDecode", encoded)).isEqualTo("-----A---B");
  }

  @Test
  void runLength() throws IOException {
    byte[] encoded = {2, 'a', 'b', 'c', (byte) 253, 'x', (byte) 128, 'z'};
    assertThat(decode("RunLengthDecode", encoded)).isEqualTo("abcxxxx");
  }

  @Test
  void asciiHexWithWhitespaceAndAnOddDigit() throws IOException {
    assertThat(decode("AHx", "48 65\n6c6C6f7>".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("Hellop");
  }

  @Test
  void ascii85WithItsEnd() throws IOException {
    assertThat(
            decode(
                "ASCII85Decode",
                "87cURD_*#-6q/;CDfTZ)+TMKB!.\"~>".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("Hello, PDF world!\0\0\0\0z");
  }

  @Test
  void flateWithoutTheZlibCheckAsPdfBoxReadsIt() throws IOException {
    byte[] data = HostilePdfs.deflateWithoutZlibHeader("abcabcabc".getBytes());
    assertThat(decode("FlateDecode", data)).isEqualTo("abcabcabc");
  }
}
