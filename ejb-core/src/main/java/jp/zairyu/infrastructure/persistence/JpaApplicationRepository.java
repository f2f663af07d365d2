package jp.zairyu.infrastructure.persistence;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.ApplicationRepository;
import jp.zairyu.domain.model.application.ApplicationSearch;
import jp.zairyu.domain.model.application.ApplicationState;
import jp.zairyu.domain.model.application.ApplicationSummary;
import jp.zairyu.domain.model.application.AwaitingCase;
import jp.zairyu.domain.model.application.DenialProposal;
import jp.zairyu.domain.model.application.DocumentRequest;
import jp.zairyu.domain.model.application.ReceiptNumber;
import jp.zairyu.domain.model.application.WorkQueue;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.eclipse.persistence.queries.FetchGroup;

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
  public Optional<Application> findForRouting(long id) {
    // a fetch group of EclipseLink (the entities are woven): a field outside it loads the rest
    FetchGroup routing = new FetchGroup("routing");
    ROUTING_FIELDS.forEach(routing::addAttribute);
    return em.createQuery("select a from Application a where a.id = :id", Application.class)
        .setParameter("id", id)
        .setHint(QueryHints.FETCH_GROUP, routing)
        .getResultStream()
        .findFirst();
  }

  /**
   * What {@link jp.zairyu.domain.model.application.Routing#competentBureau} and {@link
   * Application#routeTo} read and write.
   */
  static final List<String> ROUTING_FIELDS =
      List.of("state", "bureauCode", "routedAt", "updatedAt", "form.applicant.prefecture");

  @Override
  public Optional<Application> read(long id) {
    // not registered in the unit of work: no clone to build, none to compare at commit
    return em.createQuery("select a from Application a where a.id = :id", Application.class)
        .setParameter("id", id)
        .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(Application application) {
    em.persist(application);
    em.flush();
  }

  @Override
  public void store(Application application) {
    if (!em.contains(application)) {
      throw new IllegalArgumentException("Not a managed application: " + application.id());
    }
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

  /** A read: joins the caller's transaction if there is one, else runs without. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  @Override
  public ApplicationSearch.Result search(long practitionerId, ApplicationSearch q) {
    // SQL rather than JPQL: the count stops at a bound, which needs a LIMIT inside a sub-select.
    StringBuilder where = new StringBuilder(" from application a where a.practitioner_id = ?");
    List<Object> params = new ArrayList<>();
    params.add(practitionerId);
    if (q.state() != null) {
      where.append(" and a.state = ?");
      params.add(ApplicationState.valueOf(q.state()).name());
    }
    if (q.procedure() != null) {
      where.append(" and a.procedure_code = ?");
      params.add(q.procedure());
    }
    if (q.status() != null) {
      where.append(" and (a.current_status = ? or a.desired_status = ?)");
      params.add(q.status());
      params.add(q.status());
    }
    if (q.applicantName() != null) {
      where.append(" and lower(a.applicant_name) like ? escape '\\'");
      params.add("%" + likeEscaped(q.applicantName().toLowerCase(Locale.ROOT)) + "%");
    }
    if (q.receiptNumber() != null) {
      where.append(" and a.receipt_number like ? escape '\\'");
      params.add(likeEscaped(q.receiptNumber()) + "%");
    }
    ZoneId japan = ZoneId.of("Asia/Tokyo");
    if (q.submittedFrom() != null) {
      where.append(" and a.submitted_at >= ?");
      params.add(Timestamp.from(q.submittedFrom().atStartOfDay(japan).toInstant()));
    }
    if (q.submittedTo() != null) {
      where.append(" and a.submitted_at < ?");
      params.add(Timestamp.from(q.submittedTo().plusDays(1).atStartOfDay(japan).toInstant()));
    }
    String direction = q.ascending() ? " asc" : " desc";
    String order =
        switch (q.sort()) {
          case SUBMITTED -> " order by a.submitted_at" + direction + ", a.id" + direction;
          case RECEIPT -> " order by a.receipt_number" + direction + ", a.id" + direction;
          case APPLICANT -> " order by a.applicant_name" + direction + ", a.id" + direction;
          case UPDATED -> " order by a.updated_at" + direction + ", a.id" + direction;
        };
    // One statement: the page, with one row more than the page to tell whether a next page
    // exists, and the number of matches in each row (an uncorrelated sub-select, which PostgreSQL
    // runs once). Counting stops one past the bound: an exact count of 10,000 rows costs more than
    // the rest of the page, and past the bound the page says "1,000件以上" instead.
    // The limits and the offset are numbers of ours, written into the statement: with a parameter
    // in LIMIT, PostgreSQL plans the statement again on every execution (its generic plan cannot
    // know how few rows are wanted); written in, each page keeps one prepared plan.
    String counted =
        "(select count(*) from (select 1"
            + where
            + " limit "
            + (ApplicationSearch.COUNT_LIMIT + 1)
            + ") matching)";
    var rowsQuery =
        em.createNativeQuery(
            "select a.id, a.receipt_number, a.procedure_code, a.applicant_name, a.state,"
                + " a.updated_at, "
                + counted
                + where
                + order
                + " limit "
                + (q.pageSize() + 1)
                + " offset "
                + (long) q.page() * q.pageSize());
    List<Object> rowsParams = new ArrayList<>(params);
    rowsParams.addAll(params);
    bind(rowsQuery, rowsParams);
    List<ApplicationSummary> rows = new ArrayList<>();
    long total = 0;
    for (Object row : rowsQuery.getResultList()) {
      Object[] c = (Object[]) row;
      rows.add(
          new ApplicationSummary(
              ((Number) c[0]).longValue(),
              (String) c[1],
              (String) c[2],
              (String) c[3],
              ApplicationState.valueOf((String) c[4]),
              ((Timestamp) c[5]).toInstant()));
      total = ((Number) c[6]).longValue();
    }
    boolean hasNext = rows.size() > q.pageSize();
    if (hasNext) {
      rows.remove(rows.size() - 1);
    }
    if (rows.isEmpty() && q.page() > 0) {
      // A page past the last one (an old bookmark): the matches are counted on their own.
      var count = em.createNativeQuery("select " + counted);
      bind(count, params);
      total = ((Number) count.getSingleResult()).longValue();
    }
    return new ApplicationSearch.Result(rows, total, hasNext, q.page(), q.pageSize());
  }

  /** Binds positional parameters ?1, ?2, … in order. */
  private static void bind(jakarta.persistence.Query query, List<Object> params) {
    for (int i = 0; i < params.size(); i++) {
      query.setParameter(i + 1, params.get(i));
    }
  }

  private static String likeEscaped(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  @Override
  public long countDraftsLocked(long practitionerId) {
    // a lock of the transaction on the practitioner's drafts (key space 15: draft allowance)
    em.createNativeQuery("select pg_advisory_xact_lock(15, hashtext(cast(?1 as text)))")
        .setParameter(1, practitionerId)
        .getSingleResult();
    Object count =
        em.createNativeQuery(
                "select count(*) from application where practitioner_id = ?1 and state = 'DRAFT'")
            .setParameter(1, practitionerId)
            .getSingleResult();
    return ((Number) count).longValue();
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

  /** A read: joins the caller's transaction if there is one, else runs without. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  @Override
  @SuppressWarnings("unchecked")
  public List<Application> queue(WorkQueue q, int limit) {
    StringBuilder sql =
        new StringBuilder("select a.* from application a where a.bureau_code = ? and a.state = ?");
    List<Object> params = new ArrayList<>(List.of(q.bureauCode(), q.queue().state().name()));
    if (q.queue() == WorkQueue.Queue.MINE) {
      sql.append(" and a.examiner_id = ?");
      params.add(q.examinerId());
    }
    if (q.procedure() != null) {
      sql.append(" and a.procedure_code = ?");
      params.add(q.procedure());
    }
    if (q.status() != null) {
      sql.append(" and coalesce(a.desired_status, a.current_status) = ?");
      params.add(q.status());
    }
    if (q.receiptPrefix() != null) {
      sql.append(" and a.receipt_number like ? escape '\\'");
      params.add(likeEscaped(q.receiptPrefix()) + "%");
    }
    WorkQueue.Cursor after = q.after();
    switch (q.sort()) {
      case WAITING_LONGEST -> {
        if (after != null) {
          sql.append(" and (a.submitted_at, a.id) > (?, ?)");
          params.add(Timestamp.from(after.submittedAt()));
          params.add(after.id());
        }
        sql.append(" order by a.submitted_at, a.id");
      }
      case NEWEST -> {
        if (after != null) {
          sql.append(" and (a.submitted_at, a.id) < (?, ?)");
          params.add(Timestamp.from(after.submittedAt()));
          params.add(after.id());
        }
        sql.append(" order by a.submitted_at desc, a.id desc");
      }
      case RECEIPT -> {
        if (after != null) {
          sql.append(" and a.receipt_number > ?");
          params.add(after.receiptNumber());
        }
        sql.append(" order by a.receipt_number");
      }
      default -> throw new IllegalArgumentException("Unknown sort " + q.sort());
    }
    sql.append(" limit ?");
    params.add(limit);
    jakarta.persistence.Query query = em.createNativeQuery(sql.toString(), Application.class);
    bind(query, params);
    return query.getResultList();
  }

  @Override
  public Optional<Application> claimOldestSubmitted(String bureauCode) {
    List<?> ids =
        em.createNativeQuery(
                "select id from application where bureau_code = ? and state = 'SUBMITTED'"
                    + " order by submitted_at, id limit 1 for update skip locked")
            .setParameter(1, bureauCode)
            .getResultList();
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    Application application = em.find(Application.class, ((Number) ids.get(0)).longValue());
    em.refresh(application);
    return Optional.of(application);
  }

  @Override
  public List<DocumentRequest> claimDocumentRequestsDueBy(java.time.LocalDate day, int limit) {
    List<?> ids =
        em.createNativeQuery(
                "select id from document_request where answered_at is null and reminded_at is null"
                    + " and due_date <= ? order by due_date, id limit ? for update skip locked")
            .setParameter(1, java.sql.Date.valueOf(day))
            .setParameter(2, limit)
            .getResultList();
    return ids.stream()
        .map(id -> em.find(DocumentRequest.class, ((Number) id).longValue()))
        .toList();
  }

  @Override
  public List<AwaitingCase> awaitingOfficersOf(String bureauCode, int limit) {
    return awaiting(
        "(a.state = :issuance or (a.state = :review and exists (select d from DenialProposal d"
            + " where d.application = a and d.outcome = :pending)))",
        bureauCode,
        limit);
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<AwaitingCase> withOpenCorrectionsOf(String bureauCode, int limit) {
    return awaiting(
        "exists (select c from CorrectionRequest c where c.application = a"
            + " and c.acknowledgedAt is null)",
        bureauCode,
        limit);
  }

  /**
   * The cases of a bureau that meet the condition, oldest first, with their pending denials and
   * open correction requests counted by subqueries of the same query.
   */
  private List<AwaitingCase> awaiting(String condition, String bureauCode, int limit) {
    String jpql =
        "select a, (select count(d) from DenialProposal d where d.application = a"
            + " and d.outcome = :pending), (select count(c) from CorrectionRequest c"
            + " where c.application = a and c.acknowledgedAt is null)"
            + " from Application a where a.bureauCode = :b and "
            + condition
            + " order by a.updatedAt, a.id";
    TypedQuery<Object[]> query =
        em.createQuery(jpql, Object[].class)
            .setParameter("b", bureauCode)
            .setParameter("pending", DenialProposal.Outcome.PENDING)
            .setMaxResults(limit);
    if (jpql.contains(":issuance")) {
      query
          .setParameter("issuance", ApplicationState.APPROVED_AWAITING_ISSUANCE)
          .setParameter("review", ApplicationState.UNDER_REVIEW);
    }
    return query.getResultList().stream()
        .map(
            row ->
                new AwaitingCase(
                    (Application) row[0],
                    ((Number) row[1]).longValue() > 0,
                    ((Number) row[2]).longValue()))
        .toList();
  }

  @Override
  public long nextResidenceCardSerial() {
    return ((Number)
            em.createNativeQuery("select nextval('residence_card_serial_seq')").getSingleResult())
        .longValue();
  }
}
