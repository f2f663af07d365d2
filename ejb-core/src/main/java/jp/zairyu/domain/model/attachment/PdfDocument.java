package jp.zairyu.domain.model.attachment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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
 * restrictions. Refused as well: anything before {@code %PDF-} or after the PDF's end that is not
 * what PDF writers leave there (see {@link #checkEnd}: a polyglot), streams compressed too many
 * times over or that decode beyond reason (a decompression bomb: every stream is measured through
 * its whole chain of filters before the PDF is parsed, without keeping what it decodes to; see
 * {@link PdfStreams}), and active content (JavaScript, launch actions, embedded files).
 */
public final class PdfDocument {

  private static final COSName LAUNCH = COSName.getPDFName("Launch");
  private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);

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
          "提出資料はPDF形式のファイルにしてください（ファイルの内容がPDFではありません。ファイル名を .pdf に変えてもPDFにはなりません）。"
              + "作成したソフトで「PDFとして保存」するか「PDFに印刷」してから添付してください。",
          "Documents must be PDF files (the file's content is not PDF; renaming a file to .pdf"
              + " does not make it one). Save it as PDF, or print it to PDF, in the program that"
              + " made it, and attach that file.");
    }
    checkEnd(content);
    PdfStreams.Survey streams = PdfStreams.survey(content);
    if (streams.encrypted() && streams.objectStreamCeiling() > PdfStreams.MAX_DECODED_STRUCTURE) {
      // Its object streams are encrypted, so they could not be measured, and one of them could
      // decode beyond what parsing may cost. It is refused as encrypted, without parsing it.
      throw encrypted();
    }
    try (PDDocument pdf = Loader.loadPDF(content, "")) {
      if (pdf.isEncrypted()) {
        AccessPermission permission = pdf.getCurrentAccessPermission();
        if (!permission.isOwnerPermission()
            && (!permission.canPrint() || !permission.canExtractContent())) {
          throw new RuleViolation(
              "attachment.pdf.restricted",
              "印刷やコピーが制限されたPDFは提出できません。作成したソフトで制限（セキュリティ設定）を外して保存し直すか、「PDFに印刷」し直してください。",
              "PDFs whose printing or copying is restricted cannot be submitted. Save the file"
                  + " again without the restrictions (its security settings), or print it to PDF"
                  + " again.");
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
   * The end of the file. A PDF ends in {@code startxref}, the offset of its last cross-reference
   * section and {@code %%EOF}; an incremental update (an editor's or a signature's) appends
   * objects, a cross-reference section or stream and a trailer ending the same way, so a file may
   * hold several such ends. Accepted after the last one: what scanners and word processors write
   * there (line ends, spaces, NUL padding, a DOS end-of-file mark Ctrl-Z); between two ends, only
   * an update (starting with an object or {@code xref}). Anything else is data of another kind
   * appended to the PDF, refused even when it ends in a {@code %%EOF} of its own. A file whose
   * {@code %%EOF} follows no {@code startxref} (some old writers) is judged by its last {@code
   * %%EOF}, as before.
   */
  static void checkEnd(byte[] content) {
    java.util.List<Integer> ends = ends(content);
    if (ends.isEmpty()) {
      int eof = lastIndexOf(content, EOF);
      if (eof < 0) {
        throw damaged();
      }
      ends = java.util.List.of(eof);
    }
    for (int k = 1; k < ends.size(); k++) {
      int at = skipWhitespace(content, ends.get(k - 1) + EOF.length);
      if (!startsUpdate(content, at)) {
        throw hiddenData();
      }
    }
    for (int i = ends.get(ends.size() - 1) + EOF.length; i < content.length; i++) {
      if (!whitespace(content[i]) && content[i] != CTRL_Z) {
        throw hiddenData();
      }
    }
  }

  private static final byte CTRL_Z = 0x1A;
  private static final byte[] STARTXREF = "startxref".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] XREF = "xref".getBytes(StandardCharsets.US_ASCII);

  /** Every {@code %%EOF} that closes a {@code startxref <offset>}, in order. */
  private static java.util.List<Integer> ends(byte[] b) {
    java.util.List<Integer> ends = new java.util.ArrayList<>();
    for (int i = indexOf(b, EOF, 0); i >= 0; i = indexOf(b, EOF, i + EOF.length)) {
      int j = i - 1;
      while (j >= 0 && whitespace(b[j])) {
        j--;
      }
      int digitsEnd = j;
      while (j >= 0 && b[j] >= '0' && b[j] <= '9') {
        j--;
      }
      if (j == digitsEnd || j < 0 || !whitespace(b[j])) {
        continue;
      }
      while (j >= 0 && whitespace(b[j])) {
        j--;
      }
      int start = j - STARTXREF.length + 1;
      if (start >= 0 && regionMatches(b, start, STARTXREF)) {
        ends.add(i);
      }
    }
    return ends;
  }

  /** Whether an incremental update starts here: {@code <number> <number> obj} or {@code xref}. */
  private static boolean startsUpdate(byte[] b, int at) {
    if (regionMatches(b, at, XREF)) {
      return true;
    }
    int i = digits(b, at);
    if (i == at || i >= b.length || !whitespace(b[i])) {
      return false;
    }
    int generation = skipWhitespace(b, i);
    i = digits(b, generation);
    if (i == generation) {
      return false;
    }
    i = skipWhitespace(b, i);
    return regionMatches(b, i, "obj".getBytes(StandardCharsets.US_ASCII));
  }

  private static int digits(byte[] b, int from) {
    int i = from;
    while (i < b.length && b[i] >= '0' && b[i] <= '9') {
      i++;
    }
    return i;
  }

  private static int skipWhitespace(byte[] b, int from) {
    int i = from;
    while (i < b.length && whitespace(b[i])) {
      i++;
    }
    return i;
  }

  private static boolean regionMatches(byte[] b, int at, byte[] what) {
    if (at < 0 || at + what.length > b.length) {
      return false;
    }
    for (int k = 0; k < what.length; k++) {
      if (b[at + k] != what[k]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] b, byte[] needle, int from) {
    for (int i = Math.max(0, from); i <= b.length - needle.length; i++) {
      if (regionMatches(b, i, needle)) {
        return i;
      }
    }
    return -1;
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
            "JavaScriptや埋め込みファイルを含むPDFは提出できません。「PDFに印刷」し直したファイル（スクリプトや埋め込みファイルは含まれません）を添付してください。",
            "PDFs that contain JavaScript or embedded files cannot be submitted. Print the"
                + " document to PDF again (printing leaves scripts and embedded files out) and"
                + " attach that file.");
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
        "暗号化（パスワード保護）されたPDFは提出できません。パスワードを外して保存し直すか、開いてから「PDFに印刷」し直してください。",
        "Encrypted (password-protected) PDFs cannot be submitted. Save the file again without"
            + " the password, or open it and print it to PDF again.");
  }

  static RuleViolation damaged() {
    return new RuleViolation(
        "attachment.pdf.damaged",
        "PDFファイルが壊れているため読み取れません（途中で切れているか、PDFの構造が読めません）。元のファイルからPDFとして保存し直すか、「PDFに印刷」し直してください。",
        "The PDF file is damaged and cannot be read (it is cut short or its structure cannot be"
            + " read). Save it as PDF again from the original, or print it to PDF again.");
  }

  private static RuleViolation hiddenData() {
    return new RuleViolation(
        "attachment.pdf.hidden-data",
        "PDFファイルの終わり（%%EOF）の後にPDF以外のデータが付いているため、受け付けられません（別の形式のファイルと結合されたファイルの可能性があります）。元の文書をPDFとして印刷し直すか、作成したソフトでPDFとして保存し直してから添付してください。",
        "The PDF file has data other than the PDF after its end (%%EOF), so it cannot be accepted"
            + " (it may be joined with a file of another kind). Print the document to PDF again,"
            + " or save it as PDF again in the program that made it, and attach that file.");
  }
}
