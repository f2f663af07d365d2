package jp.zairyu.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The secrets of one stack, generated once into {@code <state>/secrets/} (owner-only files) and
 * reused by every later start, so a restart keeps the Payara admin password, the audit chain's key
 * and the key the TOTP secrets are encrypted with:
 *
 * <ul>
 *   <li>{@value #ADMIN_PASSWORD_FILE}: the password of Payara's {@value #ADMIN_USER} user, as
 *       asadmin's {@code --passwordfile} ({@code AS_ADMIN_PASSWORD}), together with {@code
 *       AS_ADMIN_ALIASPASSWORD}, the database password that {@code create-password-alias} stores
 *       under {@value #DATABASE_PASSWORD_ALIAS}.
 *   <li>{@value #AUDIT_KEY_FILE}: {@code zairyu.audit.hmac-key}.
 *   <li>{@value #TOTP_KEY_FILE}: {@code zairyu.totp.encryption-key}.
 * </ul>
 *
 * <p>The application gets its secrets through the environment of the domain's JVM ({@link
 * #applicationEnvironment()}), not as system properties of {@code domain.xml}: the admin console
 * and REST interface list those in clear.
 */
final class StackSecrets {

  static final String ADMIN_USER = "admin";
  static final String DATABASE_PASSWORD_ALIAS = "zairyu-db-password";

  private static final String ADMIN_PASSWORD_FILE = "asadmin-password.txt";
  private static final String AUDIT_KEY_FILE = "audit-hmac-key.txt";
  private static final String TOTP_KEY_FILE = "totp-encryption-key.txt";
  private static final String PASSWORD_ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path dir;

  private StackSecrets(Path dir) {
    this.dir = dir;
  }

  /** The secrets of {@code settings}' state directory; nothing is generated yet. */
  static StackSecrets of(StackSettings settings) {
    return new StackSecrets(settings.stateDir().resolve("secrets"));
  }

  /** Generates every secret that does not exist yet; keeps those that do. */
  StackSecrets generateMissing() {
    try {
      Files.createDirectories(dir);
      try {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the state directory is the developer's own
      }
      if (!Files.isRegularFile(passwordFile())) {
        write(
            passwordFile(),
            "AS_ADMIN_PASSWORD="
                + randomPassword(24)
                + "\nAS_ADMIN_ALIASPASSWORD="
                + StackSettings.DATABASE_PASSWORD
                + "\n");
      }
      if (!Files.isRegularFile(dir.resolve(AUDIT_KEY_FILE))) {
        write(dir.resolve(AUDIT_KEY_FILE), newKey());
      }
      if (!Files.isRegularFile(dir.resolve(TOTP_KEY_FILE))) {
        write(dir.resolve(TOTP_KEY_FILE), newKey());
      }
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the stack's secrets into " + dir, e);
    }
  }

  /** asadmin's {@code --passwordfile}; it exists once {@link #generateMissing()} ran. */
  Path passwordFile() {
    return dir.resolve(ADMIN_PASSWORD_FILE);
  }

  /** The admin password, if one was generated (a domain of an older launcher has none). */
  Optional<String> adminPassword() {
    return read(passwordFile())
        .flatMap(
            text ->
                text.lines()
                    .filter(line -> line.startsWith("AS_ADMIN_PASSWORD="))
                    .map(line -> line.substring("AS_ADMIN_PASSWORD=".length()))
                    .findFirst());
  }

  /**
   * What the application reads from its environment (MicroProfile Config maps {@code
   * ZAIRYU_DB_PASSWORD} to {@code zairyu.db.password}).
   */
  Map<String, String> applicationEnvironment() {
    var environment = new LinkedHashMap<String, String>();
    environment.put("ZAIRYU_DB_PASSWORD", StackSettings.DATABASE_PASSWORD);
    read(dir.resolve(AUDIT_KEY_FILE))
        .ifPresent(key -> environment.put("ZAIRYU_AUDIT_HMAC_KEY", key.strip()));
    read(dir.resolve(TOTP_KEY_FILE))
        .ifPresent(key -> environment.put("ZAIRYU_TOTP_ENCRYPTION_KEY", key.strip()));
    return environment;
  }

  /**
   * A key as the application reads it: {@code <key id>:<Base64 of 32 random bytes>}; the id, 8 hex
   * digits, is stored with what the key protects, so that keys can be rotated.
   */
  static String newKey() {
    byte[] id = new byte[4];
    byte[] key = new byte[32];
    RANDOM.nextBytes(id);
    RANDOM.nextBytes(key);
    return HexFormat.of().formatHex(id) + ":" + Base64.getEncoder().encodeToString(key);
  }

  static String randomPassword(int length) {
    var password = new StringBuilder();
    for (int i = 0; i < length; i++) {
      password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
    }
    return password.toString();
  }

  private static Optional<String> read(Path file) {
    try {
      return Files.isRegularFile(file)
          ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
          : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String content) throws IOException {
    Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
    try {
      Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the state directory is the developer's own
    }
    Files.writeString(temporary, content, StandardCharsets.UTF_8);
    Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }
}
