package jp.zairyu.it.support;

/**
 * Where the test stack listens (all on loopback). Fixed so that tests running inside the
 * application server know them too; chosen apart from the local run's ports so both can run.
 */
public final class TestPorts {

  public static final String HOST = "127.0.0.1";
  public static final int HTTP = 28080;
  public static final int ADMIN = 28048;
  public static final int POSTGRES = 25432;
  public static final int BROKER = 26616;
  public static final int SMTP = 23025;
  public static final int IMAP = 23143;

  private TestPorts() {}

  public static String baseUrl() {
    return "http://" + HOST + ":" + HTTP;
  }
}
