package jp.zairyu.infrastructure.persistence;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import jp.zairyu.domain.model.account.Registration;
import jp.zairyu.domain.model.account.RegistrationRepository;

@Stateless
@Local(RegistrationRepository.class)
public class JpaRegistrationRepository implements RegistrationRepository {

  @PersistenceContext(unitName = "zairyu")
  private EntityManager em;

  @Override
  public void add(Registration registration) {
    em.persist(registration);
    em.flush();
  }

  @Override
  public Optional<Registration> find(long id) {
    return Optional.ofNullable(em.find(Registration.class, id));
  }

  @Override
  public List<Registration> inReview(int limit) {
    return em.createQuery(
            "select r from Registration r where r.state = :state order by r.createdAt, r.id",
            Registration.class)
        .setParameter("state", Registration.State.IN_REVIEW)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public boolean openWithEmail(String email) {
    return exists("lower(email) = lower(?1)", email);
  }

  @Override
  public boolean openWithCertificate(String certificateNumber) {
    return exists("certificate_number = ?1", certificateNumber);
  }

  private boolean exists(String condition, String value) {
    return !em.createNativeQuery(
            "select 1 from registration where state in ('IN_REVIEW', 'APPROVED') and " + condition)
        .setParameter(1, value)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
