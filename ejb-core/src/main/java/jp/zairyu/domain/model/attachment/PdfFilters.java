package jp.zairyu.domain.model.attachment;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.filter.FlateFilterDecoderStream;

/**
 * The PDF filters that compress or encode data, as streams that decode while they are read: a chain
 * of them is read through a small buffer, so that what a stream decodes to can be counted without
 * ever holding it. They decode as PDFBox and the common readers do (FlateDecode without the zlib
 * check, LZW with its early change, run length, hexadecimal, ASCII base-85); predictors are left
 * out, since they never make data bigger.
 */
final class PdfFilters {

  /** How a filter of a stream's chain is treated when its size is measured. */
  enum Kind {
    /** Makes data smaller when encoding, so may make it much bigger when decoding. */
    COMPRESSION,
    /** Text encodings: decoding makes data smaller. */
    ENCODING,
    /** Image codecs: the end of what is measured (their size follows from the image's header). */
    IMAGE,
    /** Decryption: the size stays. */
    CRYPT
  }

  private PdfFilters() {}

  /** The kind of a filter by its name (full or abbreviated), or null for an unknown one. */
  static Kind kind(String name) {
    return switch (name) {
      case "FlateDecode", "Fl", "LZWDecode", "LZW", "RunLengthDecode", "RL" -> Kind.COMPRESSION;
      case "ASCIIHexDecode", "AHx", "ASCII85Decode", "A85" -> Kind.ENCODING;
      case "DCTDecode", "DCT", "JPXDecode", "JBIG2Decode", "CCITTFaxDecode", "CCF" -> Kind.IMAGE;
      case "Crypt" -> Kind.CRYPT;
      default -> null;
    };
  }

  /** The decoding stream of a compression or encoding filter over {@code in}. */
  static InputStream decoding(String name, InputStream in) throws IOException {
    return switch (name) {
      case "FlateDecode", "Fl" -> new FlateFilterDecoderStream(in);
      case "LZWDecode", "LZW" -> new Lzw(in);
      case "RunLengthDecode", "RL" -> new RunLength(in);
      case "ASCIIHexDecode", "AHx" -> new AsciiHex(in);
      case "ASCII85Decode", "A85" -> new Ascii85(in);
      default -> in;
    };
  }

  /** A stream of single bytes with a bulk read on top. */
  private abstract static class Decoder extends InputStream {
    final InputStream in;

