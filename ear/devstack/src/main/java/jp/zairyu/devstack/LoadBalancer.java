package jp.zairyu.devstack;

import static jp.zairyu.devstack.StackSettings.HOST;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HAProxy (Debian's {@code haproxy} package) in front of the instances of a clustered stack, on the
 * stack's HTTP port, so the URLs stay those of one server. Sticky by a cookie of its own ({@value
 * #COOKIE}: the instance that served the session's first request keeps it), health-checked every
 * second on each instance's {@code GET /health/ready} (down after 2 failures, up after 2
 * successes), and a request whose instance refuses the connection (it died) is sent to another at
 * once ({@code option redispatch}, one retry): with the session replicated in the Data Grid the
 * user goes on there. Statistics (which instance is up, sessions) on {@link
 * StackSettings#loadBalancerStatsUrl()}.
 *
 * <p>An instance is taken out of the rotation and put back through HAProxy's runtime API on a Unix
 * socket ({@link HaproxyRuntime}): a rolling redeploy does so instance by instance, because {@code
 * /health/ready} answers 200 while an instance switches versions.
 *
 * <p>Layout: {@code <state>/haproxy/haproxy.cfg}, its pid in {@code haproxy.pid}, its runtime API
 * in {@code admin.sock}, its log in {@code <state>/logs/haproxy.log}.
 */
final class LoadBalancer implements Stoppable {

  private static final Logger LOG = LoggerFactory.getLogger(LoadBalancer.class);

  /** The cookie that ties a browser to its instance. */
  static final String COOKIE = "ZAIRYU_NODE";

  private final StackSettings settings;
  private final Path dir;

  LoadBalancer(StackSettings settings) {
    this.settings = settings;
    this.dir = settings.stateDir().resolve("haproxy");
  }

  /** HAProxy's runtime API (admin level, owner only). */
  static Path adminSocket(StackSettings settings) {
    return settings.stateDir().resolve("haproxy/admin.sock").toAbsolutePath();
  }

  /** The configuration for the settings' instances (tested without HAProxy). */
  static String configuration(StackSettings settings) {
    var cfg = new StringBuilder();
    cfg.append(
        """
        # Written by the devstack launcher (LoadBalancer.java) before every start.
        global
            maxconn 4000
            # the runtime API: an instance is taken out of the rotation before it changes version
            stats socket %s mode 600 level admin
        """
            .formatted(adminSocket(settings)));
    cfg.append(
        """

        defaults
            mode http
            timeout connect 2s
            timeout client 120s
            timeout server 120s
            # a request whose instance refuses the connection, or closes it without a byte of answer
            # (killed: it never ran the request), goes to another instance at once; the request is
            # kept in the buffer for that (bodies larger than the buffer, uploads, are not retried)
            retries 1
            option redispatch 1
            retry-on conn-failure empty-response
            option http-buffer-request
            # the log (logs/haproxy.log) shows instances going down and up, and failed requests
            log stdout format raw local0
            option httplog
            option dontlog-normal

        frontend zairyu
        """);
    cfg.append("    bind ").append(HOST).append(':').append(settings.httpPort()).append('\n');
    cfg.append(
        """
            default_backend instances

        backend instances
            balance roundrobin
            cookie %s insert indirect nocache httponly
            # no cleartext upgrade to HTTP/2 (h2c): it would turn the connection into a tunnel to
            # one instance, out of reach of the cookie and of the health checks (browsers never ask)
            http-request del-header Upgrade if { req.hdr(Upgrade) -i h2c }
            http-request del-header HTTP2-Settings
            option httpchk
            http-check send meth GET uri /health/ready ver HTTP/1.1 hdr Host %s
            http-check expect status 200
            default-server inter 1s fall 2 rise 2
            # a check may take longer than its interval: an instance carrying the whole load
            # (the other one out for a redeploy) answered in over 1 s and was marked down with it
            timeout check 5s
        """
            .formatted(COOKIE, HOST));
    for (int i = 1; i <= settings.instances(); i++) {
      String name = StackSettings.instanceName(i);
      cfg.append("    server ")
          .append(name)
          .append(' ')
          .append(HOST)
          .append(':')
          .append(settings.instanceHttpPort(i))
          .append(" check cookie ")
          .append(name)
          .append('\n');
    }
    cfg.append(
        """

        listen stats
            bind %s:%d
            stats enable
            stats uri /stats
            stats refresh 2s
        """
            .formatted(HOST, settings.loadBalancerStatsUrl().getPort()));
    return cfg.toString();
  }

  void start() {
    Path haproxy = executable();
    try {
      Files.createDirectories(dir);
      Files.createDirectories(settings.logDir());
      Path cfg = dir.resolve("haproxy.cfg");
      Files.writeString(cfg, configuration(settings));
      List<String> command = new ArrayList<>(Processes.newSessionCommand());
      command.addAll(List.of(haproxy.toString(), "-db", "-f", cfg.toString()));
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(
                  ProcessBuilder.Redirect.appendTo(
                      settings.logDir().resolve("haproxy.log").toFile()))
              .start();
      // setsid --wait runs HAProxy as its child: record HAProxy itself
      ProcessHandle proxy = awaitHaproxy(process);
      Files.writeString(dir.resolve("haproxy.pid"), Long.toString(proxy.pid()));
      LOG.info(
          "HAProxy (pid {}) on {} in front of {} instances; statistics {}",
          proxy.pid(),
          settings.baseUrl(),
          settings.instances(),
          settings.loadBalancerStatsUrl());
    } catch (IOException e) {
      throw new StackException("Cannot start HAProxy", e);
    }
  }

  private static ProcessHandle awaitHaproxy(Process process) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new StackException(
            "HAProxy ended at once (exit " + process.exitValue() + "); see logs/haproxy.log");
      }
      Optional<ProcessHandle> proxy =
          process.toHandle().info().command().orElse("").endsWith("haproxy")
              ? Optional.of(process.toHandle())
              : process.toHandle().children().findFirst();
      if (proxy.isPresent()) {
        return proxy.get();
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StackException("Interrupted while starting HAProxy", e);
      }
    }
    throw new StackException("HAProxy did not start within 10 s");
  }

  @Override
  public void stop() {
    stopLeftover(settings);
  }

  /** Stops the HAProxy of this state directory, also one a killed launcher left behind. */
  static void stopLeftover(StackSettings settings) {
    Path pidFile = settings.stateDir().resolve("haproxy/haproxy.pid");
    Processes.fromPidFile(pidFile, commandLine -> commandLine.contains("haproxy"))
        .ifPresent(
            proxy -> {
              LOG.info("Stopping HAProxy (pid {})", proxy.pid());
              proxy.destroy();
              Processes.awaitExitOrKill(proxy, Duration.ofSeconds(10));
            });
  }

  /** Debian's {@code /usr/sbin/haproxy}, or one on the PATH. */
  static Path executable() {
    List<String> dirs = new ArrayList<>(List.of("/usr/sbin", "/usr/local/sbin"));
    dirs.addAll(Arrays.asList(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
    return dirs.stream()
        .filter(d -> !d.isBlank())
        .map(d -> Path.of(d, "haproxy"))
        .filter(Files::isExecutable)
        .findFirst()
        .orElseThrow(
            () ->
                new StackException(
                    "A clustered stack (devstack.instances >= 2) needs HAProxy:"
                        + " sudo apt-get install -y haproxy"));
  }
}
