package jp.zairyu.domain.model.attachment;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file whose content passed the checks of its kind: its media type decided by the content, its
 * size, its SHA-256 and, for a photo, its dimensions.
 *
 * @param width pixels, or null for a document
 * @param height pixels, or null for a document
 */
public record CheckedFile(
    String mediaType, long size, String sha256, Integer width, Integer height) {

  public static final String JPEG = "image/jpeg";
  public static final String PDF = "application/pdf";

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
