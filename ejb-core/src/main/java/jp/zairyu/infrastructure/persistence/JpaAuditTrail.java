package jp.zairyu.infrastructure.persistence;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import jp.zairyu.application.AuditTrail;
import jp.zairyu.domain.model.audit.AuditChainCheck;
import jp.zairyu.domain.model.audit.AuditEntry;
import jp.zairyu.domain.model.audit.ChainKey;
import jp.zairyu.domain.model.audit.ChainKeys;
import jp.zairyu.infrastructure.security.ConfiguredKeys;

/**
 * Appends to the audit chain under a lock on its single head row, so that entries chain in the
 * order their transactions commit, across every server of the cluster. Entries and the head are
 * keyed with the configured audit key ({@code zairyu.audit.hmac-key}).
 */
@Stateless
@Local(AuditTrail.class)
public class JpaAuditTrail implements AuditTrail {

  private static final int PAGE = 1000;

  @PersistenceContext(unitName = "zairyu")
  private EntityManager em;

  @Inject private Clock clock;
  @Inject private ConfiguredKeys keys;

  @Override
  public void record(String actor, String action, String subject, String detail) {
    append(lockHead(), actor, action, subject, detail);
  }

  @Override
  public void seal() {
    Head head = lockHead();
    if (head.mac() != null) {
      return;
    }
    ChainKey key = keys.audit().current();
    append(
        head,
        "system",
        "AUDIT_CHAIN_KEYED",
        "audit_log",
        "HMAC-SHA256 key " + key.id() + " from entry No. " + (head.lastId() + 1));
  }

  private Head lockHead() {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "select last_id, last_hash, mac, key_id from audit_chain_head where id = 1"
                        + " for update")
                .getSingleResult();
    return Head.of(row);
  }

  private void append(Head head, String actor, String action, String subject, String detail) {
    ChainKey key = keys.audit().current();
    AuditEntry entry =
        new AuditEntry(clock.instant(), actor, action, subject, detail, head.lastHash(), key);
    em.persist(entry);
    em.flush();
    em.createNativeQuery(
            "update audit_chain_head set last_id = ?1, last_hash = ?2, mac = ?3, key_id = ?4"
                + " where id = 1")
        .setParameter(1, entry.id())
        .setParameter(2, entry.hash())
        .setParameter(3, AuditChainCheck.headMac(key, entry.id(), entry.hash()))
        .setParameter(4, key.id())
        .executeUpdate();
  }

  @Override
  public Verification verify() {
    ChainKeys chainKeys = keys.audit();
    var check = new AuditChainCheck(chainKeys);
    long after = 0;
    while (true) {
      List<AuditEntry> page =
          em.createQuery(
                  "select e from AuditEntry e where e.id > :after order by e.id", AuditEntry.class)
              .setParameter("after", after)
              .setMaxResults(PAGE)
              .getResultList();
      for (AuditEntry e : page) {
        if (!check.accept(e)) {
          return new Verification(check.entriesChecked(), check.end(0, null, null, null));
        }
        after = e.id();
        em.detach(e);
      }
      if (page.size() < PAGE) {
        break;
      }
    }
    Head head =
        Head.of(
            (Object[])
                em.createNativeQuery(
                        "select last_id, last_hash, mac, key_id from audit_chain_head where id = 1")
                    .getSingleResult());
    Optional<AuditChainCheck.Break> broken =
        check.end(head.lastId(), head.lastHash(), head.mac(), head.keyId());
    return new Verification(check.entriesChecked(), broken);
  }

  private record Head(long lastId, String lastHash, String mac, String keyId) {
    static Head of(Object[] row) {
      return new Head(
          ((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3]);
    }
  }
}
