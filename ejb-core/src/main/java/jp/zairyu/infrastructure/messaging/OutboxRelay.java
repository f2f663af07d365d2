package jp.zairyu.infrastructure.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;

/**
 * Sends what the outbox holds. Kicked after every commit that wrote outbox rows ({@link
 * OutboxApplicationEvents}) and every second by {@link OutboxRelayTimer} (rows left by a failure or
 * a crash, rows of another server that died). One drain at a time per server, on the default
 * managed executor; each batch of up to {@value #BATCH_SIZE} rows is one XA transaction ({@link
 * OutboxBatch}). Several servers drain the same table safely: a row is claimed with {@code FOR
 * UPDATE SKIP LOCKED}.
 */
@ApplicationScoped
public class OutboxRelay {

  /** Rows per relay transaction at most. */
  public static final int BATCH_SIZE = 200;

  @Resource private ManagedExecutorService executor;

  @EJB private OutboxBatch batch;

  private RelayLoop loop;

  @PostConstruct
  void init() {
    loop =
        new RelayLoop(
            executor,
            max -> batch.relay(max),
            BATCH_SIZE,
            TimeUnit.SECONDS.toNanos(1),
            System::nanoTime);
  }

  /** After a commit that wrote outbox rows. Cheap: never blocks, never throws. */
  public void kick() {
    loop.kick();
  }

  /** The periodic pass. */
  public void tick() {
    loop.tick();
  }

  /** Whether the last batch failed (the broker or the database is away). */
  public boolean failing() {
    return loop.failing();
  }
}
