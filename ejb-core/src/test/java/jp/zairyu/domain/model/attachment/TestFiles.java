package jp.zairyu.domain.model.attachment;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

/** Files made in the test itself: JPEGs with ImageIO, PDFs with PDFBox, and hostile variants. */
public final class TestFiles {

  private TestFiles() {}

  public static byte[] jpeg(int width, int height) {
    return image(width, height, "jpg");
  }

  public static byte[] png(int width, int height) {
    return image(width, height, "png");
  }

  private static byte[] image(int width, int height, String format) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0xE8, 0xEE, 0xF4));
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(0x80, 0x60, 0x50));
    g.fillOval(width / 4, height / 5, width / 2, height / 2);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("No writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public static byte[] zip() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("payload.html"));
      zip.write("<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  public static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /** A JPEG whose frame header claims other dimensions than it has. */
  public static byte[] withHeaderDimensions(byte[] jpeg, int width, int height) {
    byte[] b = jpeg.clone();
    for (int i = 2; i + 9 < b.length; ) {
      int marker = b[i + 1] & 0xff;
      int length = ((b[i + 2] & 0xff) << 8) | (b[i + 3] & 0xff);
      if (marker >= 0xC0 && marker <= 0xC2) {
        b[i + 5] = (byte) (height >> 8);
        b[i + 6] = (byte) height;
        b[i + 7] = (byte) (width >> 8);
        b[i + 8] = (byte) width;
        return b;
      }
      i += 2 + length;
    }
    throw new IllegalStateException("No frame header");
  }

  /** A JPEG with a comment segment right after its start-of-image marker. */
  public static byte[] withComment(byte[] jpeg, byte[] comment) {
    int length = comment.length + 2;
    byte[] segment =
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) (length >> 8), (byte) length}, comment);
    return concat(
        new byte[] {jpeg[0], jpeg[1]}, segment, java.util.Arrays.copyOfRange(jpeg, 2, jpeg.length));
  }

  public static byte[] pdf() {
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      return save(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Encrypted with a password needed to open it. */
  public static byte[] encryptedPdf() {
    return protectedPdf("owner-secret", "user-secret", new AccessPermission());
  }

  /** Opens without a password but may not be printed or copied. */
  public static byte[] restrictedPdf() {
    AccessPermission permission = new AccessPermission();
    permission.setCanPrint(false);
    permission.setCanExtractContent(false);
    return protectedPdf("owner-secret", "", permission);
  }

  private static byte[] protectedPdf(String owner, String user, AccessPermission permission) {
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      StandardProtectionPolicy policy = new StandardProtectionPolicy(owner, user, permission);
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      return save(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] javaScriptPdf() {
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hi');"));
      return save(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] embeddedFilePdf() {
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      PDEmbeddedFile embedded =
          new PDEmbeddedFile(doc, new java.io.ByteArrayInputStream(ascii("MZ payload")));
      PDComplexFileSpecification spec = new PDComplexFileSpecification();
      spec.setFile("payload.exe");
      spec.setEmbeddedFile(embedded);
      PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
      tree.setNames(java.util.Map.of("payload.exe", spec));
      PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
      names.setEmbeddedFiles(tree);
      doc.getDocumentCatalog().setNames(names);
      return save(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A page whose content stream inflates from a few hundred kB to {@code inflatedBytes}. */
  public static byte[] bombPdf(long inflatedBytes) {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      PDStream stream = new PDStream(doc);
      try (var out = stream.createOutputStream(COSName.FLATE_DECODE)) {
        byte[] spaces = new byte[1 << 20];
        java.util.Arrays.fill(spaces, (byte) ' ');
        for (long written = 0; written < inflatedBytes; written += spaces.length) {
          out.write(spaces);
        }
      }
      page.setContents(stream);
      return save(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }
}
