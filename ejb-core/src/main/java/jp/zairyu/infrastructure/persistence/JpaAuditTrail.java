package jp.zairyu.infrastructure.persistence;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import jp.zairyu.application.AuditTrail;
import jp.zairyu.domain.model.audit.AuditEntry;

/**
 * Appends to the audit chain under a lock on its single head row, so that entries chain in the
 * order their transactions commit, across every server of the cluster.
 */
@Stateless
@Local(AuditTrail.class)
public class JpaAuditTrail implements AuditTrail {

  private static final int PAGE = 1000;

  @PersistenceContext(unitName = "zairyu")
  private EntityManager em;

  @Inject private Clock clock;

  @Override
  public void record(String actor, String action, String subject, String detail) {
    Object[] head =
        (Object[])
            em.createNativeQuery(
                    "select last_id, last_hash from audit_chain_head where id = 1 for update")
                .getSingleResult();
    AuditEntry entry =
        new AuditEntry(clock.instant(), actor, action, subject, detail, (String) head[1]);
    em.persist(entry);
    em.flush();
    em.createNativeQuery("update audit_chain_head set last_id = ?1, last_hash = ?2 where id = 1")
        .setParameter(1, entry.id())
        .setParameter(2, entry.hash())
        .executeUpdate();
  }

  @Override
  public Verification verify() {
    String previous = AuditEntry.GENESIS;
    long lastId = 0;
    long checked = 0;
    while (true) {
      List<AuditEntry> page =
          em.createQuery(
                  "select e from AuditEntry e where e.id > :after order by e.id", AuditEntry.class)
              .setParameter("after", lastId)
              .setMaxResults(PAGE)
              .getResultList();
      for (AuditEntry e : page) {
        if (!e.verifies(previous)) {
          return new Verification(checked, OptionalLong.of(e.id()));
        }
        previous = e.hash();
        lastId = e.id();
        checked++;
        em.detach(e);
      }
      if (page.size() < PAGE) {
        break;
      }
    }
    Object[] head =
        (Object[])
            em.createNativeQuery("select last_id, last_hash from audit_chain_head where id = 1")
                .getSingleResult();
    // Deleting the newest entries would leave a valid but shorter chain: the head remembers.
    if (((Number) head[0]).longValue() != lastId || !previous.equals(head[1])) {
      return new Verification(checked, OptionalLong.of(lastId + 1));
    }
    return new Verification(checked, OptionalLong.empty());
  }
}
