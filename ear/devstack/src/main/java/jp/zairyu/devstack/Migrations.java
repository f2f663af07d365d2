package jp.zairyu.devstack;

import java.util.ArrayList;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the schema up to date with the production migrations ({@code classpath:db/migration}, from
 * the zairyu-db jar) and, unless switched off, the demo data ({@code classpath:db/demo}, from this
 * module: repeatable migrations that never reach production).
 */
final class Migrations {

  private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

  private Migrations() {}

  static void run(StackSettings settings) {
    var timing = Timing.start();
    var locations = new ArrayList<String>();
    locations.add("classpath:db/migration");
    if (settings.demoData()) {
      locations.add("classpath:db/demo");
    }
    MigrateResult result =
        Flyway.configure()
            .dataSource(
                settings.jdbcUrl(), StackSettings.DATABASE_USER, StackSettings.DATABASE_PASSWORD)
            .locations(locations.toArray(String[]::new))
            .load()
            .migrate();
    LOG.info(
        "Schema at version {}, {} migration(s) applied from {} ({})",
        result.targetSchemaVersion != null
            ? result.targetSchemaVersion
            : result.initialSchemaVersion,
        result.migrationsExecuted,
        locations,
        timing);
  }
}
