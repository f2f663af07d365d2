package jp.zairyu.infrastructure.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * One document being drawn: A4 pages top to bottom with a cursor, text that wraps, boxes, and the
 * footer (a note and "page / pages") added to every page when it is finished. Not thread-safe: one
 * per document and thread.
 */
final class Sheet implements AutoCloseable {

  static final float WIDTH = PDRectangle.A4.getWidth();
  static final float HEIGHT = PDRectangle.A4.getHeight();
  static final float MARGIN = 42f;
  static final float LEFT = MARGIN;
  static final float RIGHT = WIDTH - MARGIN;
  static final float TOP = HEIGHT - MARGIN;
  static final float BOTTOM = MARGIN + 24f;

  /** What replaces a character the font has no glyph for (geta mark, as Japanese print does). */
  static final String MISSING = "〓";

  private final PDDocument document = new PDDocument();
  private final PDType0Font font;
  private final Map<Integer, Boolean> printable = new HashMap<>();
  private final String footer;
  private PDPageContentStream content;
  private float y;

  /**
   * @param title the document's title in its properties
   * @param footer the note at the bottom left of every page (e.g. the receipt number)
   */
  Sheet(String title, String footer) throws IOException {
    this.footer = footer;
    this.font = PdfFont.load(document);
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(title);
    info.setProducer("Zairyu Online");
    newPage();
  }

  /** Starts a new page; the cursor goes to its top. */
  void newPage() throws IOException {
    if (content != null) {
      content.close();
    }
    PDPage page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    content = new PDPageContentStream(document, page);
    y = TOP;
  }

  float y() {
    return y;
  }

  void moveDown(float by) {
    y -= by;
  }

  /** Whether {@code height} more fits above the footer of this page. */
  boolean fits(float height) {
    return y - height >= BOTTOM;
  }

  /** Room left on this page above the footer. */
  float room() {
    return y - BOTTOM;
  }

  static float leading(float size) {
    return size * 1.45f;
  }

