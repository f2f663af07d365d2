package jp.zairyu.domain.model.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import jp.zairyu.domain.model.RuleViolation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Decompression bombs that hide in nested filters and object streams (issue 15): each a few
 * kilobytes that would inflate to a gigabyte, refused with a clear message after at most 5 MB of
 * heap allocated by the check, the figure printed for the record.
 */
class PdfBombTest {

  private static final long HEAP_BUDGET = 5L * 1024 * 1024;

  private static byte[] doubleFlate;
  private static byte[] objectStream;

  @BeforeAll
  static void make() {
    doubleFlate = HostilePdfs.nestedFlate(2, HostilePdfs.GIB);
    objectStream = HostilePdfs.objectStreamBomb(HostilePdfs.GIB);
  }

  static Stream<Arguments> hostile() {
    byte[] tiny = HostilePdfs.deflate("BT ET".getBytes());
    byte[] hundredMb = HostilePdfs.deflatedSpaces(new byte[0], 100L << 20);
    return Stream.of(
        Arguments.of(
            "FlateDecode twice, 1 GiB",
            (Supplier<byte[]>) () -> doubleFlate,
            "attachment.pdf.bomb",
            "too large when expanded"),
        Arguments.of(
            "an object stream with FlateDecode twice, 1 GiB",
            (Supplier<byte[]>) () -> objectStream,
            "attachment.pdf.bomb",
            "too large when expanded"),
        Arguments.of(
            "FlateDecode three times over",
            (Supplier<byte[]>) () -> HostilePdfs.nestedFlate(3, 1 << 20),
            "attachment.pdf.nested-compression",
            "compressed too many times over"),
        Arguments.of(
            "FlateDecode over run length, 1 GiB",
            (Supplier<byte[]>)
                () ->
                    HostilePdfs.page(
                        "/Filter [/FlateDecode /RunLengthDecode]",
                        HostilePdfs.deflate(HostilePdfs.runLengthSpaces(HostilePdfs.GIB))),
            "attachment.pdf.bomb",
            "too large when expanded"),
        Arguments.of(
            "filter names written with escapes",
            (Supplier<byte[]>)
                () ->
                    HostilePdfs.page(
                        "/Fil#74er [/Fl#61teDecode /F#6c]",
                        HostilePdfs.deflate(HostilePdfs.deflatedSpaces(new byte[0], 200L << 20))),
            "attachment.pdf.bomb",
            "too large when expanded"),
        Arguments.of(
            "the real chain behind a string that hides another dictionary",
            (Supplier<byte[]>)
                () ->
                    HostilePdfs.page(
                        "/A (x << /Filter /FlateDecode %) /Filter [/FlateDecode /FlateDecode]\n",
                        HostilePdfs.deflate(HostilePdfs.deflatedSpaces(new byte[0], 200L << 20))),
            "attachment.pdf.bomb",
            "too large when expanded"),
        Arguments.of(
            "FlateDecode without a zlib header, 100 MB",
            (Supplier<byte[]>)
                () ->
                    HostilePdfs.page(
                        "/Filter /FlateDecode",
                        HostilePdfs.deflateWithoutZlibHeader(HostilePdfs.spaces(100L << 20))),
            "attachment.pdf.bomb",
            "too large when expanded"),
        Arguments.of(
            "hexadecimal over a FlateDecode bomb",
            (Supplier<byte[]>)
                () -> HostilePdfs.page("/Filter [/ASCIIHexDecode /FlateDecode]", hex(hundredMb)),
            "attachment.pdf.bomb",
            "too large when expanded"),
        Arguments.of(
            "a comment between the dictionary and the data",
            (Supplier<byte[]>)
                () ->
                    HostilePdfs.page(
                        "/Filter [/FlateDecode /FlateDecode]",
                        "\n% a comment\n",
                        HostilePdfs.deflate(HostilePdfs.deflatedSpaces(new byte[0], 200L << 20))),
            "attachment.pdf.bomb",
            "too large when expanded"),
        Arguments.of(
            "an indirect filter",
            (Supplier<byte[]>) () -> HostilePdfs.page("/Filter 9 0 R", tiny),
            "attachment.pdf.damaged",
            "damaged"));
  }

  private static byte[] hex(byte[] data) {
    StringBuilder s = new StringBuilder();
    for (byte x : data) {
      s.append(String.format("%02x", x & 0xff));
    }
    return s.append('>').toString().getBytes();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void refusedWithAClearMessage(String what, Supplier<byte[]> file, String code, String english) {
    byte[] content = file.get();
    assertThat(content.length).as("small on disk").isLessThan(1 << 20);
    assertThatThrownBy(() -> PdfDocument.check(content))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            v -> {
              assertThat(v.code()).isEqualTo(code);
              assertThat(v.messageEn()).containsIgnoringCase(english);
              assertThat(v.messageJa()).isNotBlank();
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void refusedWithinFiveMegabytesOfHeap(
      String what, Supplier<byte[]> file, String code, String english) {
    byte[] content = file.get();
    refuse(content); // warm: classes loaded, PDFBox initialised
    long allocated = allocatedWhile(() -> refuse(content));
    System.out.printf(
        "heap allocated refusing %s (%,d bytes on disk): %,d bytes%n",
        what, content.length, allocated);
    assertThat(allocated).isLessThanOrEqualTo(HEAP_BUDGET);
  }

  @Test
  void theProbesFileIsAFewKilobytes() {
    assertThat(doubleFlate.length).isLessThan(16 * 1024);
  }

  @Test
  void ordinaryChainsAreAccepted() {
    byte[] content = HostilePdfs.deflate("BT /F1 12 Tf (Hello) Tj ET".getBytes());
    for (String filters :
        List.of(
            "/Filter /FlateDecode",
            "/Filter [/FlateDecode]",
            "/Filter /Fl",
            "/DecodeParms << /Predictor 1 >> /Filter /FlateDecode")) {
      assertThat(PdfDocument.check(HostilePdfs.page(filters, content)).mediaType())
          .as(filters)
          .isEqualTo("application/pdf");
    }
    assertThat(
            PdfDocument.check(
                    HostilePdfs.page("/Filter [/ASCIIHexDecode /FlateDecode]", hex(content)))
                .mediaType())
        .isEqualTo("application/pdf");
  }

  @Test
  void theWordStreamInTheTextOfAPageIsNotTakenForAStream() {
    byte[] content = "/Span << /MCID 0 >> BDC BT /F1 12 Tf (a stream\n) Tj ET EMC".getBytes();
    assertThat(PdfDocument.check(HostilePdfs.page("", content)).mediaType())
        .isEqualTo("application/pdf");
  }

  @Test
  void aFileOfOrdinaryObjectStreamsIsAccepted() {
    assertThat(PdfDocument.check(HostilePdfs.objectStream(1000, 1)).mediaType())
        .isEqualTo("application/pdf");
  }

  private static void refuse(byte[] content) {
    try {
      PdfDocument.check(content);
      throw new AssertionError("accepted");
    } catch (RuleViolation expected) {
      // refused
    }
  }

  private static long allocatedWhile(Runnable r) {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(id);
    r.run();
    return threads.getThreadAllocatedBytes(id) - before;
  }
}
