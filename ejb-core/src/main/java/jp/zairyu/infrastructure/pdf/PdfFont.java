package jp.zairyu.infrastructure.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The Japanese font of every document: Noto Sans JP Regular (see {@code fonts/FONT-SOURCE.md}). Its
 * bytes are read from the class path once; each document parses them into a font of its own and
 * embeds the subset of glyphs it uses.
 */
final class PdfFont {

  static final String RESOURCE = "fonts/NotoSansJP-Regular.ttf";

  /**
   * FontBox warns on every parse that the font's cmap format 14 (variation sequences) is not
   * supported; the glyphs used come from its Unicode cmap, so the warning is noise.
   */
  private static final Logger CMAP_LOG = Logger.getLogger("org.apache.fontbox.ttf.CmapSubtable");

  static {
    CMAP_LOG.setLevel(Level.SEVERE);
  }

  private PdfFont() {}

  private static final class Bytes {
    static final byte[] FONT = read();

    private static byte[] read() {
      try (InputStream in = PdfFont.class.getClassLoader().getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("Font missing from the class path: " + RESOURCE);
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The font for {@code document}, to be embedded as a subset when it is saved. */
  static PDType0Font load(PDDocument document) throws IOException {
    return PDType0Font.load(document, new ByteArrayInputStream(Bytes.FONT), true);
  }
}
