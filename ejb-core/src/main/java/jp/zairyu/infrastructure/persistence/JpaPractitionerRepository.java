package jp.zairyu.infrastructure.persistence;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import jp.zairyu.domain.model.account.Practitioner;
import jp.zairyu.domain.model.account.PractitionerRepository;

@Stateless
@Local(PractitionerRepository.class)
public class JpaPractitionerRepository implements PractitionerRepository {

  @PersistenceContext(unitName = "zairyu")
  private EntityManager em;

  @Override
  public Optional<Practitioner> find(long id) {
    return Optional.ofNullable(em.find(Practitioner.class, id));
  }

  @Override
  public Optional<Practitioner> findByAuthId(String authId) {
    return em.createQuery("select p from Practitioner p where p.authId = :id", Practitioner.class)
        .setParameter("id", authId)
        .getResultStream()
        .findFirst();
  }
}
