package jp.zairyu.infrastructure.persistence;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import jp.zairyu.domain.model.account.AccountToken;
import jp.zairyu.domain.model.account.AccountTokenRepository;

@Stateless
@Local(AccountTokenRepository.class)
public class JpaAccountTokenRepository implements AccountTokenRepository {

  @PersistenceContext(unitName = "zairyu")
  private EntityManager em;

  @Override
  public void add(AccountToken token) {
    em.persist(token);
  }

  @Override
  public Optional<AccountToken> claim(String secret, AccountToken.Purpose purpose) {
    return query(secret, purpose, LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public Optional<AccountToken> peek(String secret, AccountToken.Purpose purpose) {
    return query(secret, purpose, LockModeType.NONE);
  }

  private Optional<AccountToken> query(
      String secret, AccountToken.Purpose purpose, LockModeType lock) {
    if (secret == null || secret.isBlank() || secret.length() > 100) {
      return Optional.empty();
    }
    return em.createQuery(
            "select t from AccountToken t where t.tokenHash = :hash and t.purpose = :purpose",
            AccountToken.class)
        .setParameter("hash", AccountToken.hash(secret))
        .setParameter("purpose", purpose)
        .setLockMode(lock)
        .getResultStream()
        .findFirst();
  }

  @Override
  public int removeExpired(Instant before) {
    return em.createQuery("delete from AccountToken t where t.expiresAt < :before")
        .setParameter("before", before)
        .executeUpdate();
  }
}
