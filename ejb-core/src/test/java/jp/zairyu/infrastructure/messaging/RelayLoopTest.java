package jp.zairyu.infrastructure.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** When the relay drains, with a hand-driven executor and clock. */
class RelayLoopTest {

  /** Runs submitted drains only when told to. */
  static final class ManualExecutor implements Executor {
    final Queue<Runnable> tasks = new ArrayDeque<>();
    boolean rejecting;

    @Override
    public void execute(Runnable task) {
      if (rejecting) {
        throw new RejectedExecutionException("shut down");
      }
      tasks.add(task);
    }

    void runAll() {
      Runnable task;
      while ((task = tasks.poll()) != null) {
        task.run();
      }
    }
  }

  /** An outbox of {@code rows} rows; each batch takes up to max of them. */
  static final class FakeOutbox implements RelayLoop.Batch {
    int rows;
    final List<Integer> batches = new ArrayList<>();
    int failuresLeft;
    Runnable duringBatch = () -> {};

    @Override
    public int relay(int max) throws Exception {
      duringBatch.run();
      if (failuresLeft > 0) {
        failuresLeft--;
        batches.add(-1);
        throw new Exception("broker away");
      }
      int taken = Math.min(max, rows);
      rows -= taken;
      batches.add(taken);
      return taken;
    }
  }

  final ManualExecutor executor = new ManualExecutor();
  final FakeOutbox outbox = new FakeOutbox();
  final AtomicLong now = new AtomicLong(1_000);
  final RelayLoop loop = new RelayLoop(executor, outbox, 200, 1_000_000_000L, now::get);

  @Test
  void aKickDrainsInBatchesUntilOneComesBackShort() {
    outbox.rows = 450;

    loop.kick();
    executor.runAll();

    assertThat(outbox.batches).containsExactly(200, 200, 50);
    assertThat(outbox.rows).isZero();
  }

  @Test
  void exactlyAFullBatchNeedsOneEmptyLookToKnowItIsDone() {
    outbox.rows = 200;

    loop.kick();
    executor.runAll();

    assertThat(outbox.batches).containsExactly(200, 0);
  }

  @Test
  void kicksWhileADrainIsQueuedAreCoalesced() {
    outbox.rows = 3;

    loop.kick();
    loop.kick();
    loop.kick();
    assertThat(executor.tasks).hasSize(1);
    executor.runAll();

    assertThat(outbox.batches).containsExactly(3);
  }

  @Test
  void aKickDuringABatchIsNotLost() {
    outbox.rows = 1;
    outbox.duringBatch =
        () -> {
          if (outbox.batches.isEmpty()) {
            outbox.rows++; // another commit lands while the first batch runs…
            loop.kick(); // …and its kick finds the drain running
          }
        };

    loop.kick();
    executor.runAll();

    assertThat(outbox.batches).containsExactly(2, 0);
    assertThat(outbox.rows).isZero();
  }

  @Test
  void afterAFailureKicksWaitForThePauseButTheTickRetries() {
    outbox.rows = 5;
    outbox.failuresLeft = 1;

    loop.kick();
    executor.runAll();
    assertThat(outbox.batches).containsExactly(-1);
    assertThat(loop.failing()).isTrue();

    loop.kick(); // within the pause: nothing started, the rows stay
    assertThat(executor.tasks).isEmpty();

    loop.tick(); // the periodic pass tries anyway
    executor.runAll();
    assertThat(outbox.batches).containsExactly(-1, 5);
    assertThat(loop.failing()).isFalse();
    assertThat(outbox.rows).isZero();
  }

  @Test
  void afterThePauseAKickDrainsAgain() {
    outbox.rows = 5;
    outbox.failuresLeft = 1;
    loop.kick();
    executor.runAll();

    now.addAndGet(1_000_000_001L);
    loop.kick();
    executor.runAll();

    assertThat(outbox.batches).containsExactly(-1, 5);
  }

  @Test
  void aRejectedStartLeavesTheLoopStartableLater() {
    outbox.rows = 5;
    executor.rejecting = true;
    loop.kick();

    executor.rejecting = false;
    loop.tick();
    executor.runAll();

    assertThat(outbox.batches).containsExactly(5);
  }
}
