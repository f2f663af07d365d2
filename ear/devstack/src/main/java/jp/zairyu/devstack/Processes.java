package jp.zairyu.devstack;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Finding and waiting for the operating-system processes the stack starts outside this JVM. */
final class Processes {

  private static final long POLL_INTERVAL_MILLIS = 100;

  private Processes() {}

  /**
   * The live process whose id is the first line of {@code pidFile}, if its command line passes
   * {@code isOurs} (guards against a recycled process id).
   */
  static Optional<ProcessHandle> fromPidFile(Path pidFile, Predicate<String> isOurs) {
    if (!Files.isRegularFile(pidFile)) {
      return Optional.empty();
    }
    try {
      String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
      return ProcessHandle.of(Long.parseLong(firstLine))
          .filter(Processes::isRunning)
          .filter(process -> process.info().commandLine().map(isOurs::test).orElse(false));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * The command prefix that runs a program in a new session, away from the terminal's Ctrl-C:
   * util-linux {@code setsid --wait}; empty where there is no {@code setsid} (macOS).
   */
  static List<String> newSessionCommand() {
    String path = System.getenv().getOrDefault("PATH", "");
    boolean available =
        Arrays.stream(path.split(File.pathSeparator))
            .filter(dir -> !dir.isBlank())
            .anyMatch(dir -> Files.isExecutable(Path.of(dir, "setsid")));
    return available ? List.of("setsid", "--wait") : List.of();
  }

  /** Waits for {@code process} to end; returns whether it did within {@code timeout}. */
  static boolean awaitExit(ProcessHandle process, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (isRunning(process)) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      try {
        Thread.sleep(POLL_INTERVAL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return !isRunning(process);
      }
    }
    return true;
  }

  /**
   * Alive and not a zombie. The servers are not our children (asadmin and pg_ctl start them and
   * exit), so once they end they may linger as zombies until init reaps them, and {@link
   * ProcessHandle#isAlive()} still says yes.
   */
  static boolean isRunning(ProcessHandle process) {
    if (!process.isAlive()) {
      return false;
    }
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
      return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
    } catch (IOException | RuntimeException e) {
      return process.isAlive(); // no /proc (not Linux) or the process just ended
    }
  }

  /**
   * Waits for {@code process} to end, killing it if it has not after {@code grace}; returns whether
   * it ended by itself.
   */
  static boolean awaitExitOrKill(ProcessHandle process, Duration grace) {
    if (awaitExit(process, grace)) {
      return true;
    }
    process.destroyForcibly();
    awaitExit(process, Duration.ofSeconds(10));
    return false;
  }
}
