package jp.zairyu.infrastructure.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import jp.zairyu.domain.model.access.IpAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReloadingCountryTableTest {

  @TempDir Path dir;

  private final AtomicLong now = new AtomicLong();

  private void write(Path file, String csv, Instant modified) throws IOException {
    CountryTable table =
        new CountryTableBuilder().addCsv(new BufferedReader(new StringReader(csv))).build(csv);
    try (OutputStream out = Files.newOutputStream(file)) {
      CountryTableFile.write(table, out);
    }
    Files.setLastModifiedTime(file, FileTime.from(modified));
  }

  private static String country(ReloadingCountryTable tables, String address) {
    IpAddress ip = IpAddress.of(address);
    return tables.get().country(ip.hi(), ip.lo());
  }

  @Test
  void aReplacedFileIsReadAtTheNextCheck() throws IOException {
    Path file = dir.resolve("geo.bin.gz");
    write(file, "1.0.0.0,1.0.0.255,AU\n", Instant.parse("2026-01-01T00:00:00Z"));
    var tables = new ReloadingCountryTable(file, Duration.ofSeconds(60), now::get);
    assertThat(country(tables, "1.0.0.1")).isEqualTo("AU");

    write(file, "1.0.0.0,1.0.0.255,JP\n", Instant.parse("2026-01-02T00:00:00Z"));
    now.addAndGet(Duration.ofSeconds(59).toNanos());
    assertThat(country(tables, "1.0.0.1")).as("before the next check").isEqualTo("AU");

    now.addAndGet(Duration.ofSeconds(1).toNanos());
    assertThat(country(tables, "1.0.0.1")).as("at the next check").isEqualTo("JP");
  }

  @Test
  void aBrokenFileLeavesThePreviousTable() throws IOException {
    Path file = dir.resolve("geo.bin.gz");
    write(file, "1.0.0.0,1.0.0.255,AU\n", Instant.parse("2026-01-01T00:00:00Z"));
    var tables = new ReloadingCountryTable(file, Duration.ofSeconds(1), now::get);

    Files.writeString(file, "not a table");
    Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-02T00:00:00Z")));
    now.addAndGet(Duration.ofSeconds(2).toNanos());

    assertThat(country(tables, "1.0.0.1")).isEqualTo("AU");
  }

  @Test
  void withoutAFileOrWithAMissingOneTheBundledTableServes() {
    var bundled = new ReloadingCountryTable(null, Duration.ofSeconds(1), now::get);
    var missing =
        new ReloadingCountryTable(dir.resolve("missing.bin.gz"), Duration.ofSeconds(1), now::get);

    assertThat(country(bundled, "133.11.0.1")).isEqualTo("JP");
    assertThat(country(missing, "133.11.0.1")).isEqualTo("JP");
  }
}