  /** The text with every character the font cannot print replaced, tabs as spaces. */
  String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              if (cp == '\t') {
                out.append(' ');
              } else if (Character.isISOControl(cp)) {
                // dropped: line breaks are handled by wrap
              } else if (printable.computeIfAbsent(cp, this::hasGlyph)) {
                out.appendCodePoint(cp);
              } else {
                out.append(MISSING);
              }
            });
    return out.toString();
  }

  private boolean hasGlyph(int codePoint) {
    try {
      font.encode(new String(Character.toChars(codePoint)));
      return true;
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }

  float width(String text, float size) throws IOException {
    return font.getStringWidth(printable(text)) / 1000f * size;
  }

  /**
   * Breaks {@code text} into lines no wider than {@code maxWidth}: at its own line breaks, then
   * between any two characters of Japanese (closing punctuation may hang one character past the
   * width) and at spaces of Latin text (a word longer than the line is cut).
   */
  List<String> wrap(String text, float size, float maxWidth) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\\R", -1)) {
      String p = printable(paragraph);
      if (p.isEmpty()) {
        lines.add("");
        continue;
      }
      int start = 0;
      while (start < p.length()) {
        int end = start;
        int lastSpace = -1;
        float w = 0;
        while (end < p.length()) {
          int cp = p.codePointAt(end);
          int next = end + Character.charCount(cp);
          float cw = font.getStringWidth(p.substring(end, next)) / 1000f * size;
          if (w + cw > maxWidth && end > start) {
            break;
          }
          if (cp == ' ') {
            lastSpace = end;
          }
          w += cw;
          end = next;
        }
        if (end < p.length() && lastSpace > start && isLatin(p.codePointAt(end))) {
          end = lastSpace + 1; // do not cut a Latin word when it can move to the next line
        } else if (end < p.length() && NO_LINE_START.indexOf(p.charAt(end)) >= 0) {
          end++; // 禁則: closing punctuation hangs at the end of the line rather than start one
        }
        lines.add(p.substring(start, end).stripTrailing());
        start = end;
        while (start < p.length() && p.charAt(start) == ' ') {
          start++;
        }
      }
    }
    return lines;
  }

  /** What must not begin a line in Japanese typesetting (行頭禁則). */
  private static final String NO_LINE_START = "、。，．・：；？！ー）」』】〕〉》’”ぁぃぅぇぉっゃゅょァィゥェォッャュョ";

  private static boolean isLatin(int cp) {
    return cp < 0x2E80 && !Character.isWhitespace(cp);
  }

  /** Writes one line of text with its baseline at {@code baseline}. */
  void text(String text, float x, float baseline, float size, float gray) throws IOException {
    String p = printable(text);
    if (p.isEmpty()) {
      return;
    }
    content.beginText();
    content.setNonStrokingColor(gray);
    content.setFont(font, size);
    content.newLineAtOffset(x, baseline);
    content.showText(p);
    content.endText();
    content.setNonStrokingColor(0f);
  }

  void text(String text, float x, float baseline, float size) throws IOException {
    text(text, x, baseline, size, 0f);
  }

  /** Writes lines from the top {@code top} down; returns the height used. */
  float lines(List<String> lines, float x, float top, float size, float gray) throws IOException {
    float lead = leading(size);
    float baseline = top - size;
    for (String line : lines) {
      text(line, x, baseline, size, gray);
      baseline -= lead;
    }
    return lines.size() * lead;
  }

  /** A line centred between {@code left} and {@code right}. */
  void centred(String text, float left, float right, float baseline, float size)
      throws IOException {
    float w = width(text, size);
    text(text, left + (right - left - w) / 2, baseline, size);
  }

  /** A line ending at {@code right}. */
  void rightAligned(String text, float right, float baseline, float size) throws IOException {
    text(text, right - width(text, size), baseline, size);
  }

  /** A rectangle's outline; {@code top} is its upper edge. */
  void box(float x, float top, float w, float h, float lineWidth) throws IOException {
    content.setLineWidth(lineWidth);
    content.addRect(x, top - h, w, h);
    content.stroke();
  }

  /** A filled rectangle in {@code gray} (0 black, 1 white); {@code top} is its upper edge. */
  void fill(float x, float top, float w, float h, float gray) throws IOException {
    content.setNonStrokingColor(gray);
    content.addRect(x, top - h, w, h);
    content.fill();
    content.setNonStrokingColor(0f);
  }

  void line(float x1, float y1, float x2, float y2, float lineWidth) throws IOException {
    content.setLineWidth(lineWidth);
    content.moveTo(x1, y1);
    content.lineTo(x2, y2);
    content.stroke();
  }

  /** Draws a JPEG fitted into the box (aspect kept, centred); false if it cannot be read. */
  boolean image(byte[] jpeg, float x, float top, float w, float h) {
    try {
      PDImageXObject image = JPEGFactory.createFromByteArray(document, jpeg);
      float scale = Math.min(w / image.getWidth(), h / image.getHeight());
      float iw = image.getWidth() * scale;
      float ih = image.getHeight() * scale;
      content.drawImage(image, x + (w - iw) / 2, top - h + (h - ih) / 2, iw, ih);
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Closes the last page, numbers every page and returns the PDF. */
  byte[] finish() throws IOException {
    content.close();
    content = null;
    int pages = document.getNumberOfPages();
    for (int i = 0; i < pages; i++) {
      PDPage page = document.getPage(i);
      try (PDPageContentStream footerStream =
          new PDPageContentStream(
              document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
        content = footerStream;
        line(LEFT, MARGIN + 14, RIGHT, MARGIN + 14, 0.5f);
        text(footer, LEFT, MARGIN, 8, 0.25f);
        rightAligned((i + 1) + " / " + pages, RIGHT, MARGIN, 8);
      }
    }
    content = null;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }

  @Override
  public void close() throws IOException {
    if (content != null) {
      content.close();
    }
    document.close();
  }
}
