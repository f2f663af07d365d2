package jp.zairyu.domain.model.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import jp.zairyu.domain.model.RuleViolation;

/**
 * The face photo rule (ours): a JPEG by content, at least 450 × 600 px (width × height), at most 2
 * MB, proportions within 5 % of 3 : 4. The file is walked marker by marker first: it must end with
 * its end-of-image marker (nothing appended, such as a ZIP) and its metadata segments may not hide
 * an archive, a PDF or markup. The dimensions are read from the frame header and checked before a
 * single pixel is decoded; decoding is subsampled so that memory stays small, and runs only with
 * one of a bounded number of {@link DecodingPermits}, so that many uploads at once cannot exhaust
 * memory.
 */
public final class FacePhoto {

  public static final int MIN_WIDTH = 450;
  public static final int MIN_HEIGHT = 600;

  /** Longest side accepted at all; a bigger header is refused before decoding. */
  public static final int MAX_SIDE = 10_000;

  /** Pixels accepted at all (a progressive JPEG keeps all its coefficients while decoding). */
  public static final long MAX_PIXELS = 40_000_000L;

  static final double ASPECT = 3.0 / 4.0;
  static final double ASPECT_TOLERANCE = 0.05;
  private static final int DECODE_LONGEST_SIDE = 1000;

  /** For checks outside an upload (tests, tools): as many decodings at once as callers. */
  private static final DecodingPermits UNBOUNDED =
      new DecodingPermits(Integer.MAX_VALUE, java.time.Duration.ZERO);

  /** Byte strings that have no business in a photo's metadata (archives, documents, markup). */
  private static final List<byte[]> HIDDEN_PAYLOADS =
      List.of(
          new byte[] {'P', 'K', 3, 4},
          new byte[] {'P', 'K', 1, 2},
          new byte[] {'P', 'K', 5, 6},
          ascii("%pdf-"),
          ascii("<script"),
          ascii("<html"),
          ascii("<?php"),
          ascii("<svg"));

  private FacePhoto() {}

  /**
   * Checks a face photo by its content.
   *
   * @return its media type, size, hash and dimensions
   * @throws RuleViolation with a bilingual message if the file is refused
   */
  public static CheckedFile check(byte[] content) {
    return check(content, UNBOUNDED);
  }

  /**
   * Checks a face photo by its content, decoding it only with a permit: at most {@code
   * permits.size()} photos are decoded at once, however many are uploaded together.
   *
   * @return its media type, size, hash and dimensions
   * @throws RuleViolation with a bilingual message if the file is refused, or if no permit was free
   *     in time ("busy")
   */
  public static CheckedFile check(byte[] content, DecodingPermits permits) {
    if (content.length == 0) {
      throw empty();
    }
    if (content.length > UploadLimits.FACE_PHOTO_BYTES) {
      throw UploadLimits.tooLarge(UploadLimits.FACE_PHOTO_BYTES);
    }
    if (content.length < 4
        || (content[0] & 0xff) != 0xFF
        || (content[1] & 0xff) != 0xD8
        || (content[2] & 0xff) != 0xFF) {
      throw new RuleViolation(
          "attachment.photo.not-jpeg",
          "顔写真はJPEG形式の画像にしてください（ファイルの内容がJPEGではありません）。",
          "The face photo must be a JPEG image (the file's content is not JPEG).");
    }
    walkSegments(content);
    ImageReader reader = ImageIO.getImageReadersByFormatName("jpeg").next();
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
      reader.setInput(in, true, true);
      int width = reader.getWidth(0);
      int height = reader.getHeight(0);
      checkDimensions(width, height);
      ImageReadParam param = reader.getDefaultReadParam();
      int step =
          Math.max(1, (Math.max(width, height) + DECODE_LONGEST_SIDE - 1) / DECODE_LONGEST_SIDE);
      param.setSourceSubsampling(step, step, 0, 0);
      permits.decode(
          () -> {
            try {
              return reader.read(0, param);
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });
      return new CheckedFile(
          CheckedFile.JPEG, content.length, CheckedFile.sha256(content), width, height);
    } catch (IOException | RuntimeException e) {
      if (e instanceof RuleViolation violation) {
        throw violation;
      }
      throw damaged();
    } finally {
      reader.dispose();
    }
  }

