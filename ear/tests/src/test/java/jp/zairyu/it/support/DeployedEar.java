package jp.zairyu.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The EAR a client-side test class (browser or plain HTTP, never code inside the server) runs
 * against, deployed by this extension instead of Arquillian, and deployed <em>once</em> for every
 * class that asks for the same one: most classes test the EAR as built with the test run's settings
 * ({@link Deployments#TEST_RUN}), and deploying it again for each of them cost 20 to 30 seconds a
 * class. A class that needs configuration of its own names it ({@link #withConfig}); its EAR
 * replaces the shared one (and the next class asking for the shared one deploys that again).
 *
 * <pre>{@code
 * @ExtendWith(DeployedEar.class)                 // the EAR as built, shared
 * class SomeIT { ... }
 *
 * @RegisterExtension                             // settings of its own (ordinal 500)
 * static final DeployedEar ear = DeployedEar.withConfig(Map.of("zairyu.web.https", "true"));
 * }</pre>
 *
 * <p>Arquillian still deploys the in-container tests' EARs (with their test module), under the same
 * application name: {@link YieldToArquillian} undeploys what this extension deployed first. {@link
 * DeploymentOrder} runs the classes of the shared EAR first, then those with settings of their own,
 * then Arquillian's, so each EAR is deployed as few times as possible. Deployed through Payara's
 * admin REST interface, as the Arquillian adapter does; the application name is the EAR's, {@code
 * zairyu}.
 */
public final class DeployedEar implements BeforeAllCallback, DeploymentSource {

  /** The application name (that of zairyu.ear, as Arquillian's adapter names it too). */
  static final String NAME = "zairyu";

  private static final String APPLICATIONS = "/management/domain/applications/application";

  /** What is deployed under {@link #NAME} by this extension now; null when nothing is. */
  private static Map<String, String> deployed;

  /** The EAR's MicroProfile Config values: the test run's, then the class's own. */
  private final Map<String, String> config;

  /** The shared EAR: as built, with the test run's settings only. */
  public DeployedEar() {
    this(Map.of());
  }

  private DeployedEar(Map<String, String> own) {
    Map<String, String> all = new TreeMap<>(Deployments.TEST_RUN);
    all.putAll(own);
    this.config = Collections.unmodifiableMap(all);
  }

  /** The EAR as built with MicroProfile Config values of this class (see {@link Deployments}). */
  public static DeployedEar withConfig(Map<String, String> config) {
    return new DeployedEar(config);
  }

  /** Whether this is the EAR most classes share (no configuration beyond the test run's). */
  public boolean shared() {
    return config.equals(new TreeMap<>(Deployments.TEST_RUN));
  }

  /** The EAR's configuration, as text (classes of equal settings share their EAR too). */
  public String describe() {
    return config.toString();
  }

  @Override
  public DeployedEar deployment() {
    return this;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    ensureDeployed();
  }

  /** Deploys this EAR unless it is what is deployed already. */
  public void ensureDeployed() {
    Map<String, String> wanted = config;
    synchronized (DeployedEar.class) {
      if (wanted.equals(deployed)) {
        return;
      }
      YieldToArquillian.release(); // an in-container EAR Arquillian kept
      Path file = exported(wanted);
      try {
        // --force: replaces the EAR of another class in one step
        deploy(file);
        deployed = wanted;
      } finally {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          // left in target/
        }
      }
    }
  }

  /** Undeploys what this extension deployed, if anything (before Arquillian deploys its own). */
  public static void undeploy() {
    synchronized (DeployedEar.class) {
      if (deployed == null) {
        return;
      }
      HttpResponse<String> r =
          send(request(APPLICATIONS + "/" + NAME).DELETE().timeout(Duration.ofMinutes(3)).build());
      check(r, "undeploy " + NAME);
      deployed = null;
    }
  }

  private static Path exported(Map<String, String> config) {
    try {
      Path dir = Path.of(System.getProperty("java.io.tmpdir"));
      Path file = Files.createTempFile(dir, "deployed-", ".ear");
      Deployments.earWithConfig(config).as(ZipExporter.class).exportTo(file.toFile(), true);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deploy(Path ear) {
    String boundary = "zairyu-" + UUID.randomUUID();
    List<byte[]> head =
        List.of(
            field(boundary, "name", NAME),
            field(boundary, "force", "true"),
            ("--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\"id\"; filename=\""
                    + NAME
                    + ".ear\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
    try {
      HttpRequest.BodyPublisher body =
          HttpRequest.BodyPublishers.concat(
              HttpRequest.BodyPublishers.ofByteArray(concat(head)),
              HttpRequest.BodyPublishers.ofFile(ear),
              HttpRequest.BodyPublishers.ofString(
                  "\r\n--" + boundary + "--\r\n", StandardCharsets.UTF_8));
      HttpResponse<String> r =
          send(
              request(APPLICATIONS)
                  .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                  .timeout(Duration.ofMinutes(5))
                  .POST(body)
                  .build());
      check(r, "deploy " + ear.getFileName());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] field(String boundary, String name, String value) {
    return ("--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + name
            + "\"\r\n\r\n"
            + value
            + "\r\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(List<byte[]> parts) {
    int length = parts.stream().mapToInt(p -> p.length).sum();
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    return all;
  }

  private static HttpRequest.Builder request(String path) {
    String credentials =
        TestStack.running().adminUser() + ":" + TestStack.running().adminPassword();
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + TestPorts.ADMIN + path))
        .header("Accept", "application/json")
        // Payara's REST interface refuses changes without it (cross-site request forgery)
        .header("X-Requested-By", "zairyu-tests")
        .header(
            "Authorization",
            "Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      // HTTP/1.1: Payara's admin listener does not take a body sent with an upgrade to HTTP/2
      return HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .build()
          .send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void check(HttpResponse<String> r, String what) {
    if (r.statusCode() != 200 || !r.body().contains("\"exit_code\":\"SUCCESS\"")) {
      throw new IllegalStateException(
          "Payara refused to " + what + ": " + r.statusCode() + " " + r.body());
    }
  }
}
