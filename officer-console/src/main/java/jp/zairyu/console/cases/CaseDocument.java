package jp.zairyu.console.cases;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;
import jp.zairyu.application.CaseFileService;
import jp.zairyu.domain.model.attachment.CheckedFile;
import jp.zairyu.web.FileResponses;

/**
 * A file of a case for the case view: {@code ?case=…&id=…} shows the face photo or a PDF inline,
 * {@code &download=1} downloads it. Only for an officer of the case's bureau (the service decides;
 * another bureau's case, or a file of another case, is 404), and each view is in the audit trail.
 * The media type is the one decided by the content when it was attached; the browser is told not to
 * sniff, to load nothing from the document ({@code default-src 'none'}) and to let only the
 * console's own pages frame it ({@code frame-ancestors 'self'}).
 *
 * <p>No CSP {@code sandbox} on an inline PDF: browsers show a PDF in their own viewer (Chromium's
 * extension, Firefox's pdf.js) that never runs in the document's origin, so the sandbox protects
 * nothing there, while a sandboxed PDF is refused by some viewers (reported for Safari, which shows
 * an empty page, and for older Chromium). Chromium 150 shows it either way: {@code CaseLifecycleIT}
 * checks the viewer loads the PDF. A download keeps the sandbox, as the other download servlets do.
 */
@WebServlet("/cases/document")
public class CaseDocument extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private CaseFileService caseFiles;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    OptionalLong caseId = FileResponses.id(req, "case");
    if (caseId.isEmpty()) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Optional<CaseFileService.Document> found =
        FileResponses.find(req, "id", id -> caseFiles.document(caseId.getAsLong(), id), resp);
    if (found.isEmpty()) {
      return;
    }
    CaseFileService.Document file = found.get();
    boolean photo = CheckedFile.JPEG.equals(file.mediaType());
    boolean download = "1".equals(req.getParameter("download"));
    FileResponses.send(
        resp,
        file.mediaType(),
        file.content(),
        !download,
        photo ? "photo.jpg" : "document.pdf",
        file.fileName(),
        download ? FileResponses.SANDBOXED : FileResponses.SHOWN_IN_PAGE);
  }
}
