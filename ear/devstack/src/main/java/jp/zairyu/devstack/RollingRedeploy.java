package jp.zairyu.devstack;

import static jp.zairyu.devstack.StackSettings.APPLICATION_NAME;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A new version of the application on a clustered stack, one instance at a time, with no request
 * failed (issue 18): Payara's application versioning ({@code zairyu:<version>}) does the switch,
 * HAProxy's runtime API keeps requests away from the instance while it switches.
 *
 * <ol>
 *   <li>{@code deploy --target domain --name zairyu:<version> --forcename=true}: the domain has the
 *       new version, no server runs it (the EAR's {@code application.xml} names it {@code zairyu}:
 *       without {@code --forcename} Payara takes that name and refuses it as deployed already).
 *   <li>For each instance: out of the balancer's rotation (its users go on, on another instance,
 *       with their replicated session), {@code create-application-ref --target <instance>
 *       zairyu:<version>} (Payara disables the running version there and starts the new one), wait
 *       until the instance's portal answers, back into the rotation once HAProxy's health checks
 *       see it up.
 *   <li>{@code undeploy --target domain} the old version (disabled everywhere by then).
 * </ol>
 *
 * <p>Not {@code deploy --enabled=false --target zairyu-group}: every instance of the group then
 * prepares the new version at once (each instance's log says it was deployed). Nor a group-level
 * reference afterwards: {@code create-application-ref --target zairyu-group} deploys again to every
 * instance of the group that has it already. The group's own list of applications is therefore
 * empty after a rolling redeploy; an instance added to the group later gets the application with
 * {@code create-application-ref --target <instance>}. A version can start at all only because the
 * data source is the server's ({@code DataSourceDefinitions}).
 *
 * <p>The two versions run side by side for a while (one instance each), and sessions cross from one
 * to the other (HTTP sessions are stored by context path): a version must read the sessions and the
 * database of the one before it. README "Deploying a cluster" has the same steps for ops.
 */
final class RollingRedeploy {

  private static final Logger LOG = LoggerFactory.getLogger(RollingRedeploy.class);
  private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration BACK_TIMEOUT = Duration.ofSeconds(30);

  private final StackSettings settings;
  private final Asadmin asadmin;
  private final Path domainXml;

  RollingRedeploy(StackSettings settings, Asadmin asadmin, Path domainDir) {
    this.settings = settings;
    this.asadmin = asadmin;
    this.domainXml = domainDir.resolve("config/domain.xml");
  }

  /** Runs it; how long each instance was out of the rotation, by instance. */
  Map<String, Duration> run(Path archive, String version) {
    if (!settings.clustered()) {
      throw new IllegalStateException("A rolling redeploy needs a clustered stack");
    }
    String name = APPLICATION_NAME + ":" + version;
    TreeSet<String> old = deployedVersions();
    if (old.contains(name)) {
      throw new StackException(name + " is deployed already: give the new version a new name");
    }
    var timing = Timing.start();
    asadmin.remote(
        settings.readyTimeout(),
        "deploy",
        "--target",
        "domain",
        "--name",
        name,
        "--forcename=true",
        "--availabilityenabled=true",
        archive.toString());
    LOG.info("{} deployed to the domain, no server runs it yet ({})", name, timing);

    Map<String, Duration> steps = new LinkedHashMap<>();
    for (int i = 1; i <= settings.instances(); i++) {
      String instance = StackSettings.instanceName(i);
      var out = Timing.start();
      long start = System.nanoTime();
      HaproxyRuntime.awaitOthersUp(settings, instance, BACK_TIMEOUT);
      HaproxyRuntime.takeOut(settings, instance, DRAIN_TIMEOUT);
      asadmin.remote(
          settings.readyTimeout(),
          "create-application-ref",
          "--target",
          instance,
          "--enabled=true",
          name);
      var url = settings.instanceBaseUrl(i);
      HttpProbe.awaitOk(url.resolve("health/ready"), settings.readyTimeout());
      HttpProbe.awaitOk(url.resolve("portal/login.xhtml"), settings.readyTimeout());
      HaproxyRuntime.putBack(settings, instance, BACK_TIMEOUT);
      steps.put(instance, Duration.ofNanos(System.nanoTime() - start));
      LOG.info("Instance {} runs {} and is back in the rotation ({})", instance, name, out);
    }
    for (String previous : old) {
      asadmin.remote(settings.readyTimeout(), "undeploy", "--target", "domain", previous);
      LOG.info("{} undeployed", previous);
    }
    LOG.info("Rolling redeploy to {} done ({})", name, timing);
    return steps;
  }

  /** The version of the application each instance runs, by instance (domain.xml). */
  static Map<String, String> enabledVersions(StackSettings settings, Path domainDir) {
    Map<String, String> enabled = new LinkedHashMap<>();
    DomainXml xml = DomainXml.open(domainDir.resolve("config/domain.xml"));
    for (int i = 1; i <= settings.instances(); i++) {
      String instance = StackSettings.instanceName(i);
      xml.find("/domain/servers/server[@name='" + instance + "']/application-ref").stream()
          .filter(ref -> !"false".equals(ref.getAttribute("enabled")))
          .map(ref -> ref.getAttribute("ref"))
          .filter(RollingRedeploy::isVersion)
          .forEach(name -> enabled.merge(instance, name, (a, b) -> a + ", " + b));
    }
    return enabled;
  }

  /** {@code zairyu}, or a version of it ({@code zairyu:2}). */
  private static boolean isVersion(String name) {
    return name.equals(APPLICATION_NAME) || name.startsWith(APPLICATION_NAME + ":");
  }

  /** The application's versions the domain has ({@code zairyu}, {@code zairyu:2} …). */
  private TreeSet<String> deployedVersions() {
    var names = new TreeSet<String>();
    DomainXml.open(domainXml).find("/domain/applications/application").stream()
        .map(application -> application.getAttribute("name"))
        .filter(RollingRedeploy::isVersion)
        .forEach(names::add);
    return names;
  }
}
