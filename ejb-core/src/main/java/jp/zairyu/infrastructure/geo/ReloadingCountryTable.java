package jp.zairyu.infrastructure.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The current country table: the one bundled with the application, or the file ops configured, read
 * again when its modification time changes. At most once per check interval the caller of {@link
 * #get()} looks at the file's time (one {@code stat}); a changed file is read on that caller's
 * thread while every other caller keeps the previous table, then the new immutable table is swapped
 * in. A file that cannot be read is logged and the previous table stays.
 */
public final class ReloadingCountryTable implements Supplier<CountryTable> {

  private static final Logger LOG = Logger.getLogger(ReloadingCountryTable.class.getName());

  /** The table shipped in ejb-core. */
  public static final String BUNDLED_RESOURCE = "/geo/geo-whois-asn-country.bin.gz";

  private final Path file;
  private final long checkIntervalNanos;
  private final LongSupplier nanoTime;
  private final AtomicBoolean checking = new AtomicBoolean();

  private volatile CountryTable table;
  private volatile long nextCheck;
  private FileTime loadedTime; // guarded by checking

  /**
   * @param file the file ops configured, or null for the bundled table only
   * @param checkInterval how often to look at the file's modification time
   * @param nanoTime the clock ({@link System#nanoTime} in production)
   */
  public ReloadingCountryTable(Path file, Duration checkInterval, LongSupplier nanoTime) {
    this.file = file;
    this.checkIntervalNanos = checkInterval.toNanos();
    this.nanoTime = Objects.requireNonNull(nanoTime);
    if (file != null) {
      try {
        loadedTime = Files.getLastModifiedTime(file);
        table = read(file);
        LOG.info(() -> "Country data from " + file + ": " + table);
      } catch (IOException | UncheckedIOException e) {
        LOG.log(
            Level.SEVERE,
            "Cannot read the country data " + file + "; using the bundled table until it can",
            e);
        loadedTime = null;
      }
    }
    if (table == null) {
      table = bundled();
      LOG.info(() -> "Country data bundled with the application: " + table);
    }
    nextCheck = nanoTime.getAsLong() + checkIntervalNanos;
  }

  /** The table shipped with the application. */
  public static CountryTable bundled() {
    try (InputStream in = ReloadingCountryTable.class.getResourceAsStream(BUNDLED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + BUNDLED_RESOURCE);
      }
      return CountryTableFile.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + BUNDLED_RESOURCE, e);
    }
  }

  @Override
  public CountryTable get() {
    if (file != null
        && nanoTime.getAsLong() - nextCheck >= 0
        && checking.compareAndSet(false, true)) {
      try {
        reloadIfChanged();
      } finally {
        nextCheck = nanoTime.getAsLong() + checkIntervalNanos;
        checking.set(false);
      }
    }
    return table;
  }

  private void reloadIfChanged() {
    try {
      FileTime time = Files.getLastModifiedTime(file);
      if (time.equals(loadedTime)) {
        return;
      }
      loadedTime = time; // a broken file is tried again only once it changes
      CountryTable fresh = read(file);
      table = fresh;
      LOG.info(() -> "Country data reloaded from " + file + ": " + fresh);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Cannot reload the country data " + file + "; keeping the old", e);
    }
  }

  private static CountryTable read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return CountryTableFile.read(in);
    }
  }
}
