package jp.zairyu.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import jp.zairyu.it.support.DeployedEar;
import jp.zairyu.it.support.Fixtures;
import jp.zairyu.it.support.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many logged-in sessions of both front ends at once, as the load run had them: every request a
 * caller's role allows is answered as allowed, never with 403. On Payara 6.2025.10 a session
 * restored by {@code @AutoApplySession} lost its groups now and then under concurrency (the
 * container kept the session's principal in the one shared unauthenticated security context, see
 * {@code jp.zairyu.web.FormLogin}), and the web constraint then refused the caller.
 */
@ExtendWith(DeployedEar.class)
class ConcurrentSessionsIT {

  private static final int PORTAL_SESSIONS = 8;
  private static final int CONSOLE_SESSIONS = 8;
  private static final Duration HAMMER = Duration.ofSeconds(25);

  /** One request a logged-in caller may make, and the statuses it may get. */
  private record Call(String name, Function<WebSession, HttpResponse<?>> send) {}

  private static final List<Call> PORTAL =
      List.of(
          new Call("portal keep-alive", s -> s.post("/portal/session/keepalive", Map.of())),
          new Call(
              "portal pdf", s -> s.getBytes("/portal/applications/application.pdf?id=999999999")),
          new Call("portal page", s -> s.get("/portal/index.xhtml")));

  private static final List<Call> CONSOLE =
      List.of(
          new Call("console pdf", s -> s.getBytes("/console/cases/application.pdf?id=999999999")),
          new Call("console queue", s -> s.get("/console/index.xhtml")));

  @Test
  void noLoggedInRequestIsRefusedUnderConcurrency() throws Exception {
    List<WebSession> portal = new ArrayList<>();
    List<WebSession> console = new ArrayList<>();
    for (int i = 0; i < PORTAL_SESSIONS; i++) {
      portal.add(WebSession.portal(Fixtures.LAWYER_AUTH_ID, Fixtures.DEMO_PASSWORD));
    }
    for (int i = 0; i < CONSOLE_SESSIONS; i++) {
      console.add(
          WebSession.console(
              i % 2 == 0 ? Fixtures.TOKYO_EXAMINER : Fixtures.TOKYO_SUPERVISOR,
              Fixtures.DEMO_PASSWORD));
    }

    AtomicInteger requests = new AtomicInteger();
    Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
    ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
    long end = System.nanoTime() + HAMMER.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(PORTAL_SESSIONS + CONSOLE_SESSIONS);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (WebSession s : portal) {
        workers.add(pool.submit(() -> hammer(s, PORTAL, end, requests, statuses, refused)));
      }
      for (WebSession s : console) {
        workers.add(pool.submit(() -> hammer(s, CONSOLE, end, requests, statuses, refused)));
      }
      for (Future<?> w : workers) {
        w.get();
      }
    } finally {
      pool.shutdownNow();
    }

    System.out.printf(
        "ConcurrentSessionsIT: %d requests from %d sessions in %s, statuses %s, refused %d%n",
        requests.get(), PORTAL_SESSIONS + CONSOLE_SESSIONS, HAMMER, statuses, refused.size());
    assertThat(requests.get()).as("the load ran").isGreaterThan(100);
    assertThat(refused).as("requests answered 403 out of " + requests.get()).isEmpty();
    assertThat(statuses.keySet())
        .as("each call answered as allowed (200, 204, 404 for an id nobody owns)")
        .allMatch(k -> k.endsWith(" 200") || k.endsWith(" 204") || k.endsWith(" 404"));
  }

  private static void hammer(
      WebSession session,
      List<Call> calls,
      long end,
      AtomicInteger requests,
      Map<String, AtomicInteger> statuses,
      ConcurrentLinkedQueue<String> refused) {
    int i = 0;
    while (System.nanoTime() < end) {
      Call call = calls.get(i++ % calls.size());
      int status = call.send().apply(session).statusCode();
      requests.incrementAndGet();
      statuses
          .computeIfAbsent(call.name() + " " + status, k -> new AtomicInteger())
          .incrementAndGet();
      if (status == 403) {
        refused.add(call.name());
      }
    }
  }
}
