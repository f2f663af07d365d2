package jp.zairyu.it.chaos;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import jp.zairyu.it.load.LoadClient;
import jp.zairyu.it.load.LoadClient.Receipt;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Submissions in flight from a few client threads: each of {@code count} submissions is retried
 * until the client holds a receipt for it (a failed attempt leaves the client nothing to count on),
 * or the deadline passes.
 */
public final class Load implements AutoCloseable {

  private final LoadClient client = new LoadClient();
  private final ConcurrentLinkedQueue<Receipt> receipts = new ConcurrentLinkedQueue<>();
  private final AtomicInteger failedAttempts = new AtomicInteger();
  private final AtomicInteger tickets = new AtomicInteger();
  private final ExecutorService pool;
  private final List<Future<?>> workers;
  private final String prefix;

  public Load(String prefix, int count, int threads, Duration deadline) {
    this.prefix = prefix;
    this.pool = Executors.newFixedThreadPool(threads);
    long end = System.nanoTime() + deadline.toNanos();
    this.workers =
        java.util.stream.IntStream.range(0, threads)
            .<Future<?>>mapToObj(t -> pool.submit(() -> work(count, end)))
            .toList();
  }

  private void work(int count, long end) {
    int ticket;
    while ((ticket = tickets.getAndIncrement()) < count) {
      String name = prefix + " " + ticket;
      long left = end - System.nanoTime();
      if (left <= 0) {
        return;
      }
      try {
        // retried every 250 ms until the client holds a receipt
        receipts.add(
            Awaitility.await()
                .atMost(Duration.ofNanos(left))
                .pollInSameThread()
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> attempt(name), Optional::isPresent)
                .get());
      } catch (ConditionTimeoutException | IllegalStateException deadlineOrStopped) {
        return;
      }
    }
  }

  private Optional<Receipt> attempt(String name) {
    Optional<Receipt> receipt = client.submit(name);
    if (receipt.isEmpty()) {
      failedAttempts.incrementAndGet();
    }
    return receipt;
  }

  public int received() {
    return receipts.size();
  }

  public int failedAttempts() {
    return failedAttempts.get();
  }

  /** Waits for every worker; returns the receipts the client holds. */
  public List<Receipt> await() throws Exception {
    for (Future<?> worker : workers) {
      worker.get();
    }
    return List.copyOf(receipts);
  }

  /** Waits until the client holds {@code receipts} receipts (or every worker has given up). */
  public void awaitAtLeast(int receipts, Duration timeout) {
    Awaitility.await()
        .atMost(timeout)
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(100))
        .until(() -> received() >= receipts || done());
  }

  private boolean done() {
    return workers.stream().allMatch(Future::isDone);
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
