package jp.zairyu.infrastructure.persistence;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.zairyu.domain.model.maintenance.MaintenanceWindow;
import jp.zairyu.domain.model.maintenance.MaintenanceWindowRepository;

@Stateless
@Local(MaintenanceWindowRepository.class)
public class JpaMaintenanceWindowRepository implements MaintenanceWindowRepository {

  @PersistenceContext(unitName = "zairyu")
  private EntityManager em;

  @Override
  public void add(MaintenanceWindow window) {
    em.persist(window);
    em.flush(); // the id comes from the database's identity column
  }

  @Override
  public Optional<MaintenanceWindow> find(long id) {
    return Optional.ofNullable(em.find(MaintenanceWindow.class, id));
  }

  @Override
  public void remove(MaintenanceWindow window) {
    em.remove(em.contains(window) ? window : em.merge(window));
  }

  @Override
  public List<MaintenanceWindow> notEndedAt(Instant now) {
    return em.createQuery(
            "select w from MaintenanceWindow w where w.endsAt > :now order by w.startsAt, w.id",
            MaintenanceWindow.class)
        .setParameter("now", now)
        .getResultList();
  }
}
