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
 * restrictions. Refused as well: anything before {@code %PDF-} or after the last {@code %%EOF}
 * beyond whitespace (a polyglot), streams compressed too many times over or that decode beyond
 * reason (a decompression bomb: every stream is measured through its whole chain of filters before
 * the PDF is parsed, without keeping what it decodes to; see {@link PdfStreams}), and active
 * content (JavaScript, launch actions, embedded files).
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
        "暗号化（パスワード保護）されたPDFは提出できません。暗号化されていないPDFにしてください。",
        "Encrypted (password-protected) PDFs cannot be submitted. Use a PDF without encryption.");
  }

  static RuleViolation damaged() {
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
