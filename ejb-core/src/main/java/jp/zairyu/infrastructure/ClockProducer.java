package jp.zairyu.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The service's clock: Japan time, whatever the server's own time zone. */
@ApplicationScoped
public class ClockProducer {

  static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.system(JAPAN);
  }
}
