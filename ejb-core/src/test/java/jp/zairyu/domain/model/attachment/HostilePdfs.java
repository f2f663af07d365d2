package jp.zairyu.domain.model.attachment;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;

/**
 * PDFs written byte by byte, as an attacker writes them: streams compressed several times over
 * (nested filters), object streams that inflate to a gigabyte, chains hidden behind escapes and
 * strings. Each is a few kilobytes.
 */
final class HostilePdfs {

  static final long GIB = 1L << 30;

  private HostilePdfs() {}

  /** One page whose content stream has the given filters over the given data. */
  static byte[] page(String filters, byte[] data) {
    return document(
        List.of(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>"),
        filters,
        data);
  }

  /**
   * A content stream compressed with FlateDecode {@code times} times over that inflates to {@code
   * inflated} bytes of spaces.
   */
  static byte[] nestedFlate(int times, long inflated) {
    byte[] data = deflatedSpaces(new byte[0], inflated);
    for (int i = 1; i < times; i++) {
      data = deflate(data);
    }
    return page("/Filter [" + "/FlateDecode ".repeat(times).trim() + "]", data);
  }

  /**
   * The catalog, the page tree and the page in an object stream with two FlateDecode filters, whose
   * data goes on with {@code padding} bytes of spaces; read through a cross-reference stream.
   */
  static byte[] objectStreamBomb(long padding) {
    return objectStream(padding, 2);
  }

  /** The same with FlateDecode {@code times} times over. */
  static byte[] objectStream(long padding, int times) {
    String[] objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"
    };
    StringBuilder index = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < objects.length; i++) {
      index.append(i + 1).append(' ').append(body.length()).append(' ');
      body.append(objects[i]).append('\n');
    }
    byte[] head = (index + "\n" + body).getBytes(StandardCharsets.US_ASCII);
    int first = index.length() + 1;
    byte[] inner = deflatedSpaces(head, padding);
    byte[] data = inner;
    for (int i = 1; i < times; i++) {
      data = deflate(data);
    }

    Writer w = new Writer();
    w.header();
    int objStm =
        w.object(
            4,
            "<< /Type /ObjStm /N 3 /First "
                + first
                + " /Length "
                + data.length
                + " /Filter ["
                + "/FlateDecode ".repeat(times).trim()
                + "] >>",
            data);
    int xrefAt = w.position();
    ByteArrayOutputStream rows = new ByteArrayOutputStream();
    row(rows, 0, 0, 0xFFFF);
    row(rows, 2, 4, 0);
    row(rows, 2, 4, 1);
    row(rows, 2, 4, 2);
    row(rows, 1, objStm, 0);
    row(rows, 1, xrefAt, 0);
    byte[] xref = rows.toByteArray();
    w.object(
        5, "<< /Type /XRef /Size 6 /W [1 4 2] /Root 1 0 R /Length " + xref.length + " >>", xref);
    w.ascii("startxref\n" + xrefAt + "\n%%EOF\n");
    return w.bytes();
  }

  private static void row(ByteArrayOutputStream out, int type, int field2, int field3) {
    out.write(type);
    out.write(field2 >>> 24);
    out.write(field2 >>> 16);
    out.write(field2 >>> 8);
    out.write(field2);
    out.write(field3 >>> 8);
    out.write(field3);
  }

  /** Three objects and a content stream as object 4, with a classic cross-reference table. */
  static byte[] document(List<String> objects, String streamDictionary, byte[] data) {
    return document(objects, streamDictionary, "\n", data);
  }

  /**
   * One page whose content stream's dictionary is followed by {@code gap} before {@code stream}.
   */
  static byte[] page(String filters, String gap, byte[] data) {
    return document(
        List.of(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>"),
        filters,
        gap,
        data);
  }

  static byte[] document(List<String> objects, String streamDictionary, String gap, byte[] data) {
    Writer w = new Writer();
    w.header();
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(w.position());
      w.ascii((i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
    }
    offsets.add(
        w.object(
            objects.size() + 1,
            "<< /Length " + data.length + " " + streamDictionary + " >>",
            gap,
            data));
    int xref = w.position();
    StringBuilder table = new StringBuilder("xref\n0 " + (offsets.size() + 1) + "\n");
    table.append("0000000000 65535 f \n");
    for (int o : offsets) {
      table.append(String.format("%010d 00000 n \n", o));
    }
    table.append("trailer\n<< /Size ").append(offsets.size() + 1).append(" /Root 1 0 R >>\n");
    table.append("startxref\n").append(xref).append("\n%%EOF\n");
    w.ascii(table.toString());
    return w.bytes();
  }

  static byte[] spaces(long n) {
    if (n > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("use deflate of a count");
    }
    byte[] b = new byte[(int) n];
    Arrays.fill(b, (byte) ' ');
    return b;
  }

  /** zlib data that inflates to {@code head} and {@code n} spaces, made without holding them. */
  static byte[] deflatedSpaces(byte[] head, long n) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[1 << 16];
    deflater.setInput(head);
    while (!deflater.needsInput()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    byte[] chunk = new byte[1 << 20];
    Arrays.fill(chunk, (byte) ' ');
    for (long left = n; left > 0; left -= chunk.length) {
      deflater.setInput(chunk, 0, (int) Math.min(chunk.length, left));
      while (!deflater.needsInput()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
    }
    deflater.finish();
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    return out.toByteArray();
  }

  static byte[] deflate(byte[]... parts) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[1 << 16];
    for (byte[] p : parts) {
      deflater.setInput(p);
      while (!deflater.needsInput()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
    }
    deflater.finish();
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    return out.toByteArray();
  }

  /** Raw deflate (no zlib header) behind two bytes that are not a zlib header. */
  static byte[] deflateWithoutZlibHeader(byte[] data) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    deflater.setInput(data);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0);
    out.write(0);
    byte[] buffer = new byte[1 << 16];
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    return out.toByteArray();
  }

  /** Run-length data of {@code n} spaces (128 bytes for every 2). */
  static byte[] runLengthSpaces(long n) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (long left = n; left > 0; left -= 128) {
      out.write(257 - (int) Math.min(128, Math.max(2, left)));
      out.write(' ');
    }
    out.write(128);
    return out.toByteArray();
  }

  private static final class Writer {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    void header() {
      ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
    }

    int position() {
      return out.size();
    }

    void ascii(String s) {
      out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    int object(int number, String dictionary, byte[] data) {
      return object(number, dictionary, "\n", data);
    }

    int object(int number, String dictionary, String gap, byte[] data) {
      int at = position();
      ascii(number + " 0 obj\n" + dictionary + gap + "stream\n");
      out.writeBytes(data);
      ascii("\nendstream\nendobj\n");
      return at;
    }

    byte[] bytes() {
      return out.toByteArray();
    }
  }
}
