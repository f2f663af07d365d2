package jp.zairyu.devstack;

import java.time.Duration;
import java.util.Locale;

/** Elapsed-time formatting for progress messages. */
final class Timing {

  private final long startNanos = System.nanoTime();

  static Timing start() {
    return new Timing();
  }

  Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%.1f s", elapsed().toMillis() / 1000.0);
  }
}