  /** The size and proportion rules, from the dimensions in the header. */
  static void checkDimensions(int width, int height) {
    if (width <= 0 || height <= 0) {
      throw damaged();
    }
    if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
      throw new RuleViolation(
          "attachment.photo.huge",
          "画像の縦横が大きすぎます（1辺" + MAX_SIDE + "ピクセル、合計4000万画素まで。この画像は横" + width + "×縦" + height + "）。",
          "The image's dimensions are too large (at most "
              + MAX_SIDE
              + " pixels a side and 40 megapixels; this one is "
              + width
              + " × "
              + height
              + ").");
    }
    if (width < MIN_WIDTH || height < MIN_HEIGHT) {
      throw new RuleViolation(
          "attachment.photo.too-small",
          "顔写真は横"
              + MIN_WIDTH
              + "×縦"
              + MIN_HEIGHT
              + "ピクセル以上にしてください（この写真は横"
              + width
              + "×縦"
              + height
              + "）。",
          "The face photo must be at least "
              + MIN_WIDTH
              + " × "
              + MIN_HEIGHT
              + " pixels (width × height); this one is "
              + width
              + " × "
              + height
              + ".");
    }
    double deviation = Math.abs(((double) width / height) / ASPECT - 1.0);
    if (deviation > ASPECT_TOLERANCE) {
      throw new RuleViolation(
          "attachment.photo.aspect",
          "顔写真の縦横比は横3：縦4にしてください（誤差5%まで。この写真は横" + width + "×縦" + height + "）。",
          "The face photo must have the proportions 3 : 4 (width : height) within 5 %; this one is "
              + width
              + " × "
              + height
              + ".");
    }
  }

  /**
   * Walks the JPEG from its start-of-image marker to its end-of-image marker, segment by segment
   * and through the entropy-coded data of every scan. Refuses a file that does not end there or
   * whose metadata segments carry another file.
   */
  static void walkSegments(byte[] b) {
    int n = b.length;
    int i = 2;
    boolean frame = false;
    boolean scan = false;
    while (true) {
      if (i >= n || (b[i] & 0xff) != 0xFF) {
        throw damaged();
      }
      while (i < n && (b[i] & 0xff) == 0xFF) {
        i++; // fill bytes before a marker
      }
      if (i >= n) {
        throw damaged();
      }
      int marker = b[i++] & 0xff;
      if (marker == 0xD9) {
        break;
      }
      if (marker == 0xD8 || marker == 0x00) {
        throw damaged();
      }
      if ((marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
        continue; // markers without a segment
      }
      if (i + 2 > n) {
        throw damaged();
      }
      int length = ((b[i] & 0xff) << 8) | (b[i + 1] & 0xff);
      if (length < 2 || i + length > n) {
        throw damaged();
      }
      if ((marker >= 0xE0 && marker <= 0xEF) || marker == 0xFE) {
        if (hides(b, i + 2, i + length)) {
          throw polyglot();
        }
      }
      if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
        frame = true;
      }
      i += length;
      if (marker == 0xDA) {
        scan = true;
        while (true) {
          if (i + 1 >= n) {
            throw damaged(); // the scan runs to the end of the file: truncated
          }
          if ((b[i] & 0xff) == 0xFF) {
            int next = b[i + 1] & 0xff;
            if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
              i += 2;
              continue;
            }
            if (next == 0xFF) {
              i++;
              continue;
            }
            break; // a marker: back to the segments
          }
          i++;
        }
      }
    }
    if (!frame || !scan) {
      throw damaged();
    }
    if (i != n) {
      throw polyglot();
    }
  }

  private static boolean hides(byte[] b, int from, int to) {
    for (byte[] needle : HIDDEN_PAYLOADS) {
      outer:
      for (int i = from; i <= to - needle.length; i++) {
        for (int j = 0; j < needle.length; j++) {
          byte c = b[i + j];
          if (c >= 'A' && c <= 'Z' && needle[j] >= 'a' && needle[j] <= 'z') {
            c = (byte) (c + 32);
          }
          if (c != needle[j]) {
            continue outer;
          }
        }
        return true;
      }
    }
    return false;
  }

  private static byte[] ascii(String s) {
    return s.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
  }

  static RuleViolation empty() {
    return new RuleViolation("attachment.empty", "ファイルが空です。", "The file is empty.");
  }

  private static RuleViolation damaged() {
    return new RuleViolation(
        "attachment.photo.damaged",
        "顔写真のファイルが壊れているか、読み取れない形式のJPEGです。",
        "The face photo file is damaged or a kind of JPEG that cannot be read.");
  }

  private static RuleViolation polyglot() {
    return new RuleViolation(
        "attachment.photo.hidden-data",
        "顔写真のファイルに画像以外のデータが含まれているため、受け付けられません。",
        "The face photo file contains data other than the image and cannot be accepted.");
  }
}
