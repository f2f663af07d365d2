package jp.zairyu.it.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Processor time of the stack's processes (PostgreSQL with its backends; the others alone: the
 * launcher's children are the other processes, counted under their own names), read from {@code
 * /proc/<pid>/stat} (user + system, in clock ticks of 10 ms), so that a benchmark can say where a
 * submission's time went, process by process.
 */
public final class ProcessCpu {

  /** Linux's USER_HZ: {@code getconf CLK_TCK} is 100 on every architecture Debian ships. */
  private static final double SECONDS_PER_TICK = 0.01;

  private final Map<String, Double> seconds;

  private ProcessCpu(Map<String, Double> seconds) {
    this.seconds = seconds;
  }

  /** The processor seconds used so far by each of {@code processes} (by role) and this JVM. */
  public static ProcessCpu now(Map<String, ProcessHandle> processes) {
    var seconds = new LinkedHashMap<String, Double>();
    processes.forEach(
        (role, process) -> seconds.put(role, cpuSeconds(process, role.startsWith("PostgreSQL"))));
    return new ProcessCpu(seconds);
  }

  /**
   * Milliseconds of processor per submission since {@code before}, by role, and the total, e.g.
   * {@code "Payara 6.1 ms, PostgreSQL 4.4 ms, … = 15.2 ms of CPU per submission"}.
   */
  public String perSubmissionSince(ProcessCpu before, int submissions) {
    var parts = new StringBuilder();
    double total = 0;
    for (var entry : seconds.entrySet()) {
      Double then = before.seconds.get(entry.getKey());
      if (then == null) {
        continue; // started meanwhile: not comparable
      }
      double ms = (entry.getValue() - then) * 1000 / submissions;
      total += ms;
      parts.append(String.format("%s %.1f ms, ", entry.getKey(), ms));
    }
    return parts + String.format("= %.1f ms of CPU per submission", total);
  }

  private static double cpuSeconds(ProcessHandle process, boolean withDescendants) {
    return Stream.concat(
                Stream.of(process), withDescendants ? process.descendants() : Stream.empty())
            .mapToLong(ProcessCpu::ticks)
            .sum()
        * SECONDS_PER_TICK;
  }

  private static long ticks(ProcessHandle process) {
    try {
      String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
      // the fields after the command name, which is in parentheses and may hold spaces
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
    } catch (IOException | RuntimeException ended) {
      return 0;
    }
  }
}
