package jp.zairyu.infrastructure.persistence;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import jp.zairyu.domain.model.attachment.Attachment;
import jp.zairyu.domain.model.attachment.AttachmentRepository;

@Stateless
@Local(AttachmentRepository.class)
public class JpaAttachmentRepository implements AttachmentRepository {

  @PersistenceContext(unitName = "zairyu")
  private EntityManager em;

  @Override
  public void add(Attachment attachment, byte[] content) {
    em.persist(attachment);
    em.flush();
    em.persist(new AttachmentContent(attachment.id(), content));
    em.flush();
  }

  @Override
  public Optional<Attachment> find(long id) {
    return Optional.ofNullable(em.find(Attachment.class, id));
  }

  @Override
  public List<Attachment> of(long applicationId) {
    return em.createQuery(
            "select a from Attachment a where a.applicationId = :id order by a.uploadedAt, a.id",
            Attachment.class)
        .setParameter("id", applicationId)
        .getResultList();
  }

  @Override
  public long draftBytesOf(long practitionerId) {
    Object sum =
        em.createNativeQuery(
                "select coalesce(sum(t.size_bytes), 0) from attachment t"
                    + " join application a on a.id = t.application_id"
                    + " where a.practitioner_id = ?1 and a.state = 'DRAFT'")
            .setParameter(1, practitionerId)
            .getSingleResult();
    return ((Number) sum).longValue();
  }

  @Override
  public Optional<byte[]> content(long attachmentId) {
    return Optional.ofNullable(em.find(AttachmentContent.class, attachmentId))
        .map(AttachmentContent::content);
  }

  @Override
  public void remove(Attachment attachment) {
    em.createQuery("delete from AttachmentContent c where c.attachmentId = :id")
        .setParameter("id", attachment.id())
        .executeUpdate();
    em.remove(attachment);
    em.flush();
  }
}
