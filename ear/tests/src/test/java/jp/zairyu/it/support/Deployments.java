package jp.zairyu.it.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archives integration tests deploy: always the EAR the build produced (never a hand-listed
 * copy of its classes), optionally with a test module added for in-container tests.
 */
public final class Deployments {

  /** System property naming the built EAR; set by the build. */
  public static final String EAR_PROPERTY = "zairyu.ear";

  private static final String TEST_MODULE = "zairyu-it.war";

  /**
   * What the test run sets in every EAR its client-side tests run against ({@link DeployedEar}),
   * below a class's own values: fewer PBKDF2 iterations than production's 600,000 (each login
   * otherwise costs about 150 ms of the machine's two cores; the test stack's demo accounts are
   * hashed likewise, see {@link TestStack}), and the maintenance schedule read again every second
   * instead of every 5, so a window a test stores applies at once. The in-container tests ({@link
   * #earWithTests}) keep production's defaults, and {@code AccountSecurityIT} proves them there.
   */
  public static final Map<String, String> TEST_RUN =
      Map.of(
          TestRunPasswords.ITERATIONS_KEY,
          Integer.toString(TestRunPasswords.ITERATIONS),
          // a maintenance window a test stores is seen within a second (production: 5)
          "zairyu.maintenance.refresh-seconds",
          "1");

  private Deployments() {}

  /** The production EAR, exactly as built, for client-side and browser tests. */
  public static EnterpriseArchive ear() {
    String path = System.getProperty(EAR_PROPERTY);
    if (path == null || !new File(path).isFile()) {
      throw new IllegalStateException(
          "Built EAR not found (system property " + EAR_PROPERTY + " = " + path + ")");
    }
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(path));
  }

  /**
   * The production EAR with MicroProfile Config values of its own, for tests of configuration: a
   * jar in the EAR's {@code lib/} whose {@code META-INF/microprofile-config.properties} has ordinal
   * 500, above the server's system properties (400) and environment (300). The values live and die
   * with this deployment, so no other test class sees them and nothing waits for Payara's config
   * cache (values are cached per application, for 60 s by default). The test run's settings ({@link
   * #TEST_RUN}) come with them.
   */
  public static EnterpriseArchive earWithConfig(Map<String, String> config) {
    StringBuilder properties = new StringBuilder("config_ordinal=500\n");
    Map<String, String> values = new TreeMap<>(TEST_RUN);
    values.putAll(config);
    values.forEach((key, value) -> properties.append(key).append('=').append(value).append('\n'));
    EnterpriseArchive ear = ear();
    ear.addAsLibrary(
        ShrinkWrap.create(org.jboss.shrinkwrap.api.spec.JavaArchive.class, "zairyu-it-config.jar")
            .addAsManifestResource(
                new StringAsset(properties.toString()), "microprofile-config.properties"));
    return ear;
  }

  /**
   * The packages of the tests that run inside the server, and of what they use there: every
   * in-container EAR holds all of them, so that it is the same EAR for every such class and
   * Arquillian deploys it once for all of them ({@link YieldToArquillian}).
   */
  static final List<String> IN_CONTAINER_PACKAGES =
      List.of(
          "jp.zairyu.it.accounts",
          "jp.zairyu.it.dashboard",
          "jp.zairyu.it.load",
          "jp.zairyu.it.messaging",
          "jp.zairyu.it.persistence",
          "jp.zairyu.it.reminders",
          "jp.zairyu.it.security");

  /**
   * The production EAR plus a web module holding the given test classes (and every class of their
   * packages and of {@link #IN_CONTAINER_PACKAGES}) with AssertJ and Awaitility, so the tests run
   * inside the server next to ejb-core.
   */
  public static EnterpriseArchive earWithTests(Class<?>... testClasses) {
    WebArchive tests =
        ShrinkWrap.create(WebArchive.class, TEST_MODULE)
            .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
            .addPackage(Deployments.class.getPackage())
            .addAsLibraries(
                jarOf(org.assertj.core.api.Assertions.class),
                jarOf(org.awaitility.Awaitility.class),
                jarOf(org.hamcrest.Matcher.class));
    java.util.Set<String> packages = new java.util.TreeSet<>(IN_CONTAINER_PACKAGES);
    for (Class<?> testClass : testClasses) {
      packages.add(testClass.getPackageName());
    }
    packages.forEach(tests::addPackage);
    EnterpriseArchive ear = ear();
    ear.addAsModule(Testable.archiveToTest(tests));
    ear.setApplicationXML(new StringAsset(withWebModule(applicationXml(ear), TEST_MODULE)));
    return ear;
  }

  /**
   * The production EAR plus the load driver's web module alone ({@code jp.zairyu.it.load}, the two
   * support classes it uses and the module's own authentication mechanism; none needs JUnit or
   * Arquillian), for a stack that deploys its application itself: the cluster's, where {@code
   * ClusterChaosIT} drives submissions through the load balancer.
   */
  public static EnterpriseArchive earWithLoadDriver() {
    WebArchive driver =
        ShrinkWrap.create(WebArchive.class, TEST_MODULE)
            .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
            .addPackage(jp.zairyu.it.load.LoadDriver.class.getPackage())
            // without a mechanism of its own the module answers 500 (Soteria: see the class)
            .addClasses(Fixtures.class, TestPorts.class, InContainerModuleLogin.class);
    EnterpriseArchive ear = ear();
    ear.addAsModule(driver);
    ear.setApplicationXML(new StringAsset(withWebModule(applicationXml(ear), TEST_MODULE)));
    return ear;
  }

  /** The jar a library class was loaded from (the test classpath is the Maven one). */
  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String applicationXml(EnterpriseArchive ear) {
    ArchivePath path = org.jboss.shrinkwrap.api.ArchivePaths.create("META-INF/application.xml");
    try (InputStream in = ear.get(path).getAsset().openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String withWebModule(String applicationXml, String war) {
    String module =
        "  <module>\n    <web>\n      <web-uri>"
            + war
            + "</web-uri>\n      <context-root>/zairyu-it</context-root>\n    </web>\n  </module>\n";
    int at = applicationXml.indexOf("<library-directory>");
    if (at < 0) {
      at = applicationXml.indexOf("</application>");
    }
    return applicationXml.substring(0, at) + module + applicationXml.substring(at);
  }
}
