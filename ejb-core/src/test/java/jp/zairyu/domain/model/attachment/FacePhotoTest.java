package jp.zairyu.domain.model.attachment;

import static jp.zairyu.domain.model.attachment.TestFiles.ascii;
import static jp.zairyu.domain.model.attachment.TestFiles.concat;
import static jp.zairyu.domain.model.attachment.TestFiles.jpeg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.Stream;
import jp.zairyu.domain.model.RuleViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FacePhotoTest {

  static Stream<Arguments> accepted() {
    return Stream.of(
        Arguments.of("smallest allowed, exactly 3:4", 450, 600),
        Arguments.of("larger, exactly 3:4", 900, 1200),
        Arguments.of("4.5 % wider than 3:4", 627, 800),
        Arguments.of("4.5 % narrower than 3:4", 573, 800));
  }

  @ParameterizedTest(name = "{0}: {1} × {2}")
  @MethodSource
  void accepted(String what, int width, int height) {
    byte[] photo = jpeg(width, height);

    CheckedFile file = FacePhoto.check(photo);

    assertThat(file.mediaType()).isEqualTo("image/jpeg");
    assertThat(file.width()).isEqualTo(width);
    assertThat(file.height()).isEqualTo(height);
    assertThat(file.size()).isEqualTo(photo.length);
    assertThat(file.sha256()).hasSize(64);
  }

  static Stream<Arguments> refused() {
    byte[] valid = jpeg(600, 800);
    byte[] oversize = new byte[(int) UploadLimits.FACE_PHOTO_BYTES + 1];
    oversize[0] = (byte) 0xFF;
    oversize[1] = (byte) 0xD8;
    oversize[2] = (byte) 0xFF;
    return Stream.of(
        Arguments.of("too small", jpeg(300, 400), "attachment.photo.too-small", "450"),
        Arguments.of("too narrow", jpeg(450, 700), "attachment.photo.aspect", "3 : 4"),
        Arguments.of("square", jpeg(600, 600), "attachment.photo.aspect", "3 : 4"),
        Arguments.of("landscape", jpeg(800, 600), "attachment.photo.aspect", "3 : 4"),
        Arguments.of(
            "PNG renamed .jpg", TestFiles.png(600, 800), "attachment.photo.not-jpeg", "JPEG"),
        Arguments.of("PDF renamed .jpg", TestFiles.pdf(), "attachment.photo.not-jpeg", "JPEG"),
        Arguments.of(
            "text renamed .jpg", ascii("hello, world"), "attachment.photo.not-jpeg", "JPEG"),
        Arguments.of("empty", new byte[0], "attachment.empty", "empty"),
        Arguments.of("oversize", oversize, "attachment.too-large", "too large"),
        Arguments.of(
            "JPEG with a ZIP appended",
            concat(valid, TestFiles.zip()),
            "attachment.photo.hidden-data",
            "other than the image"),
        Arguments.of(
            "JPEG with text after EOI",
            concat(valid, ascii("<?php echo 1; ?>")),
            "attachment.photo.hidden-data",
            "other than the image"),
        Arguments.of(
            "JPEG with a ZIP in a comment",
            TestFiles.withComment(valid, TestFiles.zip()),
            "attachment.photo.hidden-data",
            "other than the image"),
        Arguments.of(
            "JPEG with HTML in a comment",
            TestFiles.withComment(valid, ascii("<HTML><body>x</body></HTML>")),
            "attachment.photo.hidden-data",
            "other than the image"),
        Arguments.of(
            "20000 × 20000 in the header",
            TestFiles.withHeaderDimensions(valid, 20000, 20000),
            "attachment.photo.huge",
            "too large"),
        Arguments.of(
            "7500 × 10000 in the header (75 megapixels)",
            TestFiles.withHeaderDimensions(valid, 7500, 10000),
            "attachment.photo.huge",
            "too large"),
        Arguments.of(
            "truncated",
            Arrays.copyOf(valid, valid.length / 2),
            "attachment.photo.damaged",
            "damaged"),
        Arguments.of(
            "only the magic bytes",
            new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9},
            "attachment.photo.damaged",
            "damaged"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void refused(String what, byte[] content, String code, String english) {
    assertThatThrownBy(() -> FacePhoto.check(content))
        .isInstanceOfSatisfying(
            RuleViolation.class,
            v -> {
              assertThat(v.code()).isEqualTo(code);
              assertThat(v.messageEn()).containsIgnoringCase(english);
              assertThat(v.messageJa()).isNotBlank();
            });
  }

  @ParameterizedTest(name = "too large says so: {0}")
  @MethodSource("sizes")
  void theSizeErrorSaysTheFileIsTooLarge(String what, long limit) {
    RuleViolation v = UploadLimits.tooLarge(limit);
    assertThat(v.messageJa()).contains("ファイルが大きすぎます");
    assertThat(v.messageEn()).contains("The file is too large");
  }

  static Stream<Arguments> sizes() {
    return Stream.of(
        Arguments.of("photo", UploadLimits.FACE_PHOTO_BYTES),
        Arguments.of("document", UploadLimits.TOTAL_BYTES));
  }
}
