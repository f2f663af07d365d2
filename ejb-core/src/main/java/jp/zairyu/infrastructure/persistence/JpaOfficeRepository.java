package jp.zairyu.infrastructure.persistence;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import jp.zairyu.domain.model.account.Office;
import jp.zairyu.domain.model.account.OfficeRepository;

@Stateless
@Local(OfficeRepository.class)
public class JpaOfficeRepository implements OfficeRepository {

  @PersistenceContext(unitName = "zairyu")
  private EntityManager em;

  @Override
  public void add(Office office) {
    em.persist(office);
    em.flush();
  }

  @Override
  public Optional<Office> find(long id) {
    return Optional.ofNullable(em.find(Office.class, id));
  }
}
