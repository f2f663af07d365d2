package jp.zairyu.infrastructure.persistence;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import jp.zairyu.domain.model.application.CaseNote;
import jp.zairyu.domain.model.application.CaseNoteRepository;

@Stateless
@Local(CaseNoteRepository.class)
public class JpaCaseNoteRepository implements CaseNoteRepository {

  @PersistenceContext(unitName = "zairyu")
  private EntityManager em;

  @Override
  public void add(CaseNote note) {
    em.persist(note);
    em.flush();
  }

  @Override
  public List<CaseNote> of(long applicationId, int limit) {
    return em.createQuery(
            "select n from CaseNote n where n.applicationId = :id"
                + " order by n.writtenAt desc, n.id desc",
            CaseNote.class)
        .setParameter("id", applicationId)
        .setMaxResults(limit)
        .getResultList();
  }
}
