package jp.zairyu.infrastructure.persistence;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import jp.zairyu.domain.model.account.Officer;
import jp.zairyu.domain.model.account.OfficerRepository;

@Stateless
@Local(OfficerRepository.class)
public class JpaOfficerRepository implements OfficerRepository {

  @PersistenceContext(unitName = "zairyu")
  private EntityManager em;

  @Override
  public Optional<Officer> find(long id) {
    return Optional.ofNullable(em.find(Officer.class, id));
  }

  @Override
  public Optional<Officer> findByLoginId(String loginId) {
    return em.createQuery("select o from Officer o where o.loginId = :id", Officer.class)
        .setParameter("id", loginId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean sessionStillValid(String loginId, int credentialsVersion) {
    return !em.createNativeQuery(
            "select 1 from officer where login_id = ?1 and credentials_version = ?2"
                + " and status = 'ACTIVE'")
        .setParameter(1, loginId)
        .setParameter(2, credentialsVersion)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<Officer> all() {
    return em.createQuery("select o from Officer o order by o.bureauCode, o.loginId", Officer.class)
        .getResultList();
  }

  @Override
  public void add(Officer officer) {
    em.persist(officer);
    em.flush();
  }
}
