package jp.zairyu.infrastructure.messaging;

import jakarta.ejb.Singleton;
import jakarta.jms.JMSConnectionFactoryDefinition;
import jakarta.jms.JMSDestinationDefinition;
import java.util.List;

/**
 * The JMS resources of the application, all provided by the ActiveMQ Artemis resource adapter,
 * deployed on the server under the name {@value #RESOURCE_ADAPTER}. Queues are named for the fact
 * they carry; the broker gives each its own dead-letter queue ({@code DLQ.<queue>}), a redelivery
 * delay and a maximum number of deliveries (see the README, "Messaging").
 */
@Singleton
@JMSConnectionFactoryDefinition(
    name = Destinations.CONNECTION_FACTORY,
    interfaceName = "jakarta.jms.ConnectionFactory",
    resourceAdapter = Destinations.RESOURCE_ADAPTER,
    transactional = true,
    maxPoolSize = 32,
    minPoolSize = 1)
@JMSConnectionFactoryDefinition(
    name = Destinations.PROBE_CONNECTION_FACTORY,
    interfaceName = "jakarta.jms.ConnectionFactory",
    resourceAdapter = Destinations.RESOURCE_ADAPTER,
    transactional = false,
    maxPoolSize = 2,
    minPoolSize = 0,
    properties = {
      "InitialConnectAttempts=1",
      "ReconnectAttempts=0",
      "CallTimeout=2000",
      "RetryInterval=200"
    })
@JMSDestinationDefinition(
    name = Destinations.APPLICATION_SUBMITTED_JNDI,
    interfaceName = "jakarta.jms.Queue",
    resourceAdapter = Destinations.RESOURCE_ADAPTER,
    properties = "Address=" + Destinations.APPLICATION_SUBMITTED)
@JMSDestinationDefinition(
    name = Destinations.NOTIFICATION_REQUESTED_JNDI,
    interfaceName = "jakarta.jms.Queue",
    resourceAdapter = Destinations.RESOURCE_ADAPTER,
    properties = "Address=" + Destinations.NOTIFICATION_REQUESTED)
@JMSDestinationDefinition(
    name = Destinations.DECISION_MADE_JNDI,
    interfaceName = "jakarta.jms.Queue",
    resourceAdapter = Destinations.RESOURCE_ADAPTER,
    properties = "Address=" + Destinations.DECISION_MADE)
public class Destinations {

  public static final String RESOURCE_ADAPTER = "artemis-ra";
  public static final String CONNECTION_FACTORY = "java:app/jms/zairyu";

  /**
   * For probing the broker (readiness, queue statistics' replies): fails fast instead of retrying,
   * so a missing broker is reported in seconds, not after the application's patient reconnection
   * attempts.
   */
  public static final String PROBE_CONNECTION_FACTORY = "java:app/jms/probe";

  public static final String APPLICATION_SUBMITTED = "ApplicationSubmitted";
  public static final String APPLICATION_SUBMITTED_JNDI = "java:app/jms/ApplicationSubmitted";

  public static final String NOTIFICATION_REQUESTED = "NotificationRequested";
  public static final String NOTIFICATION_REQUESTED_JNDI = "java:app/jms/NotificationRequested";

  public static final String DECISION_MADE = "DecisionMade";
  public static final String DECISION_MADE_JNDI = "java:app/jms/DecisionMade";

  /** Every queue of a fact, in the order a submission meets them. */
  public static final List<String> FACT_QUEUES =
      List.of(APPLICATION_SUBMITTED, DECISION_MADE, NOTIFICATION_REQUESTED);

  /** Prefix of the dead-letter queue of each fact queue: {@code DLQ.ApplicationSubmitted}. */
  public static final String DEAD_LETTER_PREFIX = "DLQ.";

  public static String deadLetterQueueOf(String queue) {
    return DEAD_LETTER_PREFIX + queue;
  }
}
