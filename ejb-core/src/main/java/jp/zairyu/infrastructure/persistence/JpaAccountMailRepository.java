package jp.zairyu.infrastructure.persistence;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import jp.zairyu.domain.model.account.AccountMail;
import jp.zairyu.domain.model.account.AccountMailRepository;

@Stateless
@Local(AccountMailRepository.class)
public class JpaAccountMailRepository implements AccountMailRepository {

  @PersistenceContext(unitName = "zairyu")
  private EntityManager em;

  @Override
  public void add(AccountMail mail) {
    em.persist(mail);
    em.flush();
  }

  @Override
  public Optional<AccountMail> claim(long id) {
    return Optional.ofNullable(em.find(AccountMail.class, id, LockModeType.PESSIMISTIC_WRITE));
  }
}
