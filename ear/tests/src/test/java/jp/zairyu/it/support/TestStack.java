package jp.zairyu.it.support;

import java.nio.file.Path;
import jp.zairyu.devstack.DevStack;
import jp.zairyu.devstack.RunningStack;
import jp.zairyu.devstack.StackSettings;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the test stack once per test run, before the first test, and stops it after the last: a
 * fresh PostgreSQL (migrated, with the demo accounts), an Artemis broker, GreenMail and Payara
 * Server 6 with the resource adapter, on the test ports of {@link TestPorts}; the demo accounts'
 * passwords hashed with the test run's iterations ({@link TestRunPasswords}). {@link DeployedEar}
 * then deploys the EAR for the client-side tests, Arquillian for each in-container test class.
 *
 * <p>Registered through {@code META-INF/services}; active only when the build says where the stack
 * lives ({@code zairyu.stack.dir}), so merely loading the tests starts nothing.
 */
public final class TestStack implements LauncherSessionListener {

  private static volatile RunningStack stack;

  /** The stack of this test run, for tests that take a part of it away for a while. */
  public static RunningStack running() {
    if (stack == null) {
      throw new IllegalStateException("No test stack runs (start the tests with mvn verify)");
    }
    return stack;
  }

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String dir = System.getProperty("zairyu.stack.dir");
    if (dir == null || stack != null) {
      return;
    }
    StackSettings settings =
        StackSettings.integrationTest(Path.of(dir))
            .withPostgresPort(TestPorts.POSTGRES)
            .withBrokerPort(TestPorts.BROKER)
            .withSmtpPort(TestPorts.SMTP)
            .withImapPort(TestPorts.IMAP)
            .withPayaraPortBase(TestPorts.PAYARA_PORT_BASE)
            // Artemis as ops run it: a primary and a backup (BrokerFailoverIT kills the primary)
            .withBrokerBackup(true)
            .overriddenBySystemProperties();
    if (INSTANCES > 1) {
      // the cluster's own run (failsafe execution "cluster"): a deployment group behind HAProxy on
      // the usual HTTP port, the EAR deployed by the stack itself (no Arquillian)
      // the production EAR with the load driver's module beside it (ClusterChaosIT)
      Path ear = Path.of(dir).resolveSibling(Path.of(dir).getFileName() + "-zairyu.ear");
      Deployments.earWithLoadDriver()
          .as(org.jboss.shrinkwrap.api.exporter.ZipExporter.class)
          .exportTo(ear.toFile(), true);
      settings = settings.withInstances(INSTANCES).withApplication(ear);
    }
    // arquillian.xml reads it (a second run beside the first has other ports)
    System.setProperty("zairyu.test.admin-port", Integer.toString(TestPorts.ADMIN));
    check(settings.httpPort(), TestPorts.HTTP, "HTTP");
    check(settings.adminPort(), TestPorts.ADMIN, "admin");
    check(settings.imapPort(), TestPorts.IMAP, "IMAP");
    stack = DevStack.start(settings);
    TestRunPasswords.rehashDemoAccounts(stack.jdbcUrl());
    // read by arquillian.xml: the remote adapter deploys through the password-protected admin port
    System.setProperty(ADMIN_PASSWORD_PROPERTY, stack.adminPassword());
  }

  /**
   * How many instances the stack runs ({@code zairyu.test.instances}): 1, one server, for the whole
   * suite; 2 or more for the cluster's tests ({@code it/cluster/Cluster*IT}), which run alone.
   */
  public static final int INSTANCES = Integer.getInteger("zairyu.test.instances", 1);

  /** The system property arquillian.xml reads the admin password from. */
  public static final String ADMIN_PASSWORD_PROPERTY = "zairyu.stack.admin.password";

  private static void check(int actual, int expected, String what) {
    if (actual != expected) {
      throw new IllegalStateException(
          "The test stack's " + what + " port is " + actual + " but the tests expect " + expected);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (stack != null) {
      stack.close();
      stack = null;
    }
  }
}
