package jp.zairyu.domain.model.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

  private static final Instant NANOS = Instant.parse("2026-11-26T08:59:04.123456789Z");

  @Test
  void anEntryStillVerifiesWhenReadBackWithTheDatabasesMicroseconds() throws Exception {
    AuditEntry entry = new AuditEntry(NANOS, "admin", "LOGIN", "officer", null, AuditEntry.GENESIS);

    // What PostgreSQL (timestamp with time zone, microseconds) gives back.
    Field occurredAt = AuditEntry.class.getDeclaredField("occurredAt");
    occurredAt.setAccessible(true);
    occurredAt.set(entry, NANOS.truncatedTo(ChronoUnit.MICROS));

    assertThat(entry.verifies(AuditEntry.GENESIS)).isTrue();
  }

  @Test
  void anAlteredEntryOrABrokenLinkDoesNotVerify() throws Exception {
    AuditEntry entry = new AuditEntry(NANOS, "admin", "LOGIN", "officer", null, AuditEntry.GENESIS);
    assertThat(entry.verifies("1".repeat(64))).isFalse();

    Field actor = AuditEntry.class.getDeclaredField("actor");
    actor.setAccessible(true);
    actor.set(entry, "someone.else");
    assertThat(entry.verifies(AuditEntry.GENESIS)).isFalse();
  }

  static final Instant NOW = Instant.parse("2026-11-26T01:00:00Z");

  @Test
  void entriesChainAndAnEditBreaksTheChain() throws Exception {
    AuditEntry first =
        new AuditEntry(NOW, "Z000000001", "LOGIN", "practitioner", null, AuditEntry.GENESIS);
    AuditEntry second =
        new AuditEntry(
            NOW.plusSeconds(1), "Z000000001", "PASSWORD_CHANGED", null, null, first.hash());
    assertThat(first.verifies(AuditEntry.GENESIS)).isTrue();
    assertThat(second.verifies(first.hash())).isTrue();
    assertThat(second.verifies(AuditEntry.GENESIS)).isFalse();

    Field actor = AuditEntry.class.getDeclaredField("actor");
    actor.setAccessible(true);
    actor.set(first, "Z000000002");
    assertThat(first.verifies(AuditEntry.GENESIS)).isFalse();
  }
}
