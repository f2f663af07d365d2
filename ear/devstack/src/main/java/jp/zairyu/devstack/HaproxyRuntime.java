package jp.zairyu.devstack;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * HAProxy's runtime API ({@link LoadBalancer#adminSocket}, admin level): an instance taken out of
 * the rotation and put back, and what HAProxy sees of each instance ({@code show stat}). A rolling
 * redeploy uses it ({@link RollingRedeploy}); ops do the same with {@code socat} (README "Deploying
 * a cluster").
 */
final class HaproxyRuntime {

  private HaproxyRuntime() {}

  /**
   * Takes an instance out of the rotation (HAProxy's {@code maint} state: no new request, its
   * sticky users go to another instance, where their replicated session is) and returns once no
   * request is under way on it, or after {@code timeout}.
   */
  static void takeOut(StackSettings settings, String instance, Duration timeout) {
    command(settings, "set server instances/" + instance + " state maint");
    pollUntil(() -> currentRequests(settings, instance) == 0, timeout);
  }

  /**
   * Returns once HAProxy sees every instance but {@code instance} up, so that taking it out leaves
   * the others serving; throws after {@code timeout}.
   */
  static void awaitOthersUp(StackSettings settings, String instance, Duration timeout) {
    var others =
        java.util.stream.IntStream.rangeClosed(1, settings.instances())
            .mapToObj(StackSettings::instanceName)
            .filter(other -> !other.equals(instance))
            .toList();
    if (!pollUntil(() -> others.stream().allMatch(other -> up(settings, other)), timeout)) {
      throw new StackException(
          "Not taking "
              + instance
              + " out: HAProxy does not see "
              + others
              + " up after "
              + timeout);
    }
  }

  /**
   * Puts an instance back into the rotation and returns once HAProxy's health checks see it up (two
   * checks a second apart), or throws after {@code timeout}.
   */
  static void putBack(StackSettings settings, String instance, Duration timeout) {
    command(settings, "set server instances/" + instance + " state ready");
    if (!pollUntil(() -> up(settings, instance), timeout)) {
      throw new StackException(
          "HAProxy does not see "
              + instance
              + " up after "
              + timeout
              + " (status "
              + statistics(settings, instance).get("status")
              + ")");
    }
  }

  private static boolean up(StackSettings settings, String instance) {
    return "UP".equals(statistics(settings, instance).get("status"));
  }

  /** Asks {@code done} every 100 ms until it says yes (true) or {@code timeout} passed (false). */
  private static boolean pollUntil(java.util.function.BooleanSupplier done, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StackException("Interrupted", e);
      }
    }
    return true;
  }

  /** Requests HAProxy has under way on an instance (its {@code scur}). */
  static int currentRequests(StackSettings settings, String instance) {
    return Integer.parseInt(statistics(settings, instance).getOrDefault("scur", "0"));
  }

  /** One instance's line of {@code show stat}, by column name. */
  private static java.util.Map<String, String> statistics(StackSettings settings, String instance) {
    List<String> lines = command(settings, "show stat").lines().toList();
    if (lines.isEmpty() || !lines.get(0).startsWith("# ")) {
      throw new StackException("HAProxy answered show stat with: " + lines);
    }
    String[] columns = lines.get(0).substring(2).split(",", -1);
    for (String line : lines.subList(1, lines.size())) {
      String[] values = line.split(",", -1);
      if (values.length > 1 && values[0].equals("instances") && values[1].equals(instance)) {
        var row = new java.util.HashMap<String, String>();
        for (int c = 0; c < Math.min(columns.length, values.length); c++) {
          row.put(columns[c], values[c]);
        }
        return row;
      }
    }
    throw new StackException("HAProxy has no server " + instance + " in backend instances");
  }

  /** One command on the runtime API; its answer. */
  private static String command(StackSettings settings, String command) {
    var address = java.net.UnixDomainSocketAddress.of(LoadBalancer.adminSocket(settings));
    try (var channel = java.nio.channels.SocketChannel.open(address)) {
      channel.write(
          java.nio.ByteBuffer.wrap(
              (command + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
      var answer = new java.io.ByteArrayOutputStream();
      var buffer = java.nio.ByteBuffer.allocate(8192);
      while (channel.read(buffer) >= 0) { // HAProxy closes the connection after one command
        answer.write(buffer.array(), 0, buffer.position());
        buffer.clear();
      }
      String text = answer.toString(java.nio.charset.StandardCharsets.US_ASCII);
      if (!command.startsWith("show") && !text.isBlank()) {
        throw new StackException("HAProxy refused '" + command + "': " + text.strip());
      }
      return text;
    } catch (IOException e) {
      throw new StackException("Cannot reach HAProxy's runtime API at " + address, e);
    }
  }
}
