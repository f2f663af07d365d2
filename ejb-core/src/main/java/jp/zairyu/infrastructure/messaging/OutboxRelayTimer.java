package jp.zairyu.infrastructure.messaging;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * The outbox relay's safety net: every second, drain what is there (rows of a batch that failed,
 * rows committed just before a crash, on any server). Also starts the relay with the application.
 * Unlike the daily jobs it runs on every server of a cluster, on purpose: the relays claim rows
 * with {@code FOR UPDATE SKIP LOCKED}, so they share the work and never send a row twice ({@code
 * OutboxRelayConcurrencyIT}), and the rows of a server that died are sent by the others within a
 * second.
 */
@Singleton
@Startup
@PermitAll
public class OutboxRelayTimer {

  @Inject private OutboxRelay relay;

  @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void tick() {
    relay.tick();
  }
}
