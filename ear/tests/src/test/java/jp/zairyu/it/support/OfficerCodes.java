package jp.zairyu.it.support;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.zairyu.domain.model.account.Totp;

/**
 * Codes of the ADMINs' authenticator apps (every ADMIN logs in with a second factor): the demo
 * ADMINs' (the demo data gives them one secret) and those of the ADMINs a test makes for itself
 * ({@link ConsoleFixtures#newAdmin}, each with a secret of its own). A code works once: this hands
 * out each time step once per officer, the current one or the next (the server accepts one step
 * either side), so an officer logs in at most twice in 30 seconds. It never waits for a new step: a
 * test that needs more logins of an ADMIN logs in ADMINs of its own.
 */
public final class OfficerCodes {

  /** The demo ADMINs' secret (ear/devstack's demo data, README). */
  public static final String DEMO_SECRET = "LJQWS4TZOVCGK3LPIFSG22LOKRHVIUBB";

  private static final Map<String, String> SECRETS =
      new ConcurrentHashMap<>(Map.of("admin", DEMO_SECRET, "tokyo.admin", DEMO_SECRET));
  private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

  private OfficerCodes() {}

  /** Whether the officer is an ADMIN this knows the secret of, who logs in with a code. */
  public static boolean needsCode(String loginId) {
    return SECRETS.containsKey(loginId);
  }

  /** A new secret for the officer's authenticator, whose codes {@link #next(String)} gives. */
  static String newSecret(String loginId) {
    String secret = Totp.newSecret();
    SECRETS.put(loginId, secret);
    return secret;
  }

  /** A fresh code of the officer's secret. */
  public static String next(String loginId) {
    String secret = SECRETS.get(loginId);
    if (secret == null) {
      throw new IllegalArgumentException("No authenticator secret known for " + loginId);
    }
    return next(loginId, secret);
  }

  /** A fresh code of {@code secret} for the officer: never the same time step twice. */
  public static synchronized String next(String loginId, String secret) {
    long current = Totp.step(Instant.now());
    long step = Math.max(current, LAST_STEP.getOrDefault(loginId, Long.MIN_VALUE) + 1);
    if (step > current + 1) {
      throw new IllegalStateException(
          loginId
              + " has used every time step the server accepts now (a code works once): log in"
              + " an ADMIN of the test's own (ConsoleFixtures.newAdmin) instead of waiting");
    }
    LAST_STEP.put(loginId, step);
    return Totp.code(secret, step);
  }
}
