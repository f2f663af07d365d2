package jp.zairyu.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Payara Server unzipped from its distribution zip, once: a marker file remembers which zip the
 * installation came from, and a different zip (a Payara upgrade) replaces it.
 */
final class PayaraInstallation {

  private static final Logger LOG = LoggerFactory.getLogger(PayaraInstallation.class);
  private static final String MARKER = ".unzipped-from";

  private PayaraInstallation() {}

  /** Unzips {@code zip} into {@code dir} unless already done; returns the Payara home. */
  static Path unpack(Path zip, Path dir) {
    Path home = dir.resolve("payara6");
    Path marker = dir.resolve(MARKER);
    String origin = zip.getFileName() + " " + size(zip);
    try {
      if (Files.isRegularFile(marker)
          && Files.readString(marker).equals(origin)
          && Files.isDirectory(home)) {
        return home;
      }
      var timing = Timing.start();
      LOG.info("Unzipping {} into {} (once)", zip.getFileName(), dir);
      deleteRecursively(home);
      unzip(zip, dir);
      Files.writeString(marker, origin);
      LOG.info("Payara Server unzipped ({})", timing);
      return home;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot unzip " + zip, e);
    }
  }

  private static void unzip(Path zip, Path dir) throws IOException {
    try (var archive = new ZipFile(zip.toFile())) {
      for (ZipEntry entry : archive.stream().toList()) {
        Path target = dir.resolve(entry.getName()).normalize();
        if (!target.startsWith(dir)) {
          throw new IOException("Zip entry outside the target directory: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
          continue;
        }
        Files.createDirectories(target.getParent());
        try (InputStream in = archive.getInputStream(entry)) {
          Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        if (entry.getName().contains("/bin/")) {
          target.toFile().setExecutable(true); // zip does not keep permissions: asadmin etc.
        }
      }
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new StackException("Payara distribution not readable: " + file, e);
    }
  }

  static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> tree = Files.walk(path)) {
      for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
