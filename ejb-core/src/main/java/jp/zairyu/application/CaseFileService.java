package jp.zairyu.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.zairyu.domain.model.account.Officer;
import jp.zairyu.domain.model.account.OfficerRepository;
import jp.zairyu.domain.model.application.Application;
import jp.zairyu.domain.model.application.ApplicationRepository;
import jp.zairyu.domain.model.application.CaseNote;
import jp.zairyu.domain.model.application.CaseNoteRepository;
import jp.zairyu.domain.model.attachment.Attachment;
import jp.zairyu.domain.model.attachment.AttachmentRepository;

/**
 * What the officers of a case's bureau read and write beside the decision: their internal notes
 * (never part of anything the portal reads) and the files the practitioner attached, shown inline.
 * An application of another bureau, or a file of another application, is treated as not found.
 */
@Stateless
@DeclareRoles({Roles.EXAMINER, Roles.SUPERVISOR, Roles.ADMIN})
@RolesAllowed({Roles.EXAMINER, Roles.SUPERVISOR, Roles.ADMIN})
public class CaseFileService {

  /** The most notes the case view lists. */
  public static final int NOTES_SHOWN = 200;

  @Resource private SessionContext session;
  @Inject private OfficerRepository officers;
  @Inject private ApplicationRepository applications;
  @Inject private CaseNoteRepository notes;
  @Inject private AttachmentRepository attachments;
  @Inject private Clock clock;

  /**
   * A note as the case view lists it: who wrote it (name and login) and when. Serializable: the
   * case view keeps the notes it shows, and a cluster copies the view with the session.
   */
  public record Note(long id, String authorName, String authorLogin, Instant writtenAt, String body)
      implements java.io.Serializable {}

  /** A file's bytes with what an inline view needs. */
  public record Document(String fileName, String mediaType, byte[] content) {}

  /** An officer of the case's bureau adds a note; bad text is refused with a clear message. */
  @CaseAction("NOTE_ADDED")
  public long addNote(long applicationId, String text) {
    Officer me = caller();
    CaseNote note = CaseNote.write(ofMyBureau(applicationId, me), me, text, clock.instant());
    notes.add(note);
    return note.id();
  }

  /** The notes on a case of the caller's bureau, newest first. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Note> notes(long applicationId) {
    ofMyBureau(applicationId, caller());
    Map<Long, Officer> authors = new HashMap<>();
    return notes.of(applicationId, NOTES_SHOWN).stream()
        .map(
            n -> {
              Officer author =
                  authors.computeIfAbsent(n.authorId(), id -> officers.find(id).orElse(null));
              return new Note(
                  n.id(),
                  author == null ? "—" : author.fullName(),
                  author == null ? "—" : author.loginId(),
                  n.writtenAt(),
                  n.body());
            })
        .toList();
  }

  /** The files attached to a case of the caller's bureau, oldest first. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Attachment> attachments(long applicationId) {
    ofMyBureau(applicationId, caller());
    return attachments.of(applicationId);
  }

  /**
   * A file of a case of the caller's bureau, to be shown inline; written to the audit trail as a
   * view of the case.
   */
  @CaseAction("DOCUMENT_VIEWED")
  public Document document(long applicationId, long attachmentId) {
    ofMyBureau(applicationId, caller());
    Attachment attachment =
        attachments
            .find(attachmentId)
            .filter(a -> a.applicationId() == applicationId)
            .orElseThrow(NotFound::attachment);
    byte[] content = attachments.content(attachmentId).orElseThrow(NotFound::attachment);
    return new Document(attachment.fileName(), attachment.mediaType(), content);
  }

  private Application ofMyBureau(long applicationId, Officer officer) {
    return applications
        .find(applicationId)
        .filter(a -> a.routing().bureauCode().filter(officer::worksAt).isPresent())
        .orElseThrow(NotFound::application);
  }

  private Officer caller() {
    String loginId = session.getCallerPrincipal().getName();
    return officers
        .findByLoginId(loginId)
        .orElseThrow(() -> new IllegalStateException("No officer for caller " + loginId));
  }
}