    Decoder(InputStream in) {
      this.in = in;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      int n = 0;
      while (n < len) {
        int c = read();
        if (c < 0) {
          return n == 0 ? -1 : n;
        }
        b[off + n++] = (byte) c;
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** LZWDecode: codes of 9 to 12 bits, 256 clears the table, 257 ends the data. */
  static final class Lzw extends Decoder {
    private static final int CLEAR = 256;
    private static final int EOD = 257;
    private static final int TABLE = 4096;

    private final int[] prefix = new int[TABLE];
    private final byte[] suffix = new byte[TABLE];
    private final int[] length = new int[TABLE];
    private final byte[] string = new byte[TABLE];
    private int stringStart = TABLE;
    private int next = 258;
    private int previous = -1;
    private int bits;
    private int bitCount;
    private boolean done;

    Lzw(InputStream in) {
      super(in);
      for (int i = 0; i < 256; i++) {
        suffix[i] = (byte) i;
        length[i] = 1;
        prefix[i] = -1;
      }
    }

    @Override
    public int read() throws IOException {
      while (stringStart == TABLE) {
        if (done || !decodeNext()) {
          done = true;
          return -1;
        }
      }
      return string[stringStart++] & 0xff;
    }

    private int codeLength() {
      // early change (the default): the code grows one code earlier
      if (next >= 2047) {
        return 12;
      }
      if (next >= 1023) {
        return 11;
      }
      if (next >= 511) {
        return 10;
      }
      return 9;
    }

    private int code(int width) throws IOException {
      while (bitCount < width) {
        int c = in.read();
        if (c < 0) {
          return -1;
        }
        bits = (bits << 8) | c;
        bitCount += 8;
      }
      int code = (bits >>> (bitCount - width)) & ((1 << width) - 1);
      bitCount -= width;
      bits &= (1 << bitCount) - 1;
      return code;
    }

    private boolean decodeNext() throws IOException {
      int code = code(codeLength());
      if (code < 0 || code == EOD) {
        return false;
      }
      if (code == CLEAR) {
        next = 258;
        previous = -1;
        return true;
      }
      if (previous < 0) {
        if (code > 255) {
          return false;
        }
        emit(code);
        previous = code;
        return true;
      }
      if (code < next && code != CLEAR && code != EOD) {
        emit(code);
        add(previous, string[stringStart]);
      } else if (code == next) {
        emit(previous);
        byte first = string[stringStart];
        // the string of the previous code and its own first byte
        stringStart--;
        System.arraycopy(string, stringStart + 1, string, stringStart, TABLE - 1 - stringStart);
        string[TABLE - 1] = first;
        add(previous, first);
      } else {
        return false;
      }
      previous = code;
      return true;
    }

    private void emit(int code) {
      int n = length[code];
      stringStart = TABLE - n;
      int c = code;
      for (int i = TABLE - 1; i >= stringStart; i--) {
        string[i] = suffix[c];
        c = prefix[c];
      }
    }

    private void add(int prefixCode, byte last) {
      if (next < TABLE && length[prefixCode] < TABLE - 1) {
        prefix[next] = prefixCode;
        suffix[next] = last;
        length[next] = length[prefixCode] + 1;
        next++;
      }
    }
  }

  /** RunLengthDecode: a length byte, then that many bytes plus one, or one byte repeated. */
  static final class RunLength extends Decoder {
    private int literal;
    private int repeat;
    private int value;
    private boolean done;

    RunLength(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      while (true) {
        if (literal > 0) {
          literal--;
          int c = in.read();
          if (c < 0) {
            done = true;
            literal = 0;
          }
          return c;
        }
        if (repeat > 0) {
          repeat--;
          return value;
        }
        if (done) {
          return -1;
        }
        int n = in.read();
        if (n < 0 || n == 128) {
          done = true;
          return -1;
        }
        if (n < 128) {
          literal = n + 1;
        } else {
          value = in.read();
          if (value < 0) {
            done = true;
            return -1;
          }
          repeat = 257 - n;
        }
      }
    }
  }

  /** ASCIIHexDecode: two hexadecimal digits a byte, {@code >} ends the data. */
  static final class AsciiHex extends Decoder {
    private boolean done;

    AsciiHex(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      if (done) {
        return -1;
      }
      int high = digit();
      if (high < 0) {
        done = true;
        return -1;
      }
      int low = digit();
      if (low < 0) {
        done = true;
        return high << 4;
      }
      return (high << 4) | low;
    }

    private int digit() throws IOException {
      while (true) {
        int c = in.read();
        if (c < 0 || c == '>') {
          return -1;
        }
        int d = Character.digit(c, 16);
        if (d >= 0) {
          return d;
        }
        // whitespace (and anything invalid) is skipped, as readers do
      }
    }
  }

  /** ASCII85Decode: five characters make four bytes, {@code z} four zeros, {@code ~>} the end. */
  static final class Ascii85 extends Decoder {
    private final byte[] group = new byte[4];
    private int position;
    private int available;
    private boolean done;

    Ascii85(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      if (position == available) {
        if (done || !fill()) {
          done = true;
          return -1;
        }
      }
      return group[position++] & 0xff;
    }

    private boolean fill() throws IOException {
      position = 0;
      available = 0;
      long value = 0;
      int count = 0;
      while (count < 5) {
        int c = in.read();
        if (c < 0 || c == '~') {
          done = true;
          break;
        }
        if (c == 'z' && count == 0) {
          java.util.Arrays.fill(group, (byte) 0);
          available = 4;
          return true;
        }
        if (c < '!' || c > 'u') {
          continue; // whitespace and anything invalid
        }
        value = value * 85 + (c - '!');
        count++;
      }
      if (count < 2) {
        return false;
      }
      for (int i = count; i < 5; i++) {
        value = value * 85 + 84;
      }
      int bytes = count - 1;
      for (int i = 3; i >= 0; i--) {
        group[i] = (byte) value;
        value >>>= 8;
      }
      available = bytes;
      return true;
    }
  }
}
