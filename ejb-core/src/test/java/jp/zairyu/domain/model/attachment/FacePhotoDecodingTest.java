package jp.zairyu.domain.model.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import jp.zairyu.domain.model.RuleViolation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Many uploads of a big photo at once (issue 15): decoding is bounded by the permits, however many
 * threads check at the same time, and an upload that cannot get a permit in time is refused with a
 * clear "busy" message instead of running the server out of memory.
 */
class FacePhotoDecodingTest {

  private static byte[] big;

  @BeforeAll
  static void makeABigPhoto() throws IOException {
    // 5,400 × 7,200: 38.9 megapixels (the most is 40) in about 1.5 MB (the most is 2 MB)
    BufferedImage image = new BufferedImage(5400, 7200, BufferedImage.TYPE_3BYTE_BGR);
    byte[] pixels = ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData();
    java.util.Random random = new java.util.Random(15);
    for (int i = 0; i < pixels.length; i += 3) {
      int x = (i / 3) % 5400;
      int y = (i / 3) / 5400;
      pixels[i] = (byte) (x / 22 + random.nextInt(20));
      pixels[i + 1] = (byte) (y / 29 + random.nextInt(6));
      pixels[i + 2] = (byte) ((x + y) / 50);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpg", out);
    big = out.toByteArray();
  }

  @Test
  void thePhotoIsAsBigAsAllowed() {
    assertThat(big.length)
        .isGreaterThan(1024 * 1024)
        .isLessThan((int) UploadLimits.FACE_PHOTO_BYTES);
    assertThat(FacePhoto.check(big).width()).isEqualTo(5400);
  }

  @Test
  void sixteenUploadsAtOnceDecodeTwoAtATime() throws Exception {
    assertThat(peakOfSixteenAtOnce(2)).isBetween(1, 2);
  }

  @Test
  void withoutTheBoundTheSameSixteenDecodeTogether() throws Exception {
    // what the permits prevent: each of these decodings holds megabytes while it runs
    assertThat(peakOfSixteenAtOnce(16)).isGreaterThan(2);
  }

  private static int peakOfSixteenAtOnce(int size) throws Exception {
    DecodingPermits permits = new DecodingPermits(size, Duration.ofMinutes(2));
    ExecutorService pool = Executors.newFixedThreadPool(16);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<CheckedFile>> checks = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        checks.add(
            pool.submit(
                () -> {
                  start.await();
                  return FacePhoto.check(big, permits);
                }));
      }
      start.countDown();
      for (Future<CheckedFile> check : checks) {
        assertThat(check.get(3, TimeUnit.MINUTES).height()).isEqualTo(7200);
      }
    } finally {
      pool.shutdownNow();
    }
    return permits.peak();
  }

  @Test
  void anUploadThatFindsNoPermitInTimeIsToldTheServerIsBusy() throws Exception {
    DecodingPermits permits = new DecodingPermits(1, Duration.ofMillis(200));
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread other =
        new Thread(
            () ->
                permits.decode(
                    () -> {
                      holding.countDown();
                      try {
                        release.await();
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                      return null;
                    }));
    other.start();
    try {
      holding.await();
      assertThatThrownBy(() -> FacePhoto.check(big, permits))
          .isInstanceOfSatisfying(
              RuleViolation.class,
              v -> {
                assertThat(v.code()).isEqualTo("attachment.busy");
                assertThat(v.messageJa()).contains("混み合って");
                assertThat(v.messageEn()).contains("busy");
              });
    } finally {
      release.countDown();
      other.join();
    }
    // with the permit back, the same photo passes
    assertThat(FacePhoto.check(big, permits).width()).isEqualTo(5400);
  }

  @Test
  void oneDecodingOfTheBiggestPhotoCostsAFewMegabytesOfHeap() {
    FacePhoto.check(big); // warm
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(id);
    FacePhoto.check(big);
    long allocated = threads.getThreadAllocatedBytes(id) - before;
    System.out.printf(
        "heap allocated checking a %,d-byte 5400 × 7200 photo: %,d bytes%n", big.length, allocated);
    assertThat(allocated).isLessThan(32L * 1024 * 1024);
  }
}
