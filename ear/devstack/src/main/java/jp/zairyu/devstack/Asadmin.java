package jp.zairyu.devstack;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs Payara's {@code asadmin} ({@code java -jar appserver-cli.jar}, with this JVM's Java, so no
 * shell script and no {@code JAVA_HOME} guessing). Every command and its output is appended to
 * {@code asadmin.log}; a failing command throws with its output. Once the stack's admin password
 * exists ({@link StackSecrets}), every command names the admin user and reads the password from
 * {@code --passwordfile}, so it never shows on a command line.
 */
final class Asadmin {

  private static final Logger LOG = LoggerFactory.getLogger(Asadmin.class);

  private final Path payaraHome;
  private final int adminPort;
  private final Path log;
  private final Path passwordFile;

  Asadmin(Path payaraHome, int adminPort, Path log, Path passwordFile) {
    this.payaraHome = payaraHome;
    this.adminPort = adminPort;
    this.log = log;
    this.passwordFile = passwordFile;
  }

  /** A command working on the domain's files, such as create-domain or stop-domain. */
  String local(Duration timeout, String... command) {
    return run(timeout, List.of(), List.of(), Map.of(), command);
  }

  /**
   * A local command in a session of its own, where util-linux {@code setsid} exists: for
   * start-domain, so that the domain's JVM does not get the terminal's Ctrl-C and the launcher can
   * stop it in order, with stop-domain.
   */
  String localInOwnSession(Duration timeout, Map<String, String> environment, String... command) {
    return run(timeout, Processes.newSessionCommand(), List.of(), environment, command);
  }

  /** A command sent to the running domain's admin port, such as deploy. */
  String remote(Duration timeout, String... command) {
    return run(
        timeout,
        List.of(),
        List.of("--host", StackSettings.HOST, "--port", Integer.toString(adminPort)),
        Map.of(),
        command);
  }

  private String run(
      Duration timeout,
      List<String> launcher,
      List<String> connection,
      Map<String, String> environment,
      String... command) {
    List<String> commandLine = commandLine(launcher, connection, command);
    String shown = "asadmin " + String.join(" ", command);
    LOG.debug("{}", shown);
    try {
      Files.createDirectories(log.getParent());
      Files.writeString(
          log,
          System.lineSeparator() + "$ " + shown + System.lineSeparator(),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      long outputStart = Files.size(log);
      var builder =
          new ProcessBuilder(commandLine)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
      // start-domain: the domain's JVM inherits them
      builder.environment().putAll(environment);
      Process process = builder.start();
      boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (!finished) {
        process.destroyForcibly();
      }
      String output = readFrom(log, outputStart);
      if (!finished) {
        throw new StackException(shown + " did not finish within " + timeout + ":\n" + output);
      }
      if (process.exitValue() != 0) {
        throw new StackException(shown + " failed:\n" + output);
      }
      return output;
    } catch (IOException e) {
      throw new StackException("Cannot run " + shown, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StackException(shown + " interrupted", e);
    }
  }

  /** The process's command line: asadmin's program options, then the command. */
  List<String> commandLine(List<String> launcher, List<String> connection, String... command) {
    var commandLine = new ArrayList<String>(launcher);
    commandLine.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    commandLine.add("-jar");
    commandLine.add(payaraHome.resolve("glassfish/lib/client/appserver-cli.jar").toString());
    commandLine.add("--interactive=false");
    commandLine.addAll(connection);
    if (Files.isRegularFile(passwordFile)) {
      commandLine.addAll(
          List.of("--user", StackSecrets.ADMIN_USER, "--passwordfile", passwordFile.toString()));
    }
    commandLine.addAll(List.of(command));
    return commandLine;
  }

  private static String readFrom(Path file, long offset) throws IOException {
    try (var in = new RandomAccessFile(file.toFile(), "r")) {
      in.seek(offset);
      byte[] bytes = new byte[(int) (in.length() - offset)];
      in.readFully(bytes);
      return new String(bytes, StandardCharsets.UTF_8).strip();
    }
  }
}
