package jp.zairyu.it.support;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import jp.zairyu.domain.model.account.Totp;

/**
 * Codes of the demo ADMINs' authenticator app (every ADMIN logs in with a second factor; the demo
 * data gives them one secret). A code works once: this hands out each time step once per officer,
 * the current one or the next (the server accepts one step either side), and waits for a new step
 * when a test logged in twice within the same 30 seconds.
 */
public final class OfficerCodes {

  /** The demo ADMINs' secret (ear/devstack's demo data, README). */
  public static final String DEMO_SECRET = "LJQWS4TZOVCGK3LPIFSG22LOKRHVIUBB";

  private static final Set<String> DEMO_ADMINS = Set.of("admin", "tokyo.admin");
  private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

  private OfficerCodes() {}

  /** Whether the officer is a demo ADMIN, who logs in with a code. */
  public static boolean needsCode(String loginId) {
    return DEMO_ADMINS.contains(loginId);
  }

  /** A fresh code of {@link #DEMO_SECRET} for the officer. */
  public static String next(String loginId) {
    return next(loginId, DEMO_SECRET);
  }

  /** A fresh code of {@code secret} for the officer: never the same time step twice. */
  public static synchronized String next(String loginId, String secret) {
    while (true) {
      long current = Totp.step(Instant.now());
      long step = Math.max(current, LAST_STEP.getOrDefault(loginId, Long.MIN_VALUE) + 1);
      if (step <= current + 1) {
        LAST_STEP.put(loginId, step);
        return Totp.code(secret, step);
      }
      try {
        Thread.sleep(
            Math.max(100, (current + 1) * Totp.STEP_SECONDS * 1000 - Instant.now().toEpochMilli()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
