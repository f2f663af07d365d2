package jp.zairyu.infrastructure.persistence;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.ApplicationRepository;
import jp.zairyu.domain.model.application.ApplicationSearch;
import jp.zairyu.domain.model.application.ApplicationState;
import jp.zairyu.domain.model.application.DenialProposal;
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

  /**
   * Takes the next serial of the bureau and year in a transaction of its own: the counter row is
   * locked only for this statement, not for the rest of the submission's (XA) transaction.
   */
  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public ReceiptNumber nextReceiptNumber(String bureauCode, int year) {
    Number serial =
        (Number)
            em.createNativeQuery(
                    "insert into receipt_counter (bureau_code, year, last_serial) values (?, ?, 1)"
                        + " on conflict (bureau_code, year) do update"
                        + " set last_serial = receipt_counter.last_serial + 1 returning last_serial")
                .setParameter(1, bureauCode)
                .setParameter(2, year)
                .getSingleResult();
    return ReceiptNumber.of(bureauCode, year, serial.longValue());
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
  public ApplicationSearch.Result search(long practitionerId, ApplicationSearch q) {
    StringBuilder where = new StringBuilder(" from Application a where a.practitionerId = :p");
    Map<String, Object> params = new HashMap<>();
    params.put("p", practitionerId);
    if (q.state() != null) {
      where.append(" and a.state = :state");
      params.put("state", ApplicationState.valueOf(q.state()));
    }
    if (q.procedure() != null) {
      where.append(" and a.procedureCode = :procedure");
      params.put("procedure", q.procedure());
    }
    if (q.status() != null) {
      where.append(" and (a.currentStatus = :status or a.desiredStatus = :status)");
      params.put("status", q.status());
    }
    if (q.applicantName() != null) {
      where.append(" and lower(a.applicant.fullName) like :name escape '\\'");
      params.put("name", "%" + likeEscaped(q.applicantName().toLowerCase(Locale.ROOT)) + "%");
    }
    if (q.receiptNumber() != null) {
      where.append(" and a.receiptNumber like :receipt escape '\\'");
      params.put("receipt", likeEscaped(q.receiptNumber()) + "%");
    }
    ZoneId japan = ZoneId.of("Asia/Tokyo");
    if (q.submittedFrom() != null) {
      where.append(" and a.submittedAt >= :from");
      params.put("from", q.submittedFrom().atStartOfDay(japan).toInstant());
    }
    if (q.submittedTo() != null) {
      where.append(" and a.submittedAt < :to");
      params.put("to", q.submittedTo().plusDays(1).atStartOfDay(japan).toInstant());
    }
    String direction = q.ascending() ? " asc" : " desc";
    String order =
        switch (q.sort()) {
          case SUBMITTED -> " order by a.submittedAt" + direction + ", a.id" + direction;
          case RECEIPT -> " order by a.receiptNumber" + direction + ", a.id" + direction;
          case APPLICANT -> " order by a.applicant.fullName" + direction + ", a.id" + direction;
          case UPDATED -> " order by a.updatedAt" + direction + ", a.id" + direction;
        };
    var rows = em.createQuery("select a" + where + order, Application.class);
    var count = em.createQuery("select count(a)" + where, Long.class);
    params.forEach(
        (k, v) -> {
          rows.setParameter(k, v);
          count.setParameter(k, v);
        });
    List<Application> page =
        rows.setFirstResult(q.page() * q.pageSize()).setMaxResults(q.pageSize()).getResultList();
    return new ApplicationSearch.Result(page, count.getSingleResult(), q.page(), q.pageSize());
  }

  private static String likeEscaped(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
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

  @Override
  public List<Application> awaitingOfficersOf(String bureauCode, int limit) {
    return em.createQuery(
            "select a from Application a where a.bureauCode = :b and (a.state = :issuance"
                + " or (a.state = :review and exists (select d from DenialProposal d"
                + " where d.application = a and d.outcome = :pending)))"
                + " order by a.updatedAt, a.id",
            Application.class)
        .setParameter("b", bureauCode)
        .setParameter("issuance", ApplicationState.APPROVED_AWAITING_ISSUANCE)
        .setParameter("review", ApplicationState.UNDER_REVIEW)
        .setParameter("pending", DenialProposal.Outcome.PENDING)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long nextResidenceCardSerial() {
    return ((Number)
            em.createNativeQuery("select nextval('residence_card_serial_seq')").getSingleResult())
        .longValue();
  }
}
