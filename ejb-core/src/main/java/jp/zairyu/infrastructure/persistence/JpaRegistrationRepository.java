package jp.zairyu.infrastructure.persistence;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
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
  public int supersedeOpen(String email, String certificateNumber, Long except, Instant now) {
    List<Registration> open = lockOpen(email, certificateNumber, except == null ? -1 : except);
    open.forEach(r -> r.supersede(now));
    em.flush();
    return open.size();
  }

  @Override
  public List<Registration> openSharing(String email, String certificateNumber, long except) {
    return em.createQuery(
            "select r from Registration r where r.state in :open and r.id <> :except and"
                + " (lower(r.details.email) = lower(:email) or r.details.certificateNumber ="
                + " :certificate) order by r.id",
            Registration.class)
        .setParameter("open", List.of(Registration.State.IN_REVIEW, Registration.State.APPROVED))
        .setParameter("except", except)
        .setParameter("email", email)
        .setParameter("certificate", certificateNumber == null ? "-" : certificateNumber)
        .getResultList();
  }

  @SuppressWarnings("unchecked")
  private List<Registration> lockOpen(String email, String certificateNumber, long except) {
    return em.createNativeQuery(
            "select * from registration where state in ('IN_REVIEW', 'APPROVED') and id <> ?3"
                + " and (lower(email) = lower(?1) or certificate_number = ?2) order by id"
                + " for update",
            Registration.class)
        .setParameter(1, email)
        .setParameter(2, certificateNumber == null ? "-" : certificateNumber)
        .setParameter(3, except)
        .getResultList();
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<Registration> claimApprovedBefore(Instant decidedBefore, int limit) {
    return em.createNativeQuery(
            "select * from registration where state = 'APPROVED' and decided_at < ?1"
                + " order by id limit ?2 for update skip locked",
            Registration.class)
        .setParameter(1, Timestamp.from(decidedBefore))
        .setParameter(2, limit)
        .getResultList();
  }
}
