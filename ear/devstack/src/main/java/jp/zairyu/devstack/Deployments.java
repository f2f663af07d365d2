package jp.zairyu.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;

/**
 * Remembers, per deployment name, a fingerprint of what was deployed (the archive's SHA-256 plus
 * whatever else it depends on), so a start deploys only what changed since the last one.
 */
final class Deployments {

  private final Path applicationsDir;
  private final Path file;

  /**
   * @param domainDir the Payara domain directory; the record lives there and dies with it
   */
  Deployments(Path domainDir) {
    this.applicationsDir = domainDir.resolve("applications");
    this.file = domainDir.resolve("devstack-deployments.properties");
  }

  static String fingerprint(Path archive, String... dependsOn) {
    try (InputStream in = new DigestInputStream(Files.newInputStream(archive), sha256())) {
      in.transferTo(OutputStream.nullOutputStream());
      MessageDigest digest = ((DigestInputStream) in).getMessageDigest();
      for (String input : dependsOn) {
        digest.update(input.getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new StackException("Cannot read " + archive, e);
    }
  }

  /** Whether Payara has an application or adapter of that name deployed. */
  boolean isDeployed(String name) {
    return Files.isDirectory(applicationsDir.resolve(name));
  }

  /** Whether {@code name} is deployed and was deployed from {@code fingerprint}. */
  boolean isCurrent(String name, String fingerprint) {
    return isDeployed(name) && fingerprint.equals(load().getProperty(name));
  }

  void record(String name, String fingerprint) {
    Properties properties = load();
    properties.setProperty(name, fingerprint);
    store(properties);
  }

  /** Forgets what {@code name} was deployed from: it has been undeployed. */
  void forget(String name) {
    Properties properties = load();
    properties.remove(name);
    store(properties);
  }

  private void store(Properties properties) {
    try (OutputStream out = Files.newOutputStream(file)) {
      properties.store(out, "Written by the devstack launcher: what is deployed, by fingerprint");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Properties load() {
    var properties = new Properties();
    if (Files.isRegularFile(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        properties.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return properties;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
