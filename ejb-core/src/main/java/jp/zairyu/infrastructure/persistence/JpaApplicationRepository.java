package jp.zairyu.infrastructure.persistence;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.ApplicationRepository;
import jp.zairyu.domain.model.application.ApplicationState;
import jp.zairyu.domain.model.application.ReceiptNumber;

@Stateless
@Local(ApplicationRepository.class)
public class JpaApplicationRepository implements ApplicationRepository {

  @PersistenceContext(unitName = "zairyu")
  private EntityManager em;

  @Override
  public Optional<Application> find(long id) {
    return Optional.ofNullable(em.find(Application.class, id));
  }

  @Override
  public void add(Application application) {
    em.persist(application);
    em.flush();
  }

  @Override
  public ReceiptNumber nextReceiptNumber(int year) {
    Number serial =
        (Number) em.createNativeQuery("select nextval('receipt_number_seq')").getSingleResult();
    return ReceiptNumber.of(year, serial.longValue());
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<Application> ofOffice(long officeId, int limit) {
    return em.createNativeQuery(
            "select a.* from application a join practitioner p on p.id = a.practitioner_id"
                + " where p.office_id = ?1 order by a.created_at desc, a.id desc limit ?2",
            Application.class)
        .setParameter(1, officeId)
        .setParameter(2, limit)
        .getResultList();
  }

  @Override
  public List<Application> ownedBy(long practitionerId, int limit) {
    return em.createQuery(
            "select a from Application a where a.practitionerId = :p"
                + " order by a.createdAt desc, a.id desc",
            Application.class)
        .setParameter("p", practitionerId)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<Application> intakeOf(String bureauCode, int limit) {
    return em.createQuery(
            "select a from Application a where a.bureauCode = :b and a.state = :s"
                + " order by a.submittedAt, a.id",
            Application.class)
        .setParameter("b", bureauCode)
        .setParameter("s", ApplicationState.SUBMITTED)
        .setMaxResults(limit)
        .getResultList();
  }
}
