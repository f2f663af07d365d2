package jp.zairyu.domain.model.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

  private static final ChainKey KEY = new ChainKey("k1", new byte[32]);
  private static final ChainKeys KEYS = ChainKeys.of(KEY);

  private static final Instant NANOS = Instant.parse("2026-11-26T08:59:04.123456789Z");

  @Test
  void anEntryStillVerifiesWhenReadBackWithTheDatabasesMicroseconds() throws Exception {
    AuditEntry entry =
        new AuditEntry(NANOS, "admin", "LOGIN", "officer", null, AuditEntry.GENESIS, KEY);

    // What PostgreSQL (timestamp with time zone, microseconds) gives back.
    Field occurredAt = AuditEntry.class.getDeclaredField("occurredAt");
    occurredAt.setAccessible(true);
    occurredAt.set(entry, NANOS.truncatedTo(ChronoUnit.MICROS));

    assertThat(entry.verifies(AuditEntry.GENESIS, KEYS)).isTrue();
  }

  @Test
  void anAlteredEntryOrABrokenLinkDoesNotVerify() throws Exception {
    AuditEntry entry =
        new AuditEntry(NANOS, "admin", "LOGIN", "officer", null, AuditEntry.GENESIS, KEY);
    assertThat(entry.verifies("1".repeat(64), KEYS)).isFalse();

    Field actor = AuditEntry.class.getDeclaredField("actor");
    actor.setAccessible(true);
    actor.set(entry, "someone.else");
    assertThat(entry.verifies(AuditEntry.GENESIS, KEYS)).isFalse();
  }

  static final Instant NOW = Instant.parse("2026-11-26T01:00:00Z");

  @Test
  void entriesChainAndAnEditBreaksTheChain() throws Exception {
    AuditEntry first =
        new AuditEntry(NOW, "Z000000001", "LOGIN", "practitioner", null, AuditEntry.GENESIS, KEY);
    AuditEntry second =
        new AuditEntry(
            NOW.plusSeconds(1), "Z000000001", "PASSWORD_CHANGED", null, null, first.hash(), KEY);
    assertThat(first.verifies(AuditEntry.GENESIS, KEYS)).isTrue();
    assertThat(second.verifies(first.hash(), KEYS)).isTrue();
    assertThat(second.verifies(AuditEntry.GENESIS, KEYS)).isFalse();

    Field actor = AuditEntry.class.getDeclaredField("actor");
    actor.setAccessible(true);
    actor.set(first, "Z000000002");
    assertThat(first.verifies(AuditEntry.GENESIS, KEYS)).isFalse();
  }
}
