package jp.zairyu.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Checks up front that every port the stack is about to open is free. */
final class Ports {

  private Ports() {}

  static void requireFree(StackSettings settings) {
    var ports = new LinkedHashMap<String, Integer>();
    ports.put("PostgreSQL (devstack.postgres.port)", settings.postgresPort());
    ports.put("Artemis (devstack.broker.port)", settings.brokerPort());
    if (settings.hasBrokerBackup()) {
      ports.put("Artemis backup (devstack.broker.port + 1)", settings.brokerBackupPort());
    }
    ports.put("SMTP (devstack.smtp.port)", settings.smtpPort());
    ports.put("IMAP (devstack.imap.port)", settings.imapPort());
    ports.put("Payara HTTP (devstack.payara.portbase + 80)", settings.httpPort());
    ports.put("Payara HTTPS (devstack.payara.portbase + 81)", settings.httpsPort());
    ports.put("Payara admin (devstack.payara.portbase + 48)", settings.adminPort());
    ports.put("Payara Hazelcast (devstack.payara.portbase + 49)", settings.hazelcastPort());
    ports.put("Payara JMX (devstack.payara.portbase + 86)", settings.jmxPort());
    if (settings.clustered()) {
      ports.put(
          "HAProxy statistics (devstack.payara.portbase + 90)",
          settings.loadBalancerStatsUrl().getPort());
      for (int i = 1; i <= settings.instances(); i++) {
        String instance = "instance " + StackSettings.instanceName(i);
        ports.put(instance + " HTTP", settings.instanceHttpPort(i));
        ports.put(instance + " admin", settings.instancePortBase(i) + 48);
        ports.put(instance + " Hazelcast", settings.instanceHazelcastPort(i));
      }
    }

    Map<String, Integer> taken =
        ports.entrySet().stream()
            .filter(entry -> !isFree(entry.getValue()))
            .collect(
                Collectors.toMap(
                    Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    if (!taken.isEmpty()) {
      throw new StackException(
          "Ports already in use on "
              + StackSettings.HOST
              + ": "
              + taken
              + ". Another program holds them; stop it or choose other ports"
              + " (system properties in parentheses).");
    }
  }

  private static boolean isFree(int port) {
    try (var socket = new ServerSocket()) {
      socket.setReuseAddress(true); // as the servers do: TIME_WAIT leftovers are no obstacle
      socket.bind(new InetSocketAddress(InetAddress.getByName(StackSettings.HOST), port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
