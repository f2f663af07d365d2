package jp.zairyu.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one place passwords are hashed and checked: PBKDF2-HMAC-SHA256 with {@code
 * zairyu.security.password-iterations} iterations (600,000 by default, OWASP's 2023 figure; only
 * the test stack sets fewer), a 32-byte salt and a 32-byte key, through Jakarta Security's {@link
 * Pbkdf2PasswordHash}. A hash carries its own parameters ({@code
 * PBKDF2WithHmacSHA256:iterations:salt:key}), so older hashes still verify and are replaced with
 * current ones at the next successful login ({@link #outdated}).
 *
 * <p>{@link #verifyOrDecoy} checks a password against an account that may not exist: without one it
 * verifies against a decoy hash made with the current parameters at start-up, so an unknown name
 * costs the same time as a known one.
 */
@ApplicationScoped
public class PasswordHashes {

  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";

  @Inject private Pbkdf2PasswordHash pbkdf2;

  @Inject
  @ConfigProperty(name = "zairyu.security.password-iterations")
  int iterations;

  private String decoy;

  @PostConstruct
  void initialise() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm",
            ALGORITHM,
            "Pbkdf2PasswordHash.Iterations",
            Integer.toString(iterations),
            "Pbkdf2PasswordHash.SaltSizeBytes",
            "32",
            "Pbkdf2PasswordHash.KeySizeBytes",
            "32"));
    char[] random = new char[24];
    SecureRandom rng = new SecureRandom();
    for (int i = 0; i < random.length; i++) {
      random[i] = (char) ('!' + rng.nextInt(94));
    }
    decoy = pbkdf2.generate(random);
  }

  /** A new hash of {@code password} with the current parameters. */
  public String hash(char[] password) {
    return pbkdf2.generate(password);
  }

  /** Whether {@code password} matches {@code storedHash}; false for a malformed hash. */
  public boolean verify(char[] password, String storedHash) {
    if (storedHash == null) {
      return false;
    }
    try {
      return pbkdf2.verify(password, storedHash);
    } catch (RuntimeException malformed) {
      return false;
    }
  }

  /**
   * As {@link #verify}, and when there is no account ({@code storedHash} null) the same work is
   * done against the decoy and the answer is false.
   */
  public boolean verifyOrDecoy(char[] password, String storedHash) {
    boolean known = storedHash != null;
    boolean valid = verify(password, known ? storedHash : decoy);
    return known && valid;
  }

  /** Whether {@code storedHash} was made with weaker parameters than the current ones. */
  public boolean outdated(String storedHash) {
    return outdated(storedHash, iterations);
  }

  /** Whether {@code storedHash} was made with weaker parameters than {@code iterations}. */
  static boolean outdated(String storedHash, int iterations) {
    String[] parts = Objects.requireNonNullElse(storedHash, "").split(":");
    if (parts.length != 4 || !parts[0].equals(ALGORITHM)) {
      return true;
    }
    try {
      return Integer.parseInt(parts[1]) < iterations;
    } catch (NumberFormatException e) {
      return true;
    }
  }
}
