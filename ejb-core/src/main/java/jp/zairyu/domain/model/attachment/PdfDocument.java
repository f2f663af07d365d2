package jp.zairyu.domain.model.attachment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import jp.zairyu.domain.model.RuleViolation;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * A document as ISA accepts it: a PDF by content, not encrypted, without print or copy
 * restrictions. Refused as well: anything before {@code %PDF-} or after the last {@code %%EOF}
 * beyond whitespace (a polyglot), compressed streams that inflate beyond reason (a decompression
 * bomb, measured before the PDF is parsed), and active content (JavaScript, launch actions,
 * embedded files).
 */
public final class PdfDocument {

  /** What one compressed stream may inflate to. */
  static final long MAX_INFLATED_STREAM = 64L * 1024 * 1024;

  /** What all compressed streams of one file may inflate to together. */
  static final long MAX_INFLATED_TOTAL = 256L * 1024 * 1024;

  private static final COSName LAUNCH = COSName.getPDFName("Launch");
  private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);

  private PdfDocument() {}

  /**
   * Checks a document by its content.
   *
   * @return its media type, size and hash
   * @throws RuleViolation with a bilingual message if the file is refused
   */
  public static CheckedFile check(byte[] content) {
    if (content.length == 0) {
      throw FacePhoto.empty();
    }
    if (content.length > UploadLimits.TOTAL_BYTES) {
      throw UploadLimits.tooLarge(UploadLimits.TOTAL_BYTES);
    }
    if (!startsWith(content, HEADER)) {
      throw new RuleViolation(
          "attachment.pdf.not-pdf",
          "提出資料はPDF形式のファイルにしてください（ファイルの内容がPDFではありません）。",
          "Documents must be PDF files (the file's content is not PDF).");
    }
    int eof = lastIndexOf(content, EOF);
    if (eof < 0) {
      throw damaged();
    }
    for (int i = eof + EOF.length; i < content.length; i++) {
      if (!whitespace(content[i])) {
        throw hiddenData();
      }
    }
    checkInflatedSizes(content);
    try (PDDocument pdf = Loader.loadPDF(content, "")) {
      if (pdf.isEncrypted()) {
        AccessPermission permission = pdf.getCurrentAccessPermission();
        if (!permission.isOwnerPermission()
            && (!permission.canPrint() || !permission.canExtractContent())) {
          throw new RuleViolation(
              "attachment.pdf.restricted",
              "印刷やコピーが制限されたPDFは提出できません。制限のないPDFにしてください。",
              "PDFs whose printing or copying is restricted cannot be submitted. Remove the"
                  + " restrictions.");
        }
        throw encrypted();
      }
      if (pdf.getNumberOfPages() < 1) {
        throw damaged();
      }
      checkActiveContent(pdf);
    } catch (InvalidPasswordException e) {
      throw encrypted();
    } catch (IOException | RuntimeException e) {
      if (e instanceof RuleViolation violation) {
        throw violation;
      }
      throw damaged();
    }
    return new CheckedFile(
        CheckedFile.PDF, content.length, CheckedFile.sha256(content), null, null);
  }

  /**
   * Refuses JavaScript, launch actions and embedded files anywhere in the file: every object is
   * looked at (also those in object streams), so no name tree or annotation can hide them.
   */
  private static void checkActiveContent(PDDocument pdf) throws IOException {
    var cos = pdf.getDocument();
    for (Map.Entry<COSObjectKey, Long> entry : Map.copyOf(cos.getXrefTable()).entrySet()) {
      COSObject object = cos.getObjectFromPool(entry.getKey());
      COSBase base = object == null ? null : object.getObject();
      if (base instanceof COSDictionary dictionary && active(dictionary)) {
        throw new RuleViolation(
            "attachment.pdf.active-content",
            "JavaScriptや埋め込みファイルを含むPDFは提出できません。",
            "PDFs that contain JavaScript or embedded files cannot be submitted.");
      }
    }
  }

  private static boolean active(COSDictionary d) {
    COSName subtype = d.getCOSName(COSName.S);
    COSName type = d.getCOSName(COSName.TYPE);
    return d.containsKey(COSName.JS)
        || COSName.JAVA_SCRIPT.equals(subtype)
        || LAUNCH.equals(subtype)
        || COSName.EMBEDDED_FILE.equals(type)
        || d.containsKey(COSName.EF)
        || d.containsKey(COSName.EMBEDDED_FILES)
        || d.containsKey(COSName.JAVA_SCRIPT);
  }

  /**
   * Inflates every zlib stream of the file without keeping the output, before any parser decodes
   * one: a stream (or all together) that would grow beyond the limits is a decompression bomb.
   */
  static void checkInflatedSizes(byte[] b) {
    long total = 0;
    byte[] sink = new byte[64 * 1024];
    int i = 0;
    while ((i = indexOf(b, STREAM, i)) >= 0) {
      int start = i + STREAM.length;
      boolean keyword = i < 3 || !(b[i - 3] == 'e' && b[i - 2] == 'n' && b[i - 1] == 'd');
      i = start;
      if (!keyword) {
        continue;
      }
      if (start < b.length && b[start] == '\r') {
        start++;
      }
      if (start < b.length && b[start] == '\n') {
        start++;
      } else {
        continue;
      }
      if (start + 2 > b.length || !zlibHeader(b[start], b[start + 1])) {
        continue;
      }
      Inflater inflater = new Inflater();
      try {
        inflater.setInput(b, start, b.length - start);
        long stream = 0;
        while (!inflater.finished() && !inflater.needsDictionary()) {
          int n = inflater.inflate(sink);
          if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
            break;
          }
          stream += n;
          total += n;
          if (stream > MAX_INFLATED_STREAM || total > MAX_INFLATED_TOTAL) {
            throw new RuleViolation(
                "attachment.pdf.bomb",
                "PDFの圧縮されたデータが展開すると大きすぎるため、受け付けられません。",
                "The PDF's compressed data would be too large when expanded; it cannot be"
                    + " accepted.");
          }
        }
      } catch (DataFormatException e) {
        // Not a valid zlib stream after all (or encrypted data); the parser decides.
      } finally {
        inflater.end();
      }
    }
  }

  private static boolean zlibHeader(byte cmf, byte flg) {
    int c = cmf & 0xff;
    int f = flg & 0xff;
    return (c & 0x0f) == 8 && (c >> 4) <= 7 && ((c << 8) | f) % 31 == 0;
  }

  private static boolean whitespace(byte c) {
    return c == 0x00 || c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D || c == 0x20;
  }

  private static boolean startsWith(byte[] b, byte[] prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] b, byte[] needle, int from) {
    outer:
    for (int i = Math.max(0, from); i <= b.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (b[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static int lastIndexOf(byte[] b, byte[] needle) {
    outer:
    for (int i = b.length - needle.length; i >= 0; i--) {
      for (int j = 0; j < needle.length; j++) {
        if (b[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static RuleViolation encrypted() {
    return new RuleViolation(
        "attachment.pdf.encrypted",
        "暗号化（パスワード保護）されたPDFは提出できません。暗号化されていないPDFにしてください。",
        "Encrypted (password-protected) PDFs cannot be submitted. Use a PDF without encryption.");
  }

  private static RuleViolation damaged() {
    return new RuleViolation(
        "attachment.pdf.damaged",
        "PDFファイルが壊れているため読み取れません。",
        "The PDF file is damaged and cannot be read.");
  }

  private static RuleViolation hiddenData() {
    return new RuleViolation(
        "attachment.pdf.hidden-data",
        "PDFファイルにPDF以外のデータが含まれているため、受け付けられません。",
        "The PDF file contains data other than the PDF and cannot be accepted.");
  }
}
