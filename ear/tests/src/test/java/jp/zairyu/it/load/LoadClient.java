package jp.zairyu.it.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import jp.zairyu.it.support.TestPorts;

/** The test JVM's side of {@link LoadServlet}. */
public final class LoadClient {

  /** What the client got back for a submission. */
  public record Receipt(long applicationId, String receiptNumber) {}

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base =
      "http://" + TestPorts.HOST + ":" + TestPorts.HTTP + "/zairyu-it/load/";

  /** One submission; empty if it failed (nothing the client can count on). */
  public Optional<Receipt> submit(String name) {
    Optional<String> body = post("submit?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
    return body.map(
        b -> {
          String[] parts = b.strip().split(" ");
          return new Receipt(Long.parseLong(parts[0]), parts[1]);
        });
  }

  /** Asks for a submission that halts the server between prepare and commit; never answers. */
  public void crashWhileCommitting(String name) {
    post("crash-while-committing?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
  }

  public boolean floor(String payload) {
    return post("floor?payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8)).isPresent();
  }

  private Optional<String> post(String path) {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(base + path))
                  .timeout(Duration.ofSeconds(60))
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
