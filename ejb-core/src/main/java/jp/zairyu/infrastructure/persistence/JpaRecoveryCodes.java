package jp.zairyu.infrastructure.persistence;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import jp.zairyu.domain.model.account.RecoveryCodes;

@Stateless
@Local(RecoveryCodes.class)
public class JpaRecoveryCodes implements RecoveryCodes {

  @PersistenceContext(unitName = "zairyu")
  private EntityManager em;

  @Override
  public void replace(long practitionerId, List<String> codeHashes) {
    em.createNativeQuery("delete from recovery_code where practitioner_id = ?1")
        .setParameter(1, practitionerId)
        .executeUpdate();
    for (String hash : codeHashes) {
      em.createNativeQuery("insert into recovery_code (practitioner_id, code_hash) values (?1, ?2)")
          .setParameter(1, practitionerId)
          .setParameter(2, hash)
          .executeUpdate();
    }
  }

  @Override
  public boolean use(long practitionerId, String codeHash, Instant now) {
    return em.createNativeQuery(
                "update recovery_code set used_at = ?3 where practitioner_id = ?1"
                    + " and code_hash = ?2 and used_at is null")
            .setParameter(1, practitionerId)
            .setParameter(2, codeHash)
            .setParameter(3, Timestamp.from(now))
            .executeUpdate()
        == 1;
  }

  @Override
  public long remaining(long practitionerId) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from recovery_code where practitioner_id = ?1"
                        + " and used_at is null")
                .setParameter(1, practitionerId)
                .getSingleResult())
        .longValue();
  }
}
