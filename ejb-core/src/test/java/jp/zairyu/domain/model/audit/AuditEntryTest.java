package jp.zairyu.domain.model.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

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
