package jp.zairyu.portal.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jp.zairyu.infrastructure.messaging.Destinations;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the Artemis broker answers a round trip (browsing a queue). */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {

  @Resource(lookup = Destinations.PROBE_CONNECTION_FACTORY)
  private ConnectionFactory connectionFactory;

  @Resource(lookup = Destinations.APPLICATION_SUBMITTED_JNDI)
  private Queue probe;

  @Override
  public HealthCheckResponse call() {
    try (JMSContext context = connectionFactory.createContext();
        QueueBrowser browser = context.createBrowser(probe)) {
      browser.getEnumeration().hasMoreElements();
      return HealthCheckResponse.up("broker");
    } catch (JMSRuntimeException | jakarta.jms.JMSException e) {
      return HealthCheckResponse.named("broker")
          .down()
          .withData("error", e.getClass().getSimpleName())
          .build();
    } catch (RuntimeException e) {
      return HealthCheckResponse.named("broker")
          .down()
          .withData("error", e.getClass().getSimpleName())
          .build();
    }
  }
}
