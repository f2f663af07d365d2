package jp.zairyu.it.support;

import java.net.URI;

/**
 * Where the test stack listens (all on loopback). Fixed so that tests running inside the
 * application server know them too; chosen apart from the local run's ports so both can run.
 *
 * <p>{@code -Dzairyu.test.port-offset=1000} moves every port by that much, so that a second test
 * run (another checkout) can run beside the first: take {@code /tmp/zairyu-stack-1000.lock} instead
 * of {@code /tmp/zairyu-stack.lock}. Inside the server the offset is read back from the portal's
 * base URL, which the stack sets.
 */
public final class TestPorts {

  /** How far this run's ports are from the usual ones (0 normally). */
  public static final int OFFSET = offset();

  public static final String HOST = "127.0.0.1";
  public static final int HTTP = 28080 + OFFSET;
  public static final int ADMIN = 28048 + OFFSET;
  public static final int POSTGRES = 25432 + OFFSET;
  public static final int BROKER = 26616 + OFFSET;
  public static final int SMTP = 23025 + OFFSET;
  public static final int IMAP = 23143 + OFFSET;

  /** Payara's port block: HTTP is its base + 80, admin its base + 48. */
  public static final int PAYARA_PORT_BASE = 28000 + OFFSET;

  private TestPorts() {}

  public static String baseUrl() {
    return "http://" + HOST + ":" + HTTP;
  }

  private static int offset() {
    Integer explicit = Integer.getInteger("zairyu.test.port-offset");
    if (explicit != null) {
      return explicit;
    }
    String portal = System.getProperty("zairyu.portal.base-url"); // inside the test server
    return portal == null ? 0 : URI.create(portal).getPort() - 28080;
  }
}
