package jp.zairyu.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Port: which server of a cluster runs a daily job. Every server's timer fires; {@link #claim}
 * answers true on exactly one of them per job and day, so the job's work is done once per cluster.
 */
public interface ScheduledRuns {

  /**
   * Claims {@code job}'s run for {@code day} in the caller's transaction: true if this server is to
   * run it now, false if another server has run it (or runs it now, and then commits). While
   * another server's claim is not committed the call waits for it; if that transaction rolls back
   * (its run failed, its server died), this one claims the run. Requires a transaction.
   */
  boolean claim(String job, LocalDate day, Instant now);
}
