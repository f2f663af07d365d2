package jp.zairyu.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One launcher per state directory. The claim is an operating-system file lock on {@value
 * #LOCK_FILE}, so it ends with the launcher process however that ends (Ctrl-C, crash, kill -9); the
 * file also records the launcher's process id for {@code DevStack stop}.
 */
final class StateDirectory implements Stoppable {

  private static final String LOCK_FILE = "devstack.lock";

  private final Path dir;
  private final FileChannel channel;
  private final FileLock lock;

  private StateDirectory(Path dir, FileChannel channel, FileLock lock) {
    this.dir = dir;
    this.channel = channel;
    this.lock = lock;
  }

  /** Claims {@code dir} for this process or fails naming the launcher that holds it. */
  static StateDirectory claim(Path dir) {
    return tryClaim(dir)
        .orElseThrow(
            () ->
                new StackException(
                    "Another launcher (pid "
                        + holderPid(dir).map(String::valueOf).orElse("?")
                        + ") is using "
                        + dir
                        + ". Stop it first: Ctrl-C in its terminal, or DevStack stop."));
  }

  /** The live launcher process holding {@code dir}, if any. */
  static Optional<ProcessHandle> holder(Path dir) {
    Optional<StateDirectory> claim = tryClaim(dir);
    if (claim.isPresent()) {
      claim.get().stop();
      return Optional.empty();
    }
    return holderPid(dir).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
  }

  private static Optional<StateDirectory> tryClaim(Path dir) {
    try {
      Files.createDirectories(dir);
      FileChannel channel =
          FileChannel.open(
              dir.resolve(LOCK_FILE),
              StandardOpenOption.CREATE,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // held by this JVM
      }
      if (lock == null) {
        channel.close();
        return Optional.empty();
      }
      channel.truncate(0);
      channel.write(
          ByteBuffer.wrap(
              Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)));
      channel.force(false);
      return Optional.of(new StateDirectory(dir, channel, lock));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot lock state directory " + dir, e);
    }
  }

  private static Optional<Long> holderPid(Path dir) {
    try {
      return Optional.of(Long.parseLong(Files.readString(dir.resolve(LOCK_FILE)).trim()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Deletes everything in the directory except the lock file. */
  void wipe() {
    try (Stream<Path> children = Files.list(dir)) {
      for (Path child :
          children.filter(p -> !p.getFileName().toString().equals(LOCK_FILE)).toList()) {
        deleteRecursively(child);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot wipe " + dir, e);
    }
  }

  private static void deleteRecursively(Path path) throws IOException {
    try (Stream<Path> tree = Files.walk(path)) {
      for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Releases the claim. */
  @Override
  public void stop() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
