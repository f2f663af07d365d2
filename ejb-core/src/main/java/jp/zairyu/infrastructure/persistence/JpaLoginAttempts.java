package jp.zairyu.infrastructure.persistence;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import jp.zairyu.domain.model.account.LoginAttempt;
import jp.zairyu.domain.model.account.LoginAttempts;

@Stateless
@Local(LoginAttempts.class)
public class JpaLoginAttempts implements LoginAttempts {

  @PersistenceContext(unitName = "zairyu")
  private EntityManager em;

  @Override
  public Optional<LoginAttempt> find(String realm, String loginName) {
    return Optional.ofNullable(em.find(LoginAttempt.class, new LoginAttempt.Key(realm, loginName)));
  }

  @Override
  public LoginAttempt lockOrCreate(String realm, String loginName, Instant now) {
    // Insert-if-absent first, so that concurrent failures under one name count one by one.
    em.createNativeQuery(
            "insert into login_attempt (realm, login_name, failures, last_failure_at)"
                + " values (?1, ?2, 0, ?3) on conflict do nothing")
        .setParameter(1, realm)
        .setParameter(2, loginName)
        .setParameter(3, Timestamp.from(now))
        .executeUpdate();
    return em.find(
        LoginAttempt.class, new LoginAttempt.Key(realm, loginName), LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public LoginAttempt.Charge charge(
      String realm, String loginName, Instant now, int maxFailures, Duration lockFor) {
    return lockOrCreate(realm, loginName, now).charge(now, maxFailures, lockFor);
  }

  @Override
  public void clear(String realm, String loginName) {
    em.createQuery(
            "delete from LoginAttempt a where a.key.realm = :realm and a.key.loginName = :name")
        .setParameter("realm", realm)
        .setParameter("name", loginName)
        .executeUpdate();
  }

  @Override
  public int removeOlderThan(Instant before) {
    return em.createQuery(
            "delete from LoginAttempt a where a.lastFailureAt < :before"
                + " and (a.lockedUntil is null or a.lockedUntil < :before)")
        .setParameter("before", before)
        .executeUpdate();
  }
}
