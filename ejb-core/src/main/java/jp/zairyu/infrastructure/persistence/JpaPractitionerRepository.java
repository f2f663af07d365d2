package jp.zairyu.infrastructure.persistence;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jp.zairyu.domain.model.account.Practitioner;
import jp.zairyu.domain.model.account.PractitionerIdentity;
import jp.zairyu.domain.model.account.PractitionerRepository;

@Stateless
@Local(PractitionerRepository.class)
public class JpaPractitionerRepository implements PractitionerRepository {

  /** 認証IDs are drawn from it: knowing one tells nothing about the others. */
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "zairyu")
  private EntityManager em;

  @Override
  public Optional<Practitioner> find(long id) {
    return Optional.ofNullable(em.find(Practitioner.class, id));
  }

  /** A read: joins the caller's transaction if there is one, else runs without. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  @Override
  public Optional<Practitioner> findByAuthId(String authId) {
    return em.createQuery("select p from Practitioner p where p.authId = :id", Practitioner.class)
        .setParameter("id", authId)
        .getResultStream()
        .findFirst();
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  @Override
  public Optional<PractitionerIdentity> identityOf(String authId) {
    return em.createQuery(
            "select new jp.zairyu.domain.model.account.PractitionerIdentity(p.id, p.userKind)"
                + " from Practitioner p where p.authId = :id",
            PractitionerIdentity.class)
        .setParameter("id", authId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean sessionStillValid(String authId, int credentialsVersion) {
    return !em.createNativeQuery(
            "select 1 from practitioner where auth_id = ?1 and credentials_version = ?2"
                + " and status = 'ACTIVE'")
        .setParameter(1, authId)
        .setParameter(2, credentialsVersion)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void add(Practitioner practitioner) {
    em.persist(practitioner);
    em.flush();
  }

  @Override
  public String nextAuthId() {
    while (true) {
      String candidate = String.format("Z%09d", RANDOM.nextInt(1_000_000_000));
      boolean taken =
          !em.createNativeQuery("select 1 from practitioner where auth_id = ?1")
              .setParameter(1, candidate)
              .getResultList()
              .isEmpty();
      if (!taken) {
        return candidate;
      }
    }
  }

  @Override
  public boolean emailInUse(String email) {
    return !em.createNativeQuery(
            "select 1 from practitioner where lower(email) = lower(?1) and status <> 'CLOSED'")
        .setParameter(1, email)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public boolean certificateInUse(String certificateNumber) {
    return !em.createNativeQuery(
            "select 1 from practitioner where certificate_number = ?1 and status <> 'CLOSED'")
        .setParameter(1, certificateNumber)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<Practitioner> members(long officeId) {
    return em.createQuery(
            "select p from Practitioner p where p.officeId = :office order by p.id",
            Practitioner.class)
        .setParameter("office", officeId)
        .getResultList();
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<Practitioner> claimForExpiryReminder(
      Instant changedBefore, int remindersSent, int limit) {
    return em.createNativeQuery(
            "select * from practitioner where status = 'ACTIVE' and password_changed_at < ?1"
                + " and expiry_reminders_sent < ?2 order by id limit ?3 for update skip locked",
            Practitioner.class)
        .setParameter(1, Timestamp.from(changedBefore))
        .setParameter(2, remindersSent)
        .setParameter(3, limit)
        .getResultList();
  }

  @Override
  public List<Practitioner> holdingCertificates(Collection<String> certificateNumbers) {
    if (certificateNumbers.isEmpty()) {
      return List.of();
    }
    List<Practitioner> found = new ArrayList<>();
    List<String> numbers = List.copyOf(certificateNumbers);
    for (int i = 0; i < numbers.size(); i += 1000) {
      found.addAll(
          em.createQuery(
                  "select p from Practitioner p where p.details.certificateNumber in :numbers"
                      + " and p.status <> :closed",
                  Practitioner.class)
              .setParameter("numbers", numbers.subList(i, Math.min(i + 1000, numbers.size())))
              .setParameter("closed", Practitioner.Status.CLOSED)
              .getResultList());
    }
    return found;
  }

  @Override
  public List<Practitioner> outOfStepWithRegistry() {
    return em.createQuery(
            "select p from Practitioner p, AgentRegistryEntry e"
                + " where e.certificateNumber = p.details.certificateNumber and p.status <> :closed"
                + " and (p.registryRemovedAt is not null or p.details.certificateExpiry is null"
                + " or p.details.certificateExpiry <> e.expiryDate)",
            Practitioner.class)
        .setParameter("closed", Practitioner.Status.CLOSED)
        .getResultList();
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<Practitioner> claimLapsedUntold(LocalDate today, int limit) {
    java.sql.Date day = java.sql.Date.valueOf(today);
    return em.createNativeQuery(
            "select * from practitioner where status <> 'CLOSED' and standing_notice_sent_at is"
                + " null and (registry_removed_at is not null or certificate_expiry < ?1"
                + " or approval_expiry < ?2) order by id limit ?3 for update skip locked",
            Practitioner.class)
        .setParameter(1, day)
        .setParameter(2, day)
        .setParameter(3, limit)
        .getResultList();
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<Practitioner> claimRestored(LocalDate today, int limit) {
    java.sql.Date day = java.sql.Date.valueOf(today);
    return em.createNativeQuery(
            "select * from practitioner where standing_notice_sent_at is not null"
                + " and registry_removed_at is null and coalesce(certificate_expiry >= ?1, true)"
                + " and coalesce(approval_expiry >= ?2, true)"
                + " order by id limit ?3 for update skip locked",
            Practitioner.class)
        .setParameter(1, day)
        .setParameter(2, day)
        .setParameter(3, limit)
        .getResultList();
  }
}
