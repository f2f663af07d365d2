package jp.zairyu.domain.model.attachment;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import jp.zairyu.domain.model.RuleViolation;

/**
 * How many images may be decoded at once, and how long an upload waits for its turn: decoding the
 * largest allowed photo takes megabytes of heap and of native memory, so parallel uploads queue
 * here instead of exhausting memory. An upload that has waited too long is refused with a "busy,
 * try again" message; nothing of it is stored.
 */
public final class DecodingPermits {

  private final Semaphore permits;
  private final int size;
  private final Duration wait;
  private final AtomicInteger inUse = new AtomicInteger();
  private final AtomicInteger peak = new AtomicInteger();

  /**
   * @param size how many decodings may run at once (at least 1)
   * @param wait how long a decoding waits for a permit before the upload is refused
   */
  public DecodingPermits(int size, Duration wait) {
    if (size < 1 || wait.isNegative()) {
      throw new IllegalArgumentException("permits " + size + ", wait " + wait);
    }
    this.size = size;
    this.permits = new Semaphore(size, true);
    this.wait = wait;
  }

  /** Runs a decoding once a permit is free. */
  <T> T decode(Supplier<T> decoding) {
    boolean acquired;
    try {
      acquired = permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw busy();
    }
    if (!acquired) {
      throw busy();
    }
    try {
      peak.accumulateAndGet(inUse.incrementAndGet(), Math::max);
      return decoding.get();
    } finally {
      inUse.decrementAndGet();
      permits.release();
    }
  }

  public int size() {
    return size;
  }

  /** The most decodings that ran at the same time so far. */
  public int peak() {
    return peak.get();
  }

  static RuleViolation busy() {
    return new RuleViolation(
        "attachment.busy",
        "ただいま混み合っているため、ファイルを確認できませんでした。しばらくしてからもう一度アップロードしてください。",
        "The server is busy and could not check the file. Please upload it again in a moment.");
  }
}
