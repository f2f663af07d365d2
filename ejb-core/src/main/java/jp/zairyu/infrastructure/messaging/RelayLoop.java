package jp.zairyu.infrastructure.messaging;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When the outbox relay runs, without the container: at most one drain at a time on the executor;
 * kicks that arrive while it runs are coalesced into one more pass, never lost; a drain takes
 * batches until one comes back smaller than the batch size (the outbox is empty, or the rest is
 * claimed by another server). After a failed batch (broker or database away) kicks only mark work
 * as pending for a pause; the periodic {@link #tick} starts a drain regardless, so work left by a
 * failure or a crash is picked up within a tick.
 */
final class RelayLoop {

  private static final Logger LOG = Logger.getLogger(RelayLoop.class.getName());

  /** One batch in its own transaction; returns how many rows it relayed. */
  @FunctionalInterface
  interface Batch {
    int relay(int max) throws Exception;
  }

  private final Executor executor;
  private final Batch batch;
  private final int batchSize;
  private final long pauseNanos;
  private final LongSupplier nanoTime;

  private final AtomicBoolean requested = new AtomicBoolean();
  private final AtomicBoolean running = new AtomicBoolean();
  private volatile long pausedUntil;
  private volatile boolean paused;
  private volatile boolean failing;

  RelayLoop(Executor executor, Batch batch, int batchSize, long pauseNanos, LongSupplier nanoTime) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size " + batchSize);
    }
    this.executor = executor;
    this.batch = batch;
    this.batchSize = batchSize;
    this.pauseNanos = pauseNanos;
    this.nanoTime = nanoTime;
  }

  /** Rows were committed: drain now, unless the last drain failed a moment ago. */
  void kick() {
    requested.set(true);
    if (paused && nanoTime.getAsLong() - pausedUntil < 0) {
      return;
    }
    start();
  }

  /** The periodic safety net: drain whatever is there, even during a pause. */
  void tick() {
    requested.set(true);
    start();
  }

  boolean failing() {
    return failing;
  }

  private void start() {
    if (!running.compareAndSet(false, true)) {
      return; // the running drain sees the request
    }
    try {
      executor.execute(this::drain);
    } catch (RejectedExecutionException e) {
      running.set(false); // shutting down; the rows stay for the next start
      LOG.log(Level.FINE, "Outbox relay not started", e);
    }
  }

  private void drain() {
    boolean failed = false;
    try {
      while (requested.getAndSet(false)) {
        int relayed;
        do {
          relayed = batch.relay(batchSize);
        } while (relayed >= batchSize);
      }
      paused = false;
      if (failing) {
        LOG.info("Outbox relay sending again");
        failing = false;
      }
    } catch (Exception e) {
      failed = true;
      pausedUntil = nanoTime.getAsLong() + pauseNanos;
      paused = true;
      if (!failing) {
        LOG.log(Level.WARNING, "Outbox relay failed; the rows stay and are retried: " + e, e);
      }
      failing = true;
    } finally {
      running.set(false);
      if (!failed && requested.get()) {
        start(); // kicked after our last look: one more pass
      }
    }
  }
}
