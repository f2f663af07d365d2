package jp.zairyu.it.chaos;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import jp.zairyu.it.load.LoadClient;
import jp.zairyu.it.load.LoadClient.Receipt;

/**
 * Submissions in flight from a few client threads: each of {@code count} submissions is retried
 * until the client holds a receipt for it (a failed attempt leaves the client nothing to count on),
 * or the deadline passes.
 */
final class Load implements AutoCloseable {

  private final LoadClient client = new LoadClient();
  private final ConcurrentLinkedQueue<Receipt> receipts = new ConcurrentLinkedQueue<>();
  private final AtomicInteger failedAttempts = new AtomicInteger();
  private final AtomicInteger tickets = new AtomicInteger();
  private final ExecutorService pool;
  private final List<Future<?>> workers;
  private final String prefix;

  Load(String prefix, int count, int threads, Duration deadline) {
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
      while (true) {
        if (System.nanoTime() > end) {
          return;
        }
        var receipt = client.submit(name);
        if (receipt.isPresent()) {
          receipts.add(receipt.get());
          break;
        }
        failedAttempts.incrementAndGet();
        try {
          Thread.sleep(250);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  int received() {
    return receipts.size();
  }

  int failedAttempts() {
    return failedAttempts.get();
  }

  /** Waits for every worker; returns the receipts the client holds. */
  List<Receipt> await() throws Exception {
    for (Future<?> worker : workers) {
      worker.get();
    }
    return List.copyOf(receipts);
  }

  void awaitAtLeast(int receipts, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (received() < receipts && System.nanoTime() < end && !done()) {
      Thread.sleep(100);
    }
  }

  private boolean done() {
    return workers.stream().allMatch(Future::isDone);
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
