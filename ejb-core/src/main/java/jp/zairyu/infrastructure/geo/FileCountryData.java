package jp.zairyu.infrastructure.geo;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import jp.zairyu.application.CountryData;
import jp.zairyu.domain.model.access.CountryLookup;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The country data of the running application: {@code zairyu.access.geo-data} names a table file
 * (written by {@code regenerate.sh}), checked for changes every {@code
 * zairyu.access.geo-data.check-seconds}; without it, the table bundled in ejb-core.
 */
@ApplicationScoped
public class FileCountryData implements CountryData {

  @Inject
  @ConfigProperty(name = "zairyu.access.geo-data")
  Optional<String> file;

  @Inject
  @ConfigProperty(name = "zairyu.access.geo-data.check-seconds", defaultValue = "60")
  long checkSeconds;

  private ReloadingCountryTable tables;

  @PostConstruct
  void load() {
    tables =
        new ReloadingCountryTable(
            file.filter(f -> !f.isBlank()).map(Path::of).orElse(null),
            Duration.ofSeconds(Math.max(1, checkSeconds)),
            System::nanoTime);
  }

  @Override
  public CountryLookup current() {
    return tables.get();
  }
}
